import { Router, type Request, type Response } from 'express';

import { formatEntityTag } from '../../mapping/entity-tag.js';
import { createUser } from '../../provisioning/create-user.js';
import { deleteUser } from '../../provisioning/delete-user.js';
import { getUser } from '../../provisioning/get-user.js';
import { listUsers } from '../../provisioning/list-users.js';
import { patchUser } from '../../provisioning/patch-user.js';
import { isNotModified } from '../../provisioning/preconditions.js';
import { replaceUser } from '../../provisioning/replace-user.js';
import { InvalidFilterError, InvalidSyntaxError, InvalidValueError } from '../../scim/errors.js';
import { toListResponse } from '../../scim/messages/list-response.js';
import { readPaging } from '../../scim/messages/paging.js';
import {
  readAttributeSelection,
  type AttributeSelection,
} from '../../scim/projection/attribute-selection.js';
import { projectResource } from '../../scim/projection/project-resource.js';
import { isPlainObject, type ScimResource } from '../../scim/resource/scim-resource.js';
import { tenantOf } from '../authenticate.js';
import { parseJsonBody } from '../parse-json-body.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { singleQueryValue } from '../query-parameters.js';
import { readPreconditions } from '../read-preconditions.js';
import { requestOrigin } from '../request-origin.js';
import { sendEmpty, sendScim } from '../send-scim.js';
import type { RouteDependencies } from './route-dependencies.js';

const searchRequestUrn = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

/** /Users: the User resource of RFC 7644 section 3, over the Systam policies. */
export function usersRouter(dependencies: RouteDependencies): Router {
  const { provisioning, publicBaseUrl } = dependencies;
  const router = Router();
  // Bodies are read only once a route that takes one has matched, so the
  // request log names the route even when the body is refused.
  const body = parseJsonBody(dependencies.bodyLimitBytes);

  const origin = (request: Request) => requestOrigin(request, publicBaseUrl);
  const selection = (request: Request): AttributeSelection =>
    readAttributeSelection(
      provisioning.userType,
      singleQueryValue(request, 'attributes'),
      singleQueryValue(request, 'excludedAttributes'),
    );
  const project = (resource: ScimResource, chosen: AttributeSelection): ScimResource =>
    projectResource(resource, provisioning.userType, chosen);

  // PUT and PATCH differ only in how the body turns into the desired user.
  const update = (change: typeof patchUser) => async (request: Request, response: Response) => {
    const chosen = selection(request);
    const outcome = await change(
      provisioning,
      tenantOf(response),
      String(request.params.id),
      request.body,
      readPreconditions(request),
      origin(request),
    );

    if (outcome.kind === 'deleted') {
      sendEmpty(response, 204);
      return;
    }
    sendScim(response, 200, project(outcome.resource, chosen), {
      ETag: formatEntityTag(outcome.version),
    });
  };

  router
    .route('/Users')
    .get(async (request, response) => {
      const chosen = selection(request);
      const paging = readPaging(
        singleQueryValue(request, 'startIndex'),
        singleQueryValue(request, 'count'),
        provisioning.maxResults,
      );
      const filter = singleQueryValue(request, 'filter');

      const page = await listUsers(
        provisioning,
        tenantOf(response),
        { filter, ...paging },
        origin(request),
      );
      const resources = page.resources.map((resource) => project(resource, chosen));
      sendScim(response, 200, toListResponse(resources, page.totalResults, page.startIndex));
    })
    .post(body, async (request, response) => {
      const chosen = selection(request);
      const resource = await createUser(
        provisioning,
        tenantOf(response),
        request.body,
        origin(request),
      );

      const meta = resource.meta as { location: string; version: string };
      sendScim(response, 201, project(resource, chosen), {
        Location: meta.location,
        ETag: meta.version,
      });
    })
    .all(methodNotAllowed(['GET', 'POST']));

  // RFC 7644 section 3.4.3: a search at the service root covers every
  // resource type; User is the only one here, so both answer the same.
  const search = async (request: Request, response: Response) => {
    const searchRequest = readSearchRequest(request.body);
    const chosen = readAttributeSelection(
      provisioning.userType,
      searchRequest.attributes,
      searchRequest.excludedAttributes,
    );
    const paging = readPaging(
      searchRequest.startIndex,
      searchRequest.count,
      provisioning.maxResults,
    );

    const page = await listUsers(
      provisioning,
      tenantOf(response),
      { filter: searchRequest.filter, ...paging },
      origin(request),
    );
    const resources = page.resources.map((resource) => project(resource, chosen));
    sendScim(response, 200, toListResponse(resources, page.totalResults, page.startIndex));
  };
  router
    .route('/Users/.search')
    .post(body, search)
    .all(methodNotAllowed(['POST']));
  router
    .route('/.search')
    .post(body, search)
    .all(methodNotAllowed(['POST']));

  router
    .route('/Users/:id')
    .get(async (request, response) => {
      const chosen = selection(request);
      const preconditions = readPreconditions(request);
      const user = await getUser(tenantOf(response), request.params.id, origin(request));

      const etag = formatEntityTag(user.version);
      if (isNotModified(preconditions, user.version)) {
        sendEmpty(response, 304, { ETag: etag });
        return;
      }
      sendScim(response, 200, project(user.resource, chosen), { ETag: etag });
    })
    .put(body, update(replaceUser))
    .patch(body, update(patchUser))
    .delete(async (request, response) => {
      await deleteUser(
        provisioning,
        tenantOf(response),
        request.params.id,
        readPreconditions(request),
      );
      sendEmpty(response, 204);
    })
    .all(methodNotAllowed(['GET', 'PUT', 'PATCH', 'DELETE']));

  return router;
}

interface SearchRequest {
  readonly filter: string | undefined;
  readonly startIndex: unknown;
  readonly count: unknown;
  readonly attributes: string | undefined;
  readonly excludedAttributes: string | undefined;
}

/** The body of POST /Users/.search (RFC 7644 section 3.4.3). */
function readSearchRequest(body: unknown): SearchRequest {
  const schemas = isPlainObject(body) ? body.schemas : undefined;
  if (!isPlainObject(body) || !Array.isArray(schemas) || !schemas.includes(searchRequestUrn)) {
    throw new InvalidSyntaxError(
      `The body of a search must be a SearchRequest whose schemas list ${searchRequestUrn}.`,
    );
  }

  const { filter, startIndex, count } = body;
  if (filter !== undefined && typeof filter !== 'string') {
    throw new InvalidFilterError('filter must be a string holding a filter expression.');
  }
  return {
    filter,
    startIndex,
    count,
    attributes: readNameList(body.attributes, 'attributes'),
    excludedAttributes: readNameList(body.excludedAttributes, 'excludedAttributes'),
  };
}

function readNameList(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join(',');
  }
  throw new InvalidValueError(`${name} must be a list of attribute names.`);
}
