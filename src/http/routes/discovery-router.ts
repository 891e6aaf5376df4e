import { Router, type Request } from 'express';

import { toResourceTypeResource } from '../../scim/discovery/resource-type-representation.js';
import { toSchemaResource } from '../../scim/discovery/schema-representation.js';
import { toServiceProviderConfig } from '../../scim/discovery/service-provider-config.js';
import { ForbiddenError, NotFoundError } from '../../scim/errors.js';
import { toListResponse } from '../../scim/messages/list-response.js';
import type { ResourceType, ScimSchema } from '../../scim/schema/scim-schema.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { requestOrigin } from '../request-origin.js';
import { sendScim } from '../send-scim.js';
import type { RouteDependencies } from './route-dependencies.js';

/**
 * /ServiceProviderConfig, /ResourceTypes and /Schemas (RFC 7644 section 4),
 * written from the same definitions that validate requests.
 */
export function discoveryRouter(dependencies: RouteDependencies): Router {
  const { provisioning, publicBaseUrl } = dependencies;
  const resourceTypes: readonly ResourceType[] = [provisioning.userType];
  const schemas = resourceTypes.flatMap(schemasOf);
  const router = Router();

  const baseUrl = (request: Request): string => {
    rejectFilter(request);
    return requestOrigin(request, publicBaseUrl).baseUrl;
  };

  router
    .route('/ServiceProviderConfig')
    .get((request, response) => {
      const features = { maxResults: provisioning.maxResults };
      const config = toServiceProviderConfig(features, baseUrl(request));
      sendScim(response, 200, config);
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/ResourceTypes')
    .get((request, response) => {
      const base = baseUrl(request);
      const all = resourceTypes.map((resourceType) => toResourceTypeResource(resourceType, base));
      sendScim(response, 200, toListResponse(all, all.length, 1));
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/ResourceTypes/:name')
    .get((request, response) => {
      const base = baseUrl(request);
      const name = String(request.params.name).toLowerCase();
      const found = resourceTypes.find((resourceType) => resourceType.name.toLowerCase() === name);
      if (found === undefined) {
        throw new NotFoundError('No such resource type; this gateway serves User.');
      }
      sendScim(response, 200, toResourceTypeResource(found, base));
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/Schemas')
    .get((request, response) => {
      const base = baseUrl(request);
      const all = schemas.map((schema) => toSchemaResource(schema, base));
      sendScim(response, 200, toListResponse(all, all.length, 1));
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/Schemas/:urn')
    .get((request, response) => {
      const base = baseUrl(request);
      const urn = String(request.params.urn).toLowerCase();
      const found = schemas.find((schema) => schema.id.toLowerCase() === urn);
      if (found === undefined) throw new NotFoundError('No such schema.');
      sendScim(response, 200, toSchemaResource(found, base));
    })
    .all(methodNotAllowed(['GET']));

  return router;
}

function schemasOf(resourceType: ResourceType): ScimSchema[] {
  return [resourceType.schema, ...resourceType.extensions.map((extension) => extension.schema)];
}

// RFC 7644 section 4: a filter on these endpoints is answered with 403, so
// that no client takes an unfiltered answer for a filtered one.
function rejectFilter(request: Request): void {
  if ((request.query as Record<string, unknown>).filter === undefined) return;
  throw new ForbiddenError('Filtering is not supported on discovery endpoints; omit the filter.');
}
