import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  expectListResponse,
  patchOp,
  rfcUser,
  startGateway,
} from './conformance-support.js';

const primaryCount = (values: unknown) =>
  (values as Record<string, unknown>[]).filter((value) => value.primary === true).length;

// RFC 7643 section 2.4: multi-valued attributes are JSON arrays of values
// with value/type (and primary, true at most once). Systam keeps one work
// and one other value of emails and phoneNumbers, and no primary flag: the
// work email is its primary address (policy).
describe('RFC 7643 §2.4 Multi-Valued Attributes', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  it('answers multi-valued attributes as arrays of value/type objects', async () => {
    const user = await createUser(gateway, 'multi.shape', {
      emails: [
        { value: 'multi.shape@example.com', type: 'work' },
        { value: 'multi.shape@home.example', type: 'other' },
      ],
      phoneNumbers: [{ value: '+1 555 0111', type: 'work' }],
    });

    expect(user.emails).to.deep.equal([
      { value: 'multi.shape@example.com', type: 'work' },
      { value: 'multi.shape@home.example', type: 'other' },
    ]);
    expect(user.phoneNumbers).to.deep.equal([{ value: '+1 555 0111', type: 'work' }]);
  });

  it('keeps the values whatever their order in the request', async () => {
    const user = await createUser(gateway, 'multi.order', {
      emails: [
        { value: 'multi.order@home.example', type: 'other' },
        { value: 'multi.order@example.com', type: 'work' },
      ],
    });

    expect(user.emails).to.have.deep.members([
      { value: 'multi.order@example.com', type: 'work' },
      { value: 'multi.order@home.example', type: 'other' },
    ]);
  });

  it('never answers more than one primary value, whatever the request said', async () => {
    const user = await createUser(gateway, 'multi.primary', {
      emails: [
        { value: 'multi.primary@example.com', type: 'work', primary: true },
        { value: 'multi.primary@home.example', type: 'other', primary: true },
      ],
      phoneNumbers: [
        { value: '+1 555 0112', type: 'work', primary: true },
        { value: '+1 555 0113', type: 'other', primary: true },
      ],
    });
    const list = expectListResponse(await gateway.get('/Users'));

    expect(list.Resources.length).to.be.greaterThan(0);
    for (const resource of [user, ...list.Resources]) {
      expect(primaryCount(resource.emails)).to.be.at.most(1);
      expect(primaryCount(resource.phoneNumbers ?? [])).to.be.at.most(1);
    }
  });

  it('reads an empty array of an optional attribute as unassigned', async () => {
    const user = await createUser(gateway, 'multi.empty', { phoneNumbers: [] });

    expect(user).to.not.have.property('phoneNumbers');
  });

  for (const [label, overrides, named] of [
    [
      'two work emails (policy: one value per type)',
      {
        emails: [
          { value: 'a@example.com', type: 'work' },
          { value: 'b@example.com', type: 'work' },
        ],
      },
      /work/,
    ],
    [
      'a type outside work and other (policy)',
      {
        emails: [
          { value: 'multi.t@example.com', type: 'work' },
          { value: 'c@example.com', type: 'home' },
        ],
      },
      /home/,
    ],
    [
      'no work email (policy: the work email is required)',
      { emails: [{ value: 'multi.o@example.com', type: 'other' }] },
      /work/,
    ],
    [
      'phone numbers without a work number (policy)',
      { phoneNumbers: [{ value: '+1 555 0114', type: 'other' }] },
      /work/,
    ],
    ['an email without value', { emails: [{ type: 'work' }] }, /value/],
  ] as const) {
    it(`answers 400 invalidValue for ${label}`, async () => {
      const response = await gateway.post('/Users', rfcUser('multi.bad', overrides));

      expectError(response, { status: 400, scimType: 'invalidValue', detail: named });
    });
  }

  it('answers 400 invalidValue for a PATCH adding a second value of a type Systam keeps once', async () => {
    const user = await createUser(gateway, 'multi.patch', {
      emails: [
        { value: 'multi.patch@example.com', type: 'work' },
        { value: 'multi.patch@home.example', type: 'other' },
      ],
    });

    const response = await gateway.patch(
      `/Users/${user.id}`,
      patchOp({
        op: 'add',
        path: 'emails',
        value: [{ value: 'multi.patch@second.example', type: 'other' }],
      }),
    );

    expectError(response, { status: 400, scimType: 'invalidValue', detail: /other/ });
  });

  it('adds a value equal to one already there only once', async () => {
    const user = await createUser(gateway, 'multi.dup');

    const response = await gateway.patch(
      `/Users/${user.id}`,
      patchOp({
        op: 'add',
        path: 'emails',
        value: [{ value: 'multi.dup@example.com', type: 'work' }],
      }),
    );

    expect(response.status).to.equal(200);
    expect(response.body.emails).to.deep.equal([{ value: 'multi.dup@example.com', type: 'work' }]);
  });
});
