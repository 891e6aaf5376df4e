export { normalizeResource, type NormalizedResource } from './normalize-resource.js';
export { isPlainObject, type ScimResource } from './scim-resource.js';
