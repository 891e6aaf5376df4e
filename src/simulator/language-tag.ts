// Well-formed language tags per the ABNF of RFC 5646 section 2.1, compared
// without regard to case (section 2.1.1). Only the syntax is checked: a tag
// need not use subtags that are in the IANA registry, since Systam stores the
// tag as given and the registry grows over time.

const alphanum = '[a-z0-9]';
const language = '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})';
const script = '(?:-[a-z]{4})?';
const region = '(?:-(?:[a-z]{2}|[0-9]{3}))?';
const variants = `(?:-(?:${alphanum}{5,8}|[0-9]${alphanum}{3}))*`;
const extensions = `(?:-[0-9a-wy-z](?:-${alphanum}{2,8})+)*`;
const privateUse = `x(?:-${alphanum}{1,8})+`;

const languageTag = new RegExp(
  `^(?:${language}${script}${region}${variants}${extensions}(?:-${privateUse})?|${privateUse})$`,
  'i',
);

// The irregular grandfathered tags of RFC 5646 section 2.2.8; they predate the
// grammar and do not follow it. The regular ones (zh-min-nan, …) already match it.
const irregularTags = new Set([
  'en-gb-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-be-fr',
  'sgn-be-nl',
  'sgn-ch-de',
]);

/** True for a well-formed BCP 47 language tag such as en-US, zh-Hant-TW or de-CH-1996. */
export function isLanguageTag(value: string): boolean {
  return languageTag.test(value) || irregularTags.has(value.toLowerCase());
}
