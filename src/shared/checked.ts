import type { z } from 'zod';
import type { FieldProblem } from './errors.js';
import { AppError } from './errors.js';

/**
 * Parses one part of a configured integration (its `settings` or `credentials`) with the driver's
 * schema, naming each problem by its path under `root`. `owner` says whose part it is ("the
 * connector's", "the destination's") in the error.
 */
export function checkedPart<T>(
  schema: z.ZodType<T>,
  value: unknown,
  root: string,
  owner: string,
): T {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const problems: FieldProblem[] = parsed.error.issues.map((issue) => ({
    path: [root, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new AppError('VALIDATION_FAILED', `${owner} ${root} are not valid`, problems);
}

/** Runs both checks so that every problem is reported, not only those of the first. */
export function checkedBoth<A, B>(a: () => A, b: () => B, owner: string): [A, B] {
  const problems: FieldProblem[] = [];
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const first = attempt(a);
  const second = attempt(b);
  if (problems.length > 0 || first === undefined || second === undefined)
    throw new AppError('VALIDATION_FAILED', `${owner} settings are not valid`, problems);
  return [first, second];
}
