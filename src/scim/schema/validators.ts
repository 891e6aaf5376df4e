import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

import { InvalidSyntaxError, InvalidValueError } from '../errors.js';
import type { ResourceType } from './scim-schema.js';
import type { JsonSchema } from './json-schema-to-scim.js';
import type { SchemaFiles } from './schema-files.js';
import { describeValidationError } from './describe-validation-error.js';

const addFormats = addFormatsModule.default;

export interface ScimValidators {
  /** Checks a whole User resource (core attributes and extension); throws 400 invalidValue. */
  validateUser(resource: unknown): void;
  /** Checks the envelope of a PATCH request; throws 400 invalidSyntax. */
  validatePatchRequest(body: unknown): void;
  /** Checks a ListResponse the gateway produced (used by the test suite). */
  isListResponse: ValidateFunction;
  /** Checks an Error body the gateway produced (used by the test suite). */
  isErrorResponse: ValidateFunction;
}

/** Compiles every schema once, at start-up; requests only run the compiled functions. */
export function createValidators(files: SchemaFiles, userType: ResourceType): ScimValidators {
  const ajv = new Ajv2020({ allErrors: false, verbose: true, strict: true });
  addFormats(ajv, ['email', 'date-time', 'uri']);
  ajv.addKeyword({ keyword: 'x-scim', schemaType: 'object' });

  ajv.addSchema(files.coreUser as object);
  ajv.addSchema(files.systamUser as object);
  const userValidator = ajv.compile(files.userResource as object);
  const patchValidator = ajv.compile(files.patchOp as object);

  return {
    validateUser(resource) {
      if (userValidator(resource)) return;
      throw new InvalidValueError(describeFirst(userValidator.errors, userType));
    },
    validatePatchRequest(body) {
      if (patchValidator(body)) return;
      throw new InvalidSyntaxError(
        `The PATCH request is not a PatchOp message (RFC 7644 section 3.5.2): ` +
          describeFirst(patchValidator.errors, userType),
      );
    },
    isListResponse: ajv.compile(files.listResponse as object),
    isErrorResponse: ajv.compile(files.error as object),
  };
}

function describeFirst(
  errors: ErrorObject[] | null | undefined,
  resourceType: ResourceType,
): string {
  const first = errors?.[0];
  if (first === undefined) return 'The request body is invalid.';
  return describeValidationError(first, resourceType);
}

export type { JsonSchema };
