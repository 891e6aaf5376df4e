import { expect } from 'chai';

import {
  expectPatchError,
  makeUserWithPrimary,
  systamUrn,
  userTypeWithPrimary,
} from './patch-test-support.js';

describe('applyPatch: errors an administrator reads (RFC 7644 section 3.12)', () => {
  describe('400 invalidSyntax for a malformed operation', () => {
    it('an operation that is not an object', () => {
      expectPatchError(['add'], 'invalidSyntax', /^Operation 1 must be an object with "op"/);
    });

    it('a missing op', () => {
      expectPatchError(
        [{ path: 'active', value: false }],
        'invalidSyntax',
        /^Operation 1 has no "op"; use "add", "remove" or "replace"\.$/,
      );
    });

    it('an op that is not a string', () => {
      expectPatchError([{ op: 3, path: 'active', value: false }], 'invalidSyntax', /has no "op"/);
    });

    for (const op of ['copy', 'move', 'test', 'delete']) {
      it(`op "${op}", which RFC 7644 does not define`, () => {
        expectPatchError(
          [
            { op: 'replace', path: 'active', value: true },
            { op, path: 'userName' },
          ],
          'invalidSyntax',
          new RegExp(`^Operation 2 has op "${op}", which SCIM does not define; use "add"`),
        );
      });
    }

    for (const op of ['add', 'replace']) {
      it(`${op} without a value (RFC 7644 section 3.5.2.${op === 'add' ? 1 : 3})`, () => {
        expectPatchError(
          [{ op, path: 'preferredLanguage' }],
          'invalidSyntax',
          new RegExp(`^Operation 1 \\(${op}\\) on preferredLanguage has no "value"`),
        );
      });
    }

    it('a path that is not a string', () => {
      expectPatchError(
        [{ op: 'replace', path: ['active'], value: false }],
        'invalidSyntax',
        /^Operation 1 \(replace\) has a "path" that is not a string\.$/,
      );
    });
  });

  describe('400 invalidPath for a malformed path', () => {
    const paths: Array<[string, RegExp]> = [
      ['emails[type eq', /^Operation 1 \(replace\) on emails\[type eq: path is invalid/],
      ['', /^Operation 1 \(replace\) on "": path is empty/],
      ['emails[type eq "work"', /^Operation 1 \(replace\) on emails\[type eq "work": path is/],
      ['user name', /^Operation 1 \(replace\) on user name: path is invalid/],
    ];

    for (const [path, detail] of paths) {
      it(`path ${JSON.stringify(path)}`, () => {
        expectPatchError([{ op: 'replace', path, value: 'x' }], 'invalidPath', detail);
      });
    }

    it('a filter on an attribute that is not multi-valued', () => {
      expectPatchError(
        [{ op: 'replace', path: 'name[givenName eq "Avery"]', value: 'x' }],
        'invalidPath',
        /^Operation 1 \(replace\) on name\[.*\]: a \[filter\] may only follow a multi-valued/,
      );
    });

    it('a filter naming a sub-attribute emails does not have (InvalidFilterError)', () => {
      const error = expectPatchError(
        [{ op: 'remove', path: 'emails[display eq "Work"]' }],
        'invalidPath',
        /^Operation 1 \(remove\) on emails\[display eq "Work"\]: .*display/,
      );

      expect(error.cause).to.have.property('scimType', 'invalidFilter');
    });

    it('a filter on primary, which Systam does not keep (no primary flag)', () => {
      const path = 'emails[type eq "work" and primary eq true].value';
      const error = expectPatchError(
        [{ op: 'replace', path, value: 'ava@contoso.test' }],
        'invalidPath',
        /^Operation 1 \(replace\) on emails\[.*\]\.value: .*cannot filter emails on "primary"/,
      );

      expect(error.cause).to.have.property('scimType', 'invalidFilter');
    });
  });

  describe('400 mutability for a read-only attribute (RFC 7644 section 3.5.2)', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['replace id', { op: 'replace', path: 'id', value: 'u-2' }],
      ['replace meta', { op: 'replace', path: 'meta', value: { version: 'W/"9"' } }],
      ['add meta.created', { op: 'add', path: 'meta.created', value: '2020-01-01T00:00:00Z' }],
      ['remove meta.lastModified', { op: 'remove', path: 'meta.lastModified' }],
      ['replace meta.anything', { op: 'replace', path: 'meta.etag', value: 'x' }],
      ['path-less id', { op: 'replace', value: { active: false, id: 'u-2' } }],
    ];

    for (const [title, operation] of cases) {
      it(title, () => {
        expectPatchError(
          [operation],
          'mutability',
          /^Operation 1 \(\w+\) on (id|meta[.\w]*): the attribute is read-only; leave it out/,
        );
      });
    }
  });

  describe('400 invalidValue for a value of the wrong shape', () => {
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      [
        'an object for a simple attribute',
        { op: 'replace', path: 'userName', value: { value: 'a@contoso.test' } },
        /^Operation 1 \(replace\) on userName: userName takes a single value, not an object\.$/,
      ],
      [
        'a list for a single-valued attribute',
        { op: 'replace', path: 'active', value: [false] },
        /on active: active takes a single value, not a list\.$/,
      ],
      [
        'a number for a string',
        { op: 'replace', path: 'preferredLanguage', value: 42 },
        /on preferredLanguage: preferredLanguage must be a string, not 42\.$/,
      ],
      [
        'a string for a complex attribute',
        { op: 'replace', path: 'name', value: 'Avery Lin' },
        /on name: name takes an object of sub-attributes\.$/,
      ],
      [
        'an object for a multi-valued attribute',
        { op: 'add', path: 'emails', value: { value: 'a@contoso.test' } },
        /^Operation 1 \(add\) on emails: emails takes a list of values\.$/,
      ],
      [
        'a string element of a complex multi-valued attribute',
        { op: 'add', path: 'emails', value: ['a@contoso.test'] },
        /on emails: each value of emails must be an object\.$/,
      ],
      [
        'a wrong type inside an element',
        { op: 'add', path: 'emails', value: [{ value: 7, type: 'other' }] },
        /on emails: emails\.value must be a string, not 7\.$/,
      ],
      [
        'a string for a filtered value without sub-attribute',
        { op: 'replace', path: 'emails[type eq "work"]', value: 'a@contoso.test' },
        /on emails\[type eq "work"\]: emails\[filter\] takes one object as its value\.$/,
      ],
      [
        'a string for an extension object',
        { op: 'replace', path: systamUrn, value: 'HEL-01' },
        /: the value of urn:.*:systam:2\.0:User must be an object of its attributes\.$/,
      ],
      [
        'a path-less value that is not an object',
        { op: 'replace', value: 'active=false' },
        /^Operation 1 \(replace\): without a path, the value must be an object of attributes/,
      ],
    ];

    for (const [title, operation, detail] of cases) {
      it(title, () => {
        expectPatchError([operation], 'invalidValue', detail);
      });
    }

    // Systam keeps no primary flag; the engine still enforces the rule on a
    // resource type that has one.
    it('two primary values in one operation (RFC 7643 section 2.4), on a type with primary', () => {
      const operation = {
        op: 'replace',
        path: 'emails',
        value: [
          { value: 'a@contoso.test', primary: true },
          { value: 'b@contoso.test', primary: true },
        ],
      };

      expectPatchError(
        [operation],
        'invalidValue',
        /on emails: only one emails value may have primary true\.$/,
        makeUserWithPrimary(),
        userTypeWithPrimary,
      );
    });
  });

  it('names the failing operation by its 1-based position', () => {
    expectPatchError(
      [
        { op: 'replace', path: 'active', value: false },
        { op: 'add', path: 'preferredLanguage', value: 'fi-FI' },
        { op: 'replace', path: 'userName', value: { value: 'x' } },
      ],
      'invalidValue',
      /^Operation 3 \(replace\) on userName:/,
    );
  });

  it('keeps a long client path short in the detail', () => {
    const path = `emails[value eq "${'x'.repeat(300)}@contoso.test"].type`;
    const error = expectPatchError([{ op: 'replace', path, value: 7 }], 'invalidValue', /…/);

    expect(error.detail.length).to.be.below(250);
  });
});
