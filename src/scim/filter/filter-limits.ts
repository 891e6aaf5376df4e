/**
 * Bounds on filter and PATCH path text. RFC 7644 section 3.4.2.2 sets no
 * limits; these keep parsing and evaluation cheap and the recursion shallow
 * whatever a client sends, while staying far above anything Entra ID or a
 * conformance suite produces.
 */
export const filterLimits = Object.freeze({
  /** Characters of filter or path text, checked before parsing starts. */
  maxLength: 4096,
  /** Attribute expressions (comparisons and `pr`) in one filter. */
  maxComparisons: 100,
  /** Parentheses and brackets open at the same time. */
  maxNestingDepth: 32,
});
