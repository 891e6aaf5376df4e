import { expect } from 'chai';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import type { WorkspaceRecord } from '../../src/simulator/user-record.js';
import {
  callApi,
  demoUsersPath,
  demoWorkspacesPath,
  startTestSimulator,
} from './simulator-test-support.js';

interface WorkspacePage {
  readonly items: WorkspaceRecord[];
  readonly nextCursor: string | null;
}

describe('simulator: GET /internal/v1/organizations/{orgId}/workspaces (listWorkspaces)', () => {
  let simulator: RunningSimulator;

  before(async () => {
    simulator = await startTestSimulator();
  });

  after(() => simulator.close());

  async function listWorkspaces(query: string) {
    return callApi<WorkspacePage>(simulator, 'GET', `${demoWorkspacesPath}?${query}`);
  }

  it("lists the organization's workspaces in seed order, without totalCount", async () => {
    const answer = await listWorkspaces('');

    expect(answer.status).to.equal(200);
    expect(answer.body).to.deep.equal({
      items: [
        { id: 'wsp_hel01', identifier: 'HEL-01', name: 'Helsinki HQ' },
        { id: 'wsp_nyc01', identifier: 'NYC-01', name: 'New York Office' },
        { id: 'wsp_sin01', identifier: 'SIN-01', name: 'Singapore Office' },
        { id: 'wsp_remote', identifier: 'REMOTE', name: 'Remote Staff' },
      ],
      nextCursor: null,
    });
  });

  it('finds a workspace by its exact identifier', async () => {
    const answer = await listWorkspaces('identifier=NYC-01');

    expect(answer.body.items.map((workspace) => workspace.id)).to.deep.equal(['wsp_nyc01']);
  });

  it('compares the identifier with letter case: nyc-01 finds nothing', async () => {
    const answer = await listWorkspaces('identifier=nyc-01');

    expect(answer.body).to.deep.equal({ items: [], nextCursor: null });
  });

  it('finds a workspace by id', async () => {
    const answer = await listWorkspaces('id=wsp_remote');

    expect(answer.body.items.map((workspace) => workspace.identifier)).to.deep.equal(['REMOTE']);
  });

  it('pages by limit and cursor until nextCursor is null', async () => {
    const first = await listWorkspaces('limit=3');
    expect(first.body.items.map((workspace) => workspace.id)).to.deep.equal([
      'wsp_hel01',
      'wsp_nyc01',
      'wsp_sin01',
    ]);

    const cursor = encodeURIComponent(first.body.nextCursor ?? '');
    const second = await listWorkspaces(`limit=3&cursor=${cursor}`);
    expect(second.body).to.deep.equal({
      items: [{ id: 'wsp_remote', identifier: 'REMOTE', name: 'Remote Staff' }],
      nextCursor: null,
    });
  });

  const tooLong = `identifier=${'x'.repeat(65)}`;
  const badQueries = ['offset=1', 'limit=0', 'limit=201', 'name=HEL', tooLong];
  for (const query of badQueries) {
    it(`answers 400 VALIDATION_FAILED to ?${query.slice(0, 20)}`, async () => {
      const answer = await callApi(simulator, 'GET', `${demoWorkspacesPath}?${query}`);

      expect(answer.status).to.equal(400);
      expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
    });
  }

  it('answers 400 VALIDATION_FAILED to a user-list cursor', async () => {
    const usersPath = `${demoUsersPath}?limit=1`;
    const users = await callApi<{ nextCursor: string }>(simulator, 'GET', usersPath);
    const cursor = encodeURIComponent(users.body.nextCursor);
    const answer = await callApi(simulator, 'GET', `${demoWorkspacesPath}?cursor=${cursor}`);

    expect(answer.status).to.equal(400);
    expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
  });
});
