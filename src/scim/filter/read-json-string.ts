/** Reports a problem at an index of the text being read; never returns. */
export type FailAt = (problem: string, index: number) => never;

export interface StringLiteral {
  readonly value: string;
  /** The index just past the closing quote. */
  readonly end: number;
}

const simpleEscapes: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const fourHexDigits = /^[0-9A-Fa-f]{4}$/;

/**
 * Reads the JSON string literal that starts with the double quote at `start`.
 * RFC 7644 section 3.4.2.2 makes compValue a JSON string, so the escapes and
 * the ban on raw control characters are those of RFC 8259 section 7.
 */
export function readJsonString(text: string, start: number, fail: FailAt): StringLiteral {
  let value = '';
  let index = start + 1;

  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === '"') return { value, end: index + 1 };

    if (char === '\\') {
      const escaped = readEscape(text, index, fail);
      value += escaped.value;
      index = escaped.end;
      continue;
    }

    if (char < ' ') fail('a control character inside a string must be written as an escape', index);
    value += char;
    index += 1;
  }

  return fail('the string that starts here has no closing double quote', start);
}

function readEscape(text: string, backslash: number, fail: FailAt): StringLiteral {
  const letter = text[backslash + 1];
  if (letter === undefined) fail('a backslash at the end of a string escapes nothing', backslash);

  const simple = simpleEscapes[letter];
  if (simple !== undefined) return { value: simple, end: backslash + 2 };
  if (letter !== 'u') {
    return fail(`"\\${letter}" is not a JSON escape; write a backslash as "\\\\"`, backslash);
  }

  const unit = readCodeUnit(text, backslash, fail);
  if (!isSurrogate(unit)) return { value: String.fromCharCode(unit), end: backslash + 6 };

  // A character outside the Basic Multilingual Plane is written as a
  // surrogate pair (RFC 8259 section 7); half a pair is not text at all.
  const isHigh = unit <= 0xdbff;
  const next = text.startsWith('\\u', backslash + 6) ? readCodeUnit(text, backslash + 6, fail) : 0;
  if (!isHigh || next < 0xdc00 || next > 0xdfff) {
    fail(`"${text.slice(backslash, backslash + 6)}" is half of a surrogate pair`, backslash);
  }
  return { value: String.fromCharCode(unit, next), end: backslash + 12 };
}

function readCodeUnit(text: string, backslash: number, fail: FailAt): number {
  const digits = text.slice(backslash + 2, backslash + 6);
  if (!fourHexDigits.test(digits)) fail('"\\u" must be followed by four hex digits', backslash);
  return Number.parseInt(digits, 16);
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}
