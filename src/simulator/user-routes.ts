import type { Router } from 'express';

import type { BodyReader } from './body-reader.js';
import { formatEntityTag } from './entity-tag.js';
import { answerMethodNotAllowed } from './error-writer.js';
import { listUsers, type UserListQuery } from './list-users.js';
import { openOperation } from './open-operation.js';
import type { OrganizationStore } from './organization-store.js';
import { sendJson, sendNoContent } from './respond.js';
import type { SimulatorState } from './simulator-state.js';
import {
  createUser,
  deleteUser,
  findUserOrFail,
  updateUser,
  type UserCommandContext,
  type UserCreateBody,
} from './user-commands.js';
import type { UserFields } from './user-record.js';

const usersPath = '/internal/v1/organizations/:orgId/users';

export function mountUserRoutes(router: Router, state: SimulatorState, readBody: BodyReader): void {
  const buildContext = (organization: OrganizationStore): UserCommandContext => ({
    organization,
    clock: state.clock,
    contract: state.contract,
  });

  router
    .route(usersPath)
    .get(function listUsersRoute(req, res) {
      const { organization, query } = openOperation<UserListQuery>(req, state, 'listUsers');
      const list = listUsers(organization, query, state.cursors);
      sendJson(res, 200, list);
    })
    .post(async function createUserRoute(req, res) {
      const { organization } = openOperation(req, state, 'createUser');
      const body = (await readBody(req, res, 'UserCreate')) as UserCreateBody;

      const user = createUser(buildContext(organization), body);
      sendJson(res, 201, user, { ETag: formatEntityTag(user.version) });
    })
    .all(answerMethodNotAllowed(['GET', 'HEAD', 'POST']));

  router
    .route(`${usersPath}/:userId`)
    .get(function getUserRoute(req, res) {
      const { organization, path } = openOperation(req, state, 'getUser');
      const user = findUserOrFail(organization, String(path.userId));
      sendJson(res, 200, user, { ETag: formatEntityTag(user.version) });
    })
    .patch(async function updateUserRoute(req, res) {
      const { organization, path } = openOperation(req, state, 'updateUser');
      const patch = (await readBody(req, res, 'UserUpdate')) as UserFields;

      const ifMatch = req.get('If-Match');
      const user = updateUser(buildContext(organization), String(path.userId), patch, ifMatch);
      sendJson(res, 200, user, { ETag: formatEntityTag(user.version) });
    })
    .delete(function deleteUserRoute(req, res) {
      const { organization, path } = openOperation(req, state, 'deleteUser');
      deleteUser(buildContext(organization), String(path.userId), req.get('If-Match'));
      sendNoContent(res);
    })
    .all(answerMethodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']));
}
