import type { Router } from 'express';

import { digestFilters } from './cursor-codec.js';
import { answerMethodNotAllowed } from './error-writer.js';
import { openOperation } from './open-operation.js';
import { selectPage } from './paging.js';
import { sendJson } from './respond.js';
import type { SimulatorState } from './simulator-state.js';

/** The listWorkspaces query after the contract's checks. */
interface WorkspaceListQuery {
  readonly limit: number;
  readonly cursor?: string;
  readonly identifier?: string;
  readonly id?: string;
}

export function mountWorkspaceRoutes(router: Router, state: SimulatorState): void {
  router
    .route('/internal/v1/organizations/:orgId/workspaces')
    .get(function listWorkspaces(req, res) {
      const opened = openOperation<WorkspaceListQuery>(req, state, 'listWorkspaces');
      const { organization, query } = opened;
      const { limit, cursor, ...filters } = query;

      // Workspaces never change and keep the seed's order: a place in it is a sort key.
      const matching = organization.workspaces
        .map((workspace, position) => ({ workspace, position }))
        .filter(
          ({ workspace }) =>
            (filters.identifier === undefined || workspace.identifier === filters.identifier) &&
            (filters.id === undefined || workspace.id === filters.id),
        );

      const scope = {
        list: 'workspaces' as const,
        organizationId: organization.id,
        filters: digestFilters(filters),
      };
      const page = selectPage(
        matching,
        { limit, cursor },
        scope,
        state.cursors,
        (entry) => entry.position,
      );

      const items = page.items.map((entry) => entry.workspace);
      sendJson(res, 200, { items, nextCursor: page.nextCursor });
    })
    .all(answerMethodNotAllowed(['GET', 'HEAD']));
}
