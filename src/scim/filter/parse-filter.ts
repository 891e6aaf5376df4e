import type { FilterNode } from './filter-ast.js';
import { filterLimits } from './filter-limits.js';
import { FilterParser } from './filter-parser.js';
import { filterFlavour } from './syntax-flavour.js';

/**
 * Parses the `filter` parameter of a query (RFC 7644 section 3.4.2.2) into
 * its syntax tree. Besides the RFC grammar it accepts what Entra ID sends:
 * unquoted values (`externalId eq jdoe`) and `emails[type eq "work"].value eq
 * "x"`, which becomes one value path whose element must satisfy both tests.
 *
 * @throws InvalidFilterError (400 invalidFilter) naming what is wrong and where.
 */
export function parseFilter(text: string): FilterNode {
  if (text.length > filterLimits.maxLength) {
    throw filterFlavour.createError(
      `Filter is too long (${text.length} characters); the gateway accepts at most ` +
        `${filterLimits.maxLength}.`,
    );
  }
  if (text.trim() === '') {
    throw filterFlavour.createError(
      'Filter is empty; write an expression such as userName eq "jdoe".',
    );
  }

  return new FilterParser(text, filterFlavour).parseFilter();
}
