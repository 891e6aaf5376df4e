/**
 * The named departures from strict RFC 7644 that the PATCH engine makes for
 * Microsoft Entra ID. Each applies only where the strict reading would fail,
 * and every rule that fired is reported so the request log can say which.
 */
export type CompatibilityRule =
  | 'op-name-any-case'
  | 'boolean-strings'
  | 'pathless-value-paths'
  | 'filtered-path-upsert'
  | 'empty-operations'
  | 'remove-with-value'
  | 'legacy-urn-separator';

/** One line per rule, for logs and documentation. */
export const compatibilityRuleDescriptions: Readonly<Record<CompatibilityRule, string>> = {
  'op-name-any-case': 'op names such as "Replace" or "ADD" are read in any letter case',
  'boolean-strings': '"True"/"False" strings, in any letter case, are read as booleans',
  'pathless-value-paths':
    'keys of a path-less value object may be paths: dotted, URN-qualified or filtered',
  'filtered-path-upsert':
    'add or replace on attr[equality filter] with no match creates the element the filter ' +
    'describes',
  'empty-operations': 'an empty Operations list is a no-op',
  'remove-with-value':
    'remove with a value removes only what equals that value, not the whole attribute',
  'legacy-urn-separator':
    'an extension URN may be joined to its attribute with "." as old Entra jobs do',
};
