export { applyPatch, type PatchResult } from './apply-patch.js';
export { compatibilityRuleDescriptions, type CompatibilityRule } from './compatibility-rule.js';
