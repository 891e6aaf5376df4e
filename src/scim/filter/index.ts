export type * from './filter-ast.js';
export type * from './bound-filter.js';
export { parseFilter } from './parse-filter.js';
export { parsePatchPath } from './parse-patch-path.js';
export { bindFilter, bindValueFilter } from './bind-filter.js';
export { evaluateFilter, evaluateElementFilter } from './evaluate-filter.js';
export { compileValueFilter } from './value-filter.js';
export { parseDateTime } from './parse-date-time.js';
export { filterLimits } from './filter-limits.js';
