import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

import { schemasDirectory } from '../project-paths.js';

const addFormats = addFormatsModule.default;

export type SystamSchemaName =
  'User' | 'UserCreate' | 'UserUpdate' | 'ScimLink' | 'Workspace' | 'Error';

export type SystamOperationId =
  | 'listWorkspaces'
  | 'listUsers'
  | 'createUser'
  | 'getUser'
  | 'updateUser'
  | 'deleteUser'
  | 'linkUser'
  | 'unlinkUser';

/** The operations whose success answer carries a JSON body (deleteUser answers 204). */
export type SystamAnswerOperation = Exclude<SystamOperationId, 'deleteUser'>;

export type ParameterLocation = 'path' | 'query';

export type ParameterReading =
  | { readonly ok: true; readonly values: Record<string, unknown> }
  | { readonly ok: false; readonly problem: string };

/** The Systam internal REST API contract (schemas/systam/openapi.yaml), compiled once. */
export interface SystamContract {
  /** Checks a value against a component schema: undefined when valid, else the first violation. */
  check(schema: SystamSchemaName, value: unknown): string | undefined;
  /** Checks the JSON body of an operation's success answer (a page, a user). */
  checkAnswer(operation: SystamAnswerOperation, body: unknown): string | undefined;
  /**
   * Reads the raw path or query parameters of an operation (strings, or string
   * lists for repeated query parameters): converts the integers and booleans the
   * contract declares, fills in its defaults, and rejects unknown parameters.
   */
  readParameters(
    operation: SystamOperationId,
    location: ParameterLocation,
    raw: Readonly<Record<string, unknown>>,
  ): ParameterReading;
}

type JsonObject = Record<string, unknown>;

interface DeclaredParameter {
  readonly name: string;
  readonly type: string | undefined;
  readonly default: unknown;
}

interface CompiledParameters {
  readonly declared: readonly DeclaredParameter[];
  readonly validate: ValidateFunction;
}

const schemaNames: readonly SystamSchemaName[] = [
  'User',
  'UserCreate',
  'UserUpdate',
  'ScimLink',
  'Workspace',
  'Error',
];

const documentId = 'urn:systam:internal-api:v1:openapi';
const httpMethods = ['get', 'put', 'post', 'delete', 'patch'] as const;

// The members of an OpenAPI document and of its Schema Objects that are not
// JSON Schema keywords. Registered as annotations so that strict mode, which
// stays on to catch real schema mistakes, accepts the document as it is.
const openApiKeywords = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
  'externalDocs',
  'discriminator',
  'xml',
  'example',
];

let loadedContract: SystamContract | undefined;

/** The contract of the Systam API, read and compiled on the first call, then shared. */
export function loadSystamContract(): SystamContract {
  loadedContract ??= compileContract(join(schemasDirectory, 'systam', 'openapi.yaml'));
  return loadedContract;
}

function compileContract(file: string): SystamContract {
  const document = parseYaml(readFileSync(file, 'utf8')) as JsonObject;
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  ajv.addVocabulary(openApiKeywords);
  addFormats(ajv, ['email', 'date-time']);
  ajv.addSchema({ ...document, $id: documentId });

  const schemas = new Map(
    schemaNames.map((name) => {
      const validate = ajv.compile({ $ref: refTo(['components', 'schemas', name]) });
      return [name, validate] as const;
    }),
  );
  const answers = new Map<string, ValidateFunction>();
  const parameters = new Map<string, CompiledParameters>();

  for (const operation of listOperations(document)) {
    const answerPointer = findAnswerSchema(operation);
    if (answerPointer !== undefined) {
      answers.set(operation.id, ajv.compile({ $ref: refTo(answerPointer) }));
    }

    for (const location of ['path', 'query'] as const) {
      const compiled = compileParameters(ajv, document, operation, location);
      parameters.set(`${operation.id} ${location}`, compiled);
    }
  }

  return {
    check(schema, value) {
      return describeFirstError(requireEntry(schemas, schema), value, 'member');
    },
    checkAnswer(operation, body) {
      return describeFirstError(requireEntry(answers, operation), body, 'member');
    },
    readParameters(operation, location, raw) {
      const compiled = requireEntry(parameters, `${operation} ${location}`);
      const values = convertParameters(compiled.declared, raw);
      const problem = describeFirstError(compiled.validate, values, `${location} parameter`);
      return problem === undefined ? { ok: true, values } : { ok: false, problem };
    },
  };
}

interface OperationEntry {
  readonly id: string;
  readonly pointer: readonly string[];
  readonly pathPointer: readonly string[];
  readonly operation: JsonObject;
  readonly pathItem: JsonObject;
}

function listOperations(document: JsonObject): OperationEntry[] {
  const operations: OperationEntry[] = [];
  for (const [path, pathItem] of Object.entries(asObject(document.paths))) {
    for (const method of httpMethods) {
      const operation = asObject(asObject(pathItem)[method]);
      if (typeof operation.operationId !== 'string') continue;

      operations.push({
        id: operation.operationId,
        pointer: ['paths', path, method],
        pathPointer: ['paths', path],
        operation,
        pathItem: asObject(pathItem),
      });
    }
  }
  return operations;
}

function findAnswerSchema(entry: OperationEntry): readonly string[] | undefined {
  const responses = asObject(entry.operation.responses);
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  if (status === undefined) return undefined;

  const content = asObject(asObject(responses[status]).content);
  if (content['application/json'] === undefined) return undefined;
  return [...entry.pointer, 'responses', status, 'content', 'application/json', 'schema'];
}

// Path-level parameters apply to every operation of the path; an operation may
// redeclare one (same name and location) to override it.
function compileParameters(
  ajv: Ajv2020,
  document: JsonObject,
  entry: OperationEntry,
  location: ParameterLocation,
): CompiledParameters {
  const byName = new Map<string, { schemaPointer: readonly string[]; parameter: JsonObject }>();
  const sources = [
    { owner: entry.pathItem, pointer: entry.pathPointer },
    { owner: entry.operation, pointer: entry.pointer },
  ];

  for (const { owner, pointer } of sources) {
    const list = Array.isArray(owner.parameters) ? owner.parameters : [];
    list.forEach((item: unknown, index) => {
      const { value, pointer: parameterPointer } = resolveReference(document, asObject(item), [
        ...pointer,
        'parameters',
        String(index),
      ]);
      if (value.in !== location || typeof value.name !== 'string') return;
      byName.set(value.name, { schemaPointer: [...parameterPointer, 'schema'], parameter: value });
    });
  }

  const declared: DeclaredParameter[] = [];
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const [name, { schemaPointer, parameter }] of byName) {
    const schema = resolveReference(document, asObject(parameter.schema), schemaPointer).value;
    declared.push({ name, type: scalarTypeOf(schema.type), default: schema.default });
    properties[name] = { $ref: refTo(schemaPointer) };
    if (parameter.required === true) required.push(name);
  }

  const validate = ajv.compile({
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  });
  return { declared, validate };
}

// Parameters arrive as text; the contract's integers and booleans are converted
// only from their plain spellings ("12", "true"), anything else is left as text
// so that validation reports it.
function convertParameters(
  declared: readonly DeclaredParameter[],
  raw: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const values: Record<string, unknown> = { ...raw };
  for (const parameter of declared) {
    const value = values[parameter.name];
    if (value === undefined) {
      if (parameter.default !== undefined) values[parameter.name] = parameter.default;
    } else if (typeof value === 'string') {
      values[parameter.name] = convertText(value, parameter.type);
    }
  }
  return values;
}

function convertText(text: string, type: string | undefined): unknown {
  if (type === 'integer' && /^-?\d{1,15}$/.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function scalarTypeOf(type: unknown): string | undefined {
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((item) => item !== 'null') as string | undefined;
  return undefined;
}

function resolveReference(
  document: JsonObject,
  value: JsonObject,
  pointer: readonly string[],
): { value: JsonObject; pointer: readonly string[] } {
  let current = { value, pointer };
  for (let hops = 0; typeof current.value.$ref === 'string'; hops += 1) {
    const ref = current.value.$ref;
    if (!ref.startsWith('#/') || hops > 16) throw new Error(`Unsupported reference ${ref}`);

    const target = ref.slice(2).split('/').map(decodePointerSegment);
    const found = target.reduce<unknown>((node, key) => asObject(node)[key], document);
    current = { value: asObject(found), pointer: target };
  }
  return current;
}

function describeFirstError(
  validate: ValidateFunction,
  value: unknown,
  memberNoun: string,
): string | undefined {
  if (validate(value)) return undefined;
  const first = validate.errors?.[0];
  return first === undefined ? 'invalid' : describeError(first, memberNoun);
}

/** One AJV error as a short phrase naming the member: "firstName must NOT have more than…". */
function describeError(error: ErrorObject, memberNoun: string): string {
  const member = error.instancePath.slice(1);
  const owner = member === '' ? '' : `${member}: `;

  switch (error.keyword) {
    case 'additionalProperties':
      return `${owner}unknown ${memberNoun} "${String(error.params.additionalProperty)}"`;
    case 'required':
      return `${owner}missing ${memberNoun} "${String(error.params.missingProperty)}"`;
    case 'minProperties':
      return `${owner}needs at least ${String(error.params.limit)} ${memberNoun}(s)`;
    default:
      return `${member === '' ? '' : `${member} `}${error.message ?? error.keyword}`;
  }
}

function refTo(pointer: readonly string[]): string {
  const encoded = pointer.map((segment) =>
    encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1')),
  );
  return `${documentId}#/${encoded.join('/')}`;
}

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function asObject(value: unknown): JsonObject {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  return isObject ? (value as JsonObject) : {};
}

function requireEntry<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const entry = map.get(key);
  if (entry === undefined) throw new TypeError(`The Systam contract has no ${String(key)}`);
  return entry;
}
