import type { ScimType } from './scim.errors.js';
import { badRequest } from './scim.errors.js';

/**
 * The SCIM filter language (RFC 7644 §3.4.2.2): attribute comparisons, `pr`, `and`, `or`, `not`,
 * grouping with parentheses and value paths in brackets. Precedence, loosest first:
 * or, and, not, then comparisons and groups. Attribute names and operators are case-insensitive.
 */
export const compareOps = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const;
export type CompareOp = (typeof compareOps)[number];
export type FilterValue = string | number | boolean | null;

/** `urn:…:User:name.givenName`, `emails[type eq "work"].value`; names keep the sender's case. */
export interface AttrPath {
  /** The schema URN the attribute was qualified with, if any. */
  schema?: string;
  attr: string;
  /** The bracketed filter that selects values of a multi-valued attribute. */
  filter?: Filter;
  sub?: string;
}

export type Filter =
  | { kind: 'compare'; path: AttrPath; op: CompareOp; value: FilterValue }
  | { kind: 'present'; path: AttrPath }
  /** `emails[type eq "work"]` on its own: some value matches the bracketed filter. */
  | { kind: 'has'; path: AttrPath }
  | { kind: 'and' | 'or'; left: Filter; right: Filter }
  | { kind: 'not'; filter: Filter };

const MAX_LENGTH = 4096;
const MAX_DEPTH = 32;

type TokenType = 'word' | 'string' | '(' | ')' | '[' | ']';
interface Token {
  type: TokenType;
  text: string;
  at: number;
}

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|([()[\]])|([^\s()[\]"]+))/y;

function tokenize(text: string, fail: (msg: string) => never): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(start).trim() === '') break;
      fail(`unexpected character at position ${start + 1} (an unclosed string?)`);
    }
    const [whole, str, punct, word] = m;
    const at = start + whole.length - (str ?? punct ?? word ?? '').length;
    if (str !== undefined) tokens.push({ type: 'string', text: str, at });
    else if (punct !== undefined) tokens.push({ type: punct as TokenType, text: punct, at });
    else if (word !== undefined) tokens.push({ type: 'word', text: word, at });
  }
  return tokens;
}

const ATTR_NAME = /^(?:\$ref|[A-Za-z][\w-]*)$/;

/** Splits `urn:…:User:manager.value` into schema, attribute and sub-attribute. */
export function splitAttrPath(
  word: string,
  fail: (msg: string) => never,
): Pick<AttrPath, 'schema' | 'attr' | 'sub'> {
  let rest = word;
  let schema: string | undefined;
  if (word.toLowerCase().startsWith('urn:')) {
    const colon = word.lastIndexOf(':');
    schema = word.slice(0, colon);
    rest = word.slice(colon + 1);
  }
  const parts = rest.split('.');
  const [attr, sub] = parts;
  if (
    !attr ||
    parts.length > 2 ||
    !ATTR_NAME.test(attr) ||
    (sub !== undefined && !ATTR_NAME.test(sub))
  )
    fail(`"${word}" is not an attribute path`);
  return { ...(schema ? { schema } : {}), attr, ...(sub ? { sub } : {}) };
}

class Parser {
  private pos = 0;
  private depth = 0;
  private inBrackets = false;

  constructor(
    private readonly tokens: Token[],
    readonly fail: (msg: string) => never,
  ) {}

  done(): boolean {
    return this.pos >= this.tokens.length;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private peekWord(word: string): boolean {
    const t = this.peek();
    return t?.type === 'word' && t.text.toLowerCase() === word;
  }

  private next(what: string): Token {
    const t = this.tokens[this.pos++];
    if (!t) this.fail(`expected ${what} but the filter ended`);
    return t;
  }

  expect(type: TokenType): Token {
    const t = this.next(`"${type}"`);
    if (t.type !== type) this.fail(`expected "${type}" at position ${t.at + 1}, found "${t.text}"`);
    return t;
  }

  parseOr(): Filter {
    if (++this.depth > MAX_DEPTH) this.fail(`the filter nests deeper than ${MAX_DEPTH} levels`);
    let left = this.parseAnd();
    while (this.peekWord('or')) {
      this.pos++;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    this.depth--;
    return left;
  }

  private parseAnd(): Filter {
    let left = this.parseNot();
    while (this.peekWord('and')) {
      this.pos++;
      left = { kind: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): Filter {
    if (!this.peekWord('not')) return this.parsePrimary();
    this.pos++;
    return { kind: 'not', filter: this.parsePrimary() };
  }

  private parsePrimary(): Filter {
    if (this.peek()?.type !== '(') return this.parseAttrExp();
    this.pos++;
    const inner = this.parseOr();
    this.expect(')');
    return inner;
  }

  private parseAttrExp(): Filter {
    const path = this.parsePath(!this.inBrackets);
    const t = this.peek();
    const op = t?.type === 'word' ? t.text.toLowerCase() : undefined;
    if (path.filter && !path.sub && (op === undefined || op === 'and' || op === 'or'))
      return { kind: 'has', path };
    const opToken = this.next('an operator');
    if (op === 'pr') return { kind: 'present', path };
    if (!op || !(compareOps as readonly string[]).includes(op))
      this.fail(`"${opToken.text}" at position ${opToken.at + 1} is not an operator`);
    return { kind: 'compare', path, op: op as CompareOp, value: this.parseValue() };
  }

  /** An attribute path, with a bracketed value filter when `allowFilter`. */
  parsePath(allowFilter: boolean): AttrPath {
    const t = this.next('an attribute');
    if (t.type !== 'word') this.fail(`expected an attribute at position ${t.at + 1}`);
    const path: AttrPath = splitAttrPath(t.text, this.fail);
    if (this.peek()?.type !== '[') return path;
    if (!allowFilter || path.sub)
      this.fail(`a value filter is not allowed at position ${t.at + 1}`);
    this.pos++;
    this.inBrackets = true;
    path.filter = this.parseOr();
    this.inBrackets = false;
    const close = this.expect(']');
    const after = this.peek();
    if (after?.type === 'word' && after.text.startsWith('.') && after.at === close.at + 1) {
      this.pos++;
      const sub = after.text.slice(1);
      if (!ATTR_NAME.test(sub)) this.fail(`"${after.text}" is not a sub-attribute`);
      path.sub = sub;
    }
    return path;
  }

  private parseValue(): FilterValue {
    const t = this.next('a value');
    if (t.type === 'string') return JSON.parse(t.text) as string;
    const word = t.type === 'word' ? t.text.toLowerCase() : '';
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(word)) return Number(word);
    return this.fail(
      `"${t.text}" at position ${t.at + 1} is not a value: quote strings, e.g. "${t.text}"`,
    );
  }
}

function failWith(scimType: ScimType, what: string): (msg: string) => never {
  return (msg) => {
    throw badRequest(scimType, `${what}: ${msg}`);
  };
}

/** Parses a `filter` query parameter; a bad one is a 400 with scimType invalidFilter. */
export function parseFilter(text: string): Filter {
  const fail = failWith('invalidFilter', 'filter');
  if (text.length > MAX_LENGTH) fail(`longer than ${MAX_LENGTH} characters`);
  const parser = new Parser(tokenize(text, fail), fail);
  if (parser.done()) fail('is empty');
  const filter = parser.parseOr();
  if (!parser.done()) fail('has text after the end of the expression');
  return filter;
}

/** Parses a PATCH `path`; a bad one is a 400 with scimType invalidPath. */
export function parsePath(text: string, where: string): AttrPath {
  const fail = failWith('invalidPath', where);
  if (text.length > MAX_LENGTH) fail(`longer than ${MAX_LENGTH} characters`);
  const parser = new Parser(tokenize(text, fail), fail);
  const path = parser.parsePath(true);
  if (!parser.done()) fail(`"${text}" has text after the attribute path`);
  return path;
}
