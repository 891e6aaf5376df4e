import type { SyntaxFlavour } from './syntax-flavour.js';

const whitespace = new Set([' ', '\t', '\r', '\n']);

// Characters of an attribute path, URN-qualified ones included
// ("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName").
const pathCharacter = /[A-Za-z0-9_\-.:$]/;

// Long enough to recognise a token, short enough for one line of a log.
const maxQuotedLength = 40;

// An unquoted value runs until whitespace or a grouping character.
const valueDelimiters = new Set([...whitespace, '(', ')', '[', ']']);

/**
 * Reads filter or PATCH path text character by character for the parser,
 * and turns every problem into the one error a client sees. Positions in
 * details count characters from 1, as an administrator would.
 */
export class FilterScanner {
  readonly text: string;
  readonly flavour: SyntaxFlavour;
  index = 0;

  constructor(text: string, flavour: SyntaxFlavour) {
    this.text = text;
    this.flavour = flavour;
  }

  atEnd(): boolean {
    return this.index >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.index];
  }

  advance(): void {
    this.index += 1;
  }

  skipWhitespace(): void {
    while (whitespace.has(this.text[this.index] ?? '')) this.index += 1;
  }

  /** Reads an attribute path, keyword or operator: a run of path characters. */
  readWord(): string {
    const start = this.index;
    while (pathCharacter.test(this.text[this.index] ?? '')) this.index += 1;
    return this.text.slice(start, this.index);
  }

  /** The word at the current index, left unread. */
  peekWord(): string {
    const start = this.index;
    const word = this.readWord();
    this.index = start;
    return word;
  }

  /** Reads an unquoted value such as `jdoe`, `0042` or `true`. */
  readBareValue(): string {
    const start = this.index;
    while (this.index < this.text.length && !valueDelimiters.has(this.text[this.index] ?? '')) {
      this.index += 1;
    }
    return this.text.slice(start, this.index);
  }

  /** How the text at the current index reads in a detail: `"and"`, `")"`. */
  describeHere(): string {
    const word = this.peekWord();
    if (word !== '') return `"${shorten(word)}"`;
    return this.peek() === '"' ? 'a quoted value' : `"${this.peek() ?? ''}"`;
  }

  fail(problem: string, index: number = this.index): never {
    const where =
      index >= this.text.length ? `position ${index + 1} (the end)` : `position ${index + 1}`;
    throw this.flavour.createError(`${this.flavour.subject} is invalid at ${where}: ${problem}.`);
  }

  /** Fails without a position, for problems of the text as a whole. */
  reject(detail: string): never {
    throw this.flavour.createError(detail);
  }
}

function shorten(text: string): string {
  return text.length > maxQuotedLength ? `${text.slice(0, maxQuotedLength)}…` : text;
}
