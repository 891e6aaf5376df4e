import type { PatchPath } from './filter-ast.js';
import { filterLimits } from './filter-limits.js';
import { FilterParser } from './filter-parser.js';
import { patchPathFlavour } from './syntax-flavour.js';

/**
 * Parses the `path` of a PATCH operation (RFC 7644 section 3.5.2):
 * `attrPath`, `attrPath[valFilter]` or `attrPath[valFilter].subAttr`, where
 * attrPath may be URN-qualified or a whole extension URN. The bracketed
 * filter uses the filter grammar; its paths are relative to one element.
 *
 * @throws InvalidPathError (400 invalidPath) naming what is wrong and where.
 */
export function parsePatchPath(text: string): PatchPath {
  if (text.length > filterLimits.maxLength) {
    throw patchPathFlavour.createError(
      `Path is too long (${text.length} characters); the gateway accepts at most ` +
        `${filterLimits.maxLength}.`,
    );
  }
  if (text.trim() === '') {
    throw patchPathFlavour.createError(
      'Path is empty; name the attribute to change, e.g. name.givenName.',
    );
  }

  return new FilterParser(text, patchPathFlavour).parsePatchPath();
}
