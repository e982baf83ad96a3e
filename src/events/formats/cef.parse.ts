/** A parsed CEF record: the seven header fields and the extension's key-value pairs. */
export interface CefRecord {
  version: string;
  vendor: string;
  product: string;
  deviceVersion: string;
  signatureId: string;
  name: string;
  severity: string;
  extensions: Record<string, string>;
}

export type CefParse = { ok: true; cef: CefRecord } | { ok: false; problem: string };

/**
 * Parses `CEF:Version|Vendor|Product|Version|Signature ID|Name|Severity|Extension`. In the header
 * `\|` and `\\` are escapes; in the extension `\=`, `\\`, `\n` and `\r` (integrations.md §7).
 */
export function parseCef(text: string): CefParse {
  const start = text.indexOf('CEF:');
  if (start < 0) return { ok: false, problem: 'no "CEF:" header found' };
  const fields = splitHeader(text.slice(start + 4));
  if (fields.length < 8)
    return {
      ok: false,
      problem: `header has ${Math.max(fields.length - 1, 0)} of the 7 "|"-separated fields`,
    };
  const [
    version = '',
    vendor = '',
    product = '',
    deviceVersion = '',
    signatureId = '',
    name = '',
    severity = '',
  ] = fields;
  if (!/^\d+$/.test(version.trim()))
    return { ok: false, problem: `version ${JSON.stringify(version)} is not a number` };
  return {
    ok: true,
    cef: {
      version,
      vendor,
      product,
      deviceVersion,
      signatureId,
      name,
      severity: severity.trim(),
      extensions: parseExtension(fields[7] ?? ''),
    },
  };
}

/** Splits the header on unescaped `|`; everything after the seventh is the extension. */
function splitHeader(text: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (fields.length === 7) return [...fields, text.slice(i)];
    if (c === '\\' && (text[i + 1] === '|' || text[i + 1] === '\\')) {
      current += text[i + 1];
      i += 1;
    } else if (c === '|') {
      fields.push(current);
      current = '';
    } else current += c;
  }
  fields.push(current);
  return fields;
}

const KEY_CHAR = /[A-Za-z0-9_.[\]-]/;

/**
 * Values may hold spaces, so a key is found by its unescaped `=` and the run of key characters
 * before it that starts the text or follows a space.
 */
export function parseExtension(text: string): Record<string, string> {
  const keys: { key: string; start: number; eq: number }[] = [];
  for (let eq = 0; eq < text.length; eq += 1) {
    if (text[eq] !== '=' || escaped(text, eq)) continue;
    let start = eq;
    while (start > 0 && KEY_CHAR.test(text[start - 1] ?? '')) start -= 1;
    if (start === eq || (start > 0 && text[start - 1] !== ' ')) continue;
    keys.push({ key: text.slice(start, eq), start, eq });
  }
  const out: Record<string, string> = {};
  keys.forEach(({ key, eq }, n) => {
    const end = keys[n + 1]?.start ?? text.length;
    out[key] = unescapeValue(text.slice(eq + 1, end).trimEnd());
  });
  return out;
}

function escaped(text: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i -= 1) slashes += 1;
  return slashes % 2 === 1;
}

function unescapeValue(value: string): string {
  return value.replace(/\\([\\=nr|])/g, (_m, c: string) =>
    c === 'n' ? '\n' : c === 'r' ? '\r' : c,
  );
}
