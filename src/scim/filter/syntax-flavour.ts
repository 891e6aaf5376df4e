import { InvalidFilterError, InvalidPathError, type ScimError } from '../errors.js';

/**
 * Whether text is parsed as a filter (errors are 400 invalidFilter) or as a
 * PATCH path (400 invalidPath). Both share one grammar for the bracketed
 * value filter, so only the wording and the error class differ.
 */
export interface SyntaxFlavour {
  /** The noun an error detail starts with: "Filter" or "Path". */
  readonly subject: string;
  createError(detail: string): ScimError;
}

export const filterFlavour: SyntaxFlavour = {
  subject: 'Filter',
  createError: (detail) => new InvalidFilterError(detail),
};

export const patchPathFlavour: SyntaxFlavour = {
  subject: 'Path',
  createError: (detail) => new InvalidPathError(detail),
};
