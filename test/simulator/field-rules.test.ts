import { expect } from 'chai';

import {
  findFieldRuleViolation,
  isEmailAddress,
  isPhoneNumber,
} from '../../src/simulator/field-rules.js';
import { isLanguageTag } from '../../src/simulator/language-tag.js';

describe('field rules', () => {
  describe('isPhoneNumber', () => {
    const plausible = [
      '+358 40 1234567',
      '(555) 010-0100',
      '555.0100',
      '112',
      '+1-555-0101',
      '0049 (0)30 1234',
    ];
    const implausible = [
      '',
      '12',
      '+',
      'call me',
      '555 0100 ext 2',
      '1+2',
      '++1 555',
      '+1 555 0100 #2',
      '٥٥٥١٢٣',
    ];

    for (const value of plausible) {
      it(`accepts "${value}"`, () => {
        expect(isPhoneNumber(value)).to.equal(true);
      });
    }
    for (const value of implausible) {
      it(`refuses "${value}"`, () => {
        expect(isPhoneNumber(value)).to.equal(false);
      });
    }
  });

  describe('isLanguageTag', () => {
    const wellFormed = [
      'en',
      'en-US',
      'fi-FI',
      'es-419',
      'zh-Hant-TW',
      'sr-Latn-RS',
      'de-CH-1996',
      'zh-yue-HK',
      'en-US-x-twain',
      'x-whatever',
      'i-klingon',
      'EN-us',
      'en-a-bbb-x-a-ccc',
    ];
    const malformed = [
      '',
      'english language',
      'en_US',
      'e',
      'en-',
      '-en',
      'en-US-',
      'en--US',
      'x',
      '123',
      'en-x',
    ];

    for (const value of wellFormed) {
      it(`accepts "${value}"`, () => {
        expect(isLanguageTag(value)).to.equal(true);
      });
    }
    for (const value of malformed) {
      it(`refuses "${value}"`, () => {
        expect(isLanguageTag(value)).to.equal(false);
      });
    }
  });

  describe('isEmailAddress', () => {
    it('accepts what the contract format accepts and refuses addresses without a domain', () => {
      expect(isEmailAddress('Mira.Castellano+work@Example.COM')).to.equal(true);
      expect(isEmailAddress('mira@localhost')).to.equal(false);
      expect(isEmailAddress('mira.example.com')).to.equal(false);
      expect(isEmailAddress('')).to.equal(false);
    });
  });

  describe('findFieldRuleViolation', () => {
    const noWorkspace = (): boolean => false;

    it('checks only the members present, so a patch of other members passes', () => {
      expect(findFieldRuleViolation({ firstName: 'Ada' }, noWorkspace)).to.equal(undefined);
      const cleared = { phone: null, language: null };
      expect(findFieldRuleViolation(cleared, noWorkspace)).to.equal(undefined);
    });

    it('names the member and the contract code of the first violation', () => {
      expect(findFieldRuleViolation({ secondaryEmail: 'nope' }, noWorkspace)).to.deep.include({
        code: 'INVALID_EMAIL',
        field: 'secondaryEmail',
      });
      expect(findFieldRuleViolation({ secondaryPhone: 'x' }, noWorkspace)).to.deep.include({
        code: 'INVALID_PHONE',
        field: 'secondaryPhone',
      });
      expect(findFieldRuleViolation({ language: 'english!' }, noWorkspace)).to.deep.include({
        code: 'INVALID_LANGUAGE',
        field: 'language',
      });
      expect(findFieldRuleViolation({ primaryWorkspaceId: 'wsp_x' }, noWorkspace)).to.deep.include({
        code: 'WORKSPACE_NOT_FOUND',
        field: 'primaryWorkspaceId',
      });
    });
  });
});
