import { Router } from 'express';

import { NotFoundError, NotImplementedError } from '../../scim/errors.js';
import { parseFilter } from '../../scim/filter/parse-filter.js';
import { toListResponse } from '../../scim/messages/list-response.js';
import { readPaging } from '../../scim/messages/paging.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { singleQueryValue } from '../query-parameters.js';
import { sendScim } from '../send-scim.js';

const turnOffGroups =
  'Systam does not support groups: turn off group provisioning ("Provision Microsoft Entra ID ' +
  'Groups") in the application\'s Mappings.';

/**
 * Systam has no groups (Systam policies, "Groups and other resources").
 * Queries answer an empty list, so that Entra's connection test and group
 * probes pass; every write answers 501 telling the administrator what to do.
 */
export function groupsRouter(maxResults: number): Router {
  const router = Router();

  router
    .route('/Groups')
    .get((request, response) => {
      // Malformed filters still answer 400 invalidFilter (RFC 7644 section
      // 3.4.2.2); well-formed ones match nothing, as no group exists.
      const filter = singleQueryValue(request, 'filter');
      if (filter !== undefined) parseFilter(filter);

      const paging = readPaging(
        singleQueryValue(request, 'startIndex'),
        singleQueryValue(request, 'count'),
        maxResults,
      );
      sendScim(response, 200, toListResponse([], 0, paging.startIndex));
    })
    .post(() => {
      throw new NotImplementedError(turnOffGroups);
    })
    .all(methodNotAllowed(['GET', 'POST']));

  router
    .route('/Groups/:id')
    .get(() => {
      throw new NotFoundError(`No such group: ${turnOffGroups}`);
    })
    .put(() => {
      throw new NotImplementedError(turnOffGroups);
    })
    .patch(() => {
      throw new NotImplementedError(turnOffGroups);
    })
    .delete(() => {
      throw new NotImplementedError(turnOffGroups);
    })
    .all(methodNotAllowed(['GET', 'PUT', 'PATCH', 'DELETE']));

  return router;
}
