import type { Router } from 'express';

import type { BodyReader } from './body-reader.js';
import { answerMethodNotAllowed } from './error-writer.js';
import { openOperation } from './open-operation.js';
import { sendJson } from './respond.js';
import type { SimulatorState } from './simulator-state.js';
import { linkUser, unlinkUser } from './user-commands.js';
import type { ScimLinkInput } from './user-record.js';

// The contract gives these two operations neither an ETag nor If-Match, so
// the simulator offers neither: a client must not come to rely on them here.
export function mountScimLinkRoutes(
  router: Router,
  state: SimulatorState,
  readBody: BodyReader,
): void {
  router
    .route('/internal/v1/organizations/:orgId/users/:userId/scim-link')
    .put(async function linkUserRoute(req, res) {
      const { organization, path } = openOperation(req, state, 'linkUser');
      const link = (await readBody(req, res, 'ScimLink')) as ScimLinkInput;

      const context = { organization, clock: state.clock, contract: state.contract };
      sendJson(res, 200, linkUser(context, String(path.userId), link));
    })
    .delete(function unlinkUserRoute(req, res) {
      const { organization, path } = openOperation(req, state, 'unlinkUser');

      const context = { organization, clock: state.clock, contract: state.contract };
      sendJson(res, 200, unlinkUser(context, String(path.userId)));
    })
    .all(answerMethodNotAllowed(['PUT', 'DELETE']));
}
