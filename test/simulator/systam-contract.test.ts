import { expect } from 'chai';

import { loadSystamContract } from '../../src/upstream/systam-contract.js';

describe('loadSystamContract', () => {
  const contract = loadSystamContract();
  const user = {
    id: 'usr_abc',
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    role: 'admin',
    primaryWorkspaceId: 'wsp_hel01',
    scimLink: { userName: 'ada', externalId: null },
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    version: 3,
  };

  it('loads the contract once per process and hands out the same instance', () => {
    expect(loadSystamContract()).to.equal(contract);
  });

  describe('check', () => {
    it('accepts a value that matches the component schema', () => {
      expect(contract.check('User', user)).to.equal(undefined);
      const workspace = { id: 'wsp_a1', identifier: 'A-1', name: 'A' };
      const error = { error: { code: 'INTERNAL', message: 'm' } };
      expect(contract.check('Workspace', workspace)).to.equal(undefined);
      expect(contract.check('Error', error)).to.equal(undefined);
    });

    it('names the member and the rule of the first violation', () => {
      expect(contract.check('User', { ...user, email: 'not an email' })).to.equal(
        'email must match format "email"',
      );
      expect(contract.check('User', { ...user, version: 0 })).to.equal('version must be >= 1');
      const problem = contract.check('User', { ...user, role: 'root' });
      expect(problem).to.match(/^role must be equal to one/);
    });

    it('resolves references between component schemas (User.scimLink → ScimLink)', () => {
      const problem = contract.check('User', { ...user, scimLink: { userName: '' } });
      expect(problem).to.equal('scimLink/userName must NOT have fewer than 1 characters');
    });

    it('reports unknown and missing members of the request schemas', () => {
      const body = {
        email: 'a@example.com',
        firstName: 'A',
        lastName: 'B',
        primaryWorkspaceId: 'wsp_1',
      };
      const withRole = { ...body, role: 'owner' };
      expect(contract.check('UserCreate', withRole)).to.equal('unknown member "role"');
      expect(contract.check('UserCreate', { firstName: 'A' })).to.equal('missing member "email"');
      expect(contract.check('UserUpdate', {})).to.equal('needs at least 1 member(s)');
      const link = { userName: 'x', extra: 1 };
      expect(contract.check('ScimLink', link)).to.equal('unknown member "extra"');
    });

    it('checks the date-time format of createdAt', () => {
      expect(contract.check('User', { ...user, createdAt: 'yesterday' })).to.equal(
        'createdAt must match format "date-time"',
      );
    });
  });

  describe('checkAnswer', () => {
    it('checks a page of users against the listUsers answer, totalCount included', () => {
      const page = { items: [user], nextCursor: null, totalCount: 1 };
      expect(contract.checkAnswer('listUsers', page)).to.equal(undefined);
      expect(contract.checkAnswer('listUsers', { items: [user], nextCursor: null })).to.equal(
        'missing member "totalCount"',
      );
    });

    it('checks the items of a page against their component schema', () => {
      const page = { items: [{ id: 'wsp_x' }], nextCursor: 'abc' };
      const problem = contract.checkAnswer('listWorkspaces', page);
      expect(problem).to.equal('items/0: missing member "identifier"');
    });

    it('checks single-user answers of create, get, update, link and unlink', () => {
      const operations = ['createUser', 'getUser', 'updateUser', 'linkUser', 'unlinkUser'] as const;
      for (const operation of operations) {
        expect(contract.checkAnswer(operation, user), operation).to.equal(undefined);
        const problem = contract.checkAnswer(operation, { ...user, id: 'u1' });
        expect(problem, operation).to.match(/^id must match/);
      }
    });
  });

  describe('readParameters', () => {
    it('converts integers and booleans and fills in the default limit', () => {
      const reading = contract.readParameters('listUsers', 'query', {
        offset: '20',
        linked: 'false',
        email: 'a@example.com',
      });
      expect(reading).to.deep.equal({
        ok: true,
        values: { offset: 20, linked: false, email: 'a@example.com', limit: 50 },
      });
    });

    it('refuses integers and booleans in other spellings', () => {
      for (const [name, text] of [
        ['limit', '1.5'],
        ['limit', '0x10'],
        ['limit', ''],
        ['linked', '1'],
        ['linked', 'TRUE'],
      ] as const) {
        const reading = contract.readParameters('listUsers', 'query', { [name]: text });
        expect(reading.ok, `${name}=${text}`).to.equal(false);
      }
    });

    it('refuses a limit out of 1..200, an unknown parameter and a repeated one', () => {
      expect(contract.readParameters('listUsers', 'query', { limit: '201' })).to.deep.equal({
        ok: false,
        problem: 'limit must be <= 200',
      });
      expect(contract.readParameters('listUsers', 'query', { sort: 'email' })).to.deep.equal({
        ok: false,
        problem: 'unknown query parameter "sort"',
      });
      const repeated = contract.readParameters('listUsers', 'query', { email: ['a', 'b'] });
      expect(repeated.ok).to.equal(false);
    });

    it('knows the parameters of each operation: offset belongs to listUsers only', () => {
      const offset = { offset: '1' };
      expect(contract.readParameters('listUsers', 'query', offset).ok).to.equal(true);
      expect(contract.readParameters('listWorkspaces', 'query', offset).ok).to.equal(false);
      const none = contract.readParameters('getUser', 'query', {});
      expect(none).to.deep.equal({ ok: true, values: {} });
    });

    it('checks path parameters against the contract patterns, path-level ones included', () => {
      const values = { orgId: 'org_demo', userId: 'usr_1' };
      const good = contract.readParameters('getUser', 'path', values);
      expect(good).to.deep.equal({ ok: true, values });

      const bad = contract.readParameters('getUser', 'path', { ...values, userId: 'user-1' });
      expect(bad).to.deep.equal({
        ok: false,
        problem: 'userId must match pattern "^usr_[A-Za-z0-9]{1,40}$"',
      });
      expect(contract.readParameters('getUser', 'path', { orgId: 'org_demo' }).ok).to.equal(false);
    });
  });
});
