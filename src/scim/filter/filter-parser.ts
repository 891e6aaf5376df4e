import type {
  ComparisonNode,
  ComparisonOperator,
  FilterNode,
  LiteralValue,
  PatchPath,
} from './filter-ast.js';
import { filterLimits } from './filter-limits.js';
import { FilterScanner } from './filter-scanner.js';
import { readJsonString } from './read-json-string.js';
import type { SyntaxFlavour } from './syntax-flavour.js';

const comparisonOperators: ReadonlySet<string> = new Set<ComparisonOperator>([
  'eq',
  'ne',
  'co',
  'sw',
  'ew',
  'gt',
  'lt',
  'ge',
  'le',
]);

// ATTRNAME of RFC 7644 section 3.10 (ALPHA *nameChar), plus the "$ref"
// spelling RFC 7643 section 2.1 allows for reference sub-attributes.
const attributeName = String.raw`\$?[A-Za-z][A-Za-z0-9_-]*`;
const attributeNamePattern = new RegExp(`^${attributeName}$`);
const plainPathPattern = new RegExp(`^${attributeName}(\\.${attributeName})?$`);
const urnTailPattern = new RegExp(`^${attributeName}(\\.${attributeName})*$`);
const urnPrefix = /^urn:/i;

// JSON number (RFC 8259 section 6); other unquoted tokens stay text.
const jsonNumberPattern = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

type ComparisonValue = Pick<ComparisonNode, 'value' | 'unquotedText'>;

/**
 * A recursive-descent parser for the filter grammar of RFC 7644 section
 * 3.4.2.2, with the precedence the RFC gives: not binds tighter than and,
 * and tighter than or. One instance parses one text.
 */
export class FilterParser {
  private readonly scanner: FilterScanner;
  private comparisons = 0;
  private depth = 0;
  private insideBrackets = false;

  constructor(text: string, flavour: SyntaxFlavour) {
    this.scanner = new FilterScanner(text, flavour);
  }

  /** The whole text as one filter. */
  parseFilter(): FilterNode {
    const filter = this.parseOr(undefined);
    this.expectEnd();
    return filter;
  }

  /**
   * The whole text as a PATCH path: attrPath, attrPath[valFilter] or
   * attrPath[valFilter].subAttr.
   */
  parsePatchPath(): PatchPath {
    const scanner = this.scanner;
    scanner.skipWhitespace();
    const attributePath = this.readAttributePath();

    scanner.skipWhitespace();
    if (scanner.peek() !== '[') {
      this.expectPathEnd();
      return { attributePath };
    }

    const valueFilter = this.parseBracketFilter();
    const subAttribute = scanner.peek() === '.' ? this.readSubAttribute() : undefined;
    this.expectPathEnd();
    return subAttribute === undefined
      ? { attributePath, valueFilter }
      : { attributePath, valueFilter, subAttribute };
  }

  private parseOr(after: string | undefined): FilterNode {
    let left = this.parseAnd(after);
    while (this.skipKeyword('or')) {
      left = { kind: 'or', left, right: this.parseAnd('"or"') };
    }
    return left;
  }

  private parseAnd(after: string | undefined): FilterNode {
    let left = this.parseUnary(after);
    while (this.skipKeyword('and')) {
      left = { kind: 'and', left, right: this.parseUnary('"and"') };
    }
    return left;
  }

  private parseUnary(after: string | undefined): FilterNode {
    const scanner = this.scanner;
    scanner.skipWhitespace();
    if (scanner.atEnd()) {
      scanner.fail(
        after === undefined ? 'expected an expression' : `expected an expression after ${after}`,
      );
    }
    if (scanner.peek() === '(') return this.parseGroup();

    const start = scanner.index;
    const word = scanner.peekWord();
    const keyword = word.toLowerCase();
    if (keyword === 'not') {
      scanner.index += word.length;
      scanner.skipWhitespace();
      // RFC 7644 section 3.4.2.2: "not" applies to a parenthesised filter.
      if (scanner.peek() !== '(') scanner.fail('expected "(" after "not"');
      return { kind: 'not', filter: this.parseGroup() };
    }
    if (keyword === 'and' || keyword === 'or') {
      scanner.fail(`expected an attribute name before "${word}"`, start);
    }

    const path = this.readAttributePath();
    scanner.skipWhitespace();
    if (scanner.peek() === '[') return this.parseValuePath(path);
    return this.parseAttributeExpression(path);
  }

  private parseGroup(): FilterNode {
    const open = this.scanner.index;
    this.enterNesting();
    this.scanner.advance();

    const filter = this.parseOr('"("');
    this.expectClosing(')', open);

    this.depth -= 1;
    return filter;
  }

  private parseValuePath(path: string): FilterNode {
    const filter = this.parseBracketFilter();
    if (this.scanner.peek() !== '.') return { kind: 'valuePath', path, filter };

    // Entra sends `emails[type eq "work"].value eq "x"`, which RFC 7644
    // does not allow in a filter. It means one element with type "work"
    // whose value is "x", so the comparison joins the bracketed filter
    // instead of standing beside it (which would match any element).
    const subAttribute = this.readSubAttribute();
    const term = this.parseAttributeExpression(subAttribute);
    return { kind: 'valuePath', path, filter: { kind: 'and', left: filter, right: term } };
  }

  private parseBracketFilter(): FilterNode {
    const scanner = this.scanner;
    const open = scanner.index;
    if (this.insideBrackets) {
      scanner.fail('brackets cannot be nested inside a value filter (RFC 7644 section 3.4.2.2)');
    }
    this.enterNesting();
    this.insideBrackets = true;
    scanner.advance();

    const filter = this.parseOr('"["');
    this.expectClosing(']', open);

    this.insideBrackets = false;
    this.depth -= 1;
    return filter;
  }

  private parseAttributeExpression(path: string): FilterNode {
    const scanner = this.scanner;
    scanner.skipWhitespace();
    const start = scanner.index;
    const word = scanner.readWord();
    if (word === '') {
      const found = scanner.atEnd() ? '' : `, found ${scanner.describeHere()}`;
      scanner.fail(`expected an operator after "${path}"${found}`);
    }

    const operator = word.toLowerCase();
    this.countComparison();
    if (operator === 'pr') return { kind: 'present', path };
    if (!comparisonOperators.has(operator)) {
      scanner.fail(
        `"${word}" is not an operator; use eq, ne, co, sw, ew, gt, lt, ge, le or pr`,
        start,
      );
    }

    const value = this.readComparisonValue(word);
    return { kind: 'comparison', path, operator: operator as ComparisonOperator, ...value };
  }

  private readComparisonValue(operator: string): ComparisonValue {
    const scanner = this.scanner;
    scanner.skipWhitespace();
    const start = scanner.index;
    const first = scanner.peek();
    if (first === undefined) scanner.fail(`expected a value after "${operator}"`);

    if (first === '"') {
      const literal = readJsonString(scanner.text, start, (problem, index) =>
        scanner.fail(problem, index),
      );
      scanner.index = literal.end;
      return { value: literal.value };
    }
    if (first === "'") scanner.fail('a value must be in double quotes, not single quotes');

    const text = scanner.readBareValue();
    const keyword = text.toLowerCase();
    if (text === '' || keyword === 'and' || keyword === 'or') {
      scanner.index = start;
      scanner.fail(`expected a value after "${operator}", found ${scanner.describeHere()}`);
    }
    const quote = text.indexOf('"');
    if (quote >= 0) {
      scanner.fail(
        'an unquoted value cannot contain a double quote; quote the whole value',
        start + quote,
      );
    }
    return this.interpretUnquotedValue(text, start);
  }

  // Entra sends unquoted values (`externalId eq jdoe`). JSON literals and
  // numbers keep their meaning; the text is kept too, so that binding can
  // compare a string attribute with "0042" or "1e3" exactly as written.
  private interpretUnquotedValue(text: string, start: number): ComparisonValue {
    if (text === 'null') return { value: null };
    if (text === 'true' || text === 'false') return { value: text === 'true', unquotedText: text };
    if (!jsonNumberPattern.test(text)) return { value: text, unquotedText: text };

    const value: LiteralValue = Number(text);
    if (!Number.isFinite(value)) this.scanner.fail(`the number ${text} is too large`, start);
    return { value, unquotedText: text };
  }

  private readAttributePath(): string {
    const scanner = this.scanner;
    const start = scanner.index;
    const path = scanner.readWord();
    if (path === '') scanner.fail(`expected an attribute name, found ${scanner.describeHere()}`);

    // A URN contains dots ("2.0") and colons, so only the part after the
    // last colon is checked here; binding matches the URN against the schemas.
    if (urnPrefix.test(path)) {
      const tail = path.slice(path.lastIndexOf(':') + 1);
      if (path.includes('::') || !urnTailPattern.test(tail)) {
        scanner.fail(
          `"${path}" is not an attribute path; write the schema URN, ":" and an attribute name`,
          start,
        );
      }
    } else if (!plainPathPattern.test(path)) {
      scanner.fail(
        `"${path}" is not an attribute path; write attribute or attribute.subAttribute`,
        start,
      );
    }
    return path;
  }

  private readSubAttribute(): string {
    const scanner = this.scanner;
    scanner.advance();
    const start = scanner.index;
    const name = scanner.readWord();
    if (!attributeNamePattern.test(name)) {
      scanner.fail('expected a sub-attribute name after "]."', start);
    }
    return name;
  }

  private skipKeyword(keyword: string): boolean {
    const scanner = this.scanner;
    scanner.skipWhitespace();
    const word = scanner.peekWord();
    if (word.toLowerCase() !== keyword) return false;

    scanner.index += word.length;
    return true;
  }

  private expectClosing(closing: ')' | ']', open: number): void {
    const scanner = this.scanner;
    scanner.skipWhitespace();
    if (scanner.peek() === closing) {
      scanner.advance();
      return;
    }

    const opening = closing === ')' ? '(' : '[';
    if (scanner.atEnd()) {
      scanner.fail(`expected "${closing}" to close the "${opening}" at position ${open + 1}`);
    }
    scanner.fail(`expected "and", "or" or "${closing}", found ${scanner.describeHere()}`);
  }

  private expectEnd(): void {
    const scanner = this.scanner;
    scanner.skipWhitespace();
    if (scanner.atEnd()) return;

    const next = scanner.peek();
    if (next === ')') scanner.fail('this ")" closes no "("');
    if (next === ']') scanner.fail('this "]" closes no "["');
    scanner.fail(`expected "and" or "or", found ${scanner.describeHere()}`);
  }

  private expectPathEnd(): void {
    const scanner = this.scanner;
    scanner.skipWhitespace();
    if (scanner.atEnd()) return;
    scanner.fail(`unexpected ${scanner.describeHere()} after the attribute path`);
  }

  private countComparison(): void {
    this.comparisons += 1;
    if (this.comparisons > filterLimits.maxComparisons) {
      this.scanner.reject(
        `${this.scanner.flavour.subject} has more than ${filterLimits.maxComparisons} ` +
          'comparisons; split it into several requests.',
      );
    }
  }

  private enterNesting(): void {
    this.depth += 1;
    if (this.depth > filterLimits.maxNestingDepth) {
      this.scanner.reject(
        `${this.scanner.flavour.subject} nests parentheses and brackets more than ` +
          `${filterLimits.maxNestingDepth} levels deep; simplify it.`,
      );
    }
  }
}
