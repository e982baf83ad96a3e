import type { z } from 'zod';
import type { FieldProblem } from '../../shared/errors.js';

/** Joins a base path and a zod path into `clicksPermitted[3].recipient` form. */
export function joinPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(record)' : out;
}

/** Every issue of a failed parse, each with its full path. */
export function zodProblems(error: z.ZodError, base = ''): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: joinPath(base, issue.path),
    message: issue.message.replace(/^Invalid input: /, ''),
  }));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Parses `value` with `schema`, reporting problems under `base`. */
export function parseAt<T>(schema: z.ZodType<T>, value: unknown, base = ''): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: zodProblems(result.error, base) };
}

export function describeProblems(problems: readonly FieldProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('; ');
}

/** A short description of a value's kind, for messages. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
