import { URN } from './scim.urns.js';

/** The `scimType` values of RFC 7644 §3.12 that this server reports. */
export type ScimType =
  'invalidFilter' | 'uniqueness' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'invalidValue';

/** An error SCIM clients understand: an HTTP status, an optional scimType and a detail. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: ScimType | undefined,
    detail: string,
  ) {
    super(detail);
    this.name = 'ScimError';
  }
}

export const badRequest = (scimType: ScimType, detail: string): ScimError =>
  new ScimError(400, scimType, detail);

export const notFound = (detail: string): ScimError => new ScimError(404, undefined, detail);

export const conflict = (detail: string): ScimError => new ScimError(409, 'uniqueness', detail);

/** The body of a SCIM error response; `status` is a string (RFC 7644 §3.12). */
export interface ScimErrorBody {
  schemas: [typeof URN.error];
  status: string;
  scimType?: ScimType;
  detail: string;
}

export function scimErrorBody(status: number, detail: string, scimType?: ScimType): ScimErrorBody {
  const body: ScimErrorBody = { schemas: [URN.error], status: String(status), detail };
  if (scimType) body.scimType = scimType;
  return body;
}

/**
 * Whether a database error is a unique-constraint violation: two requests raced past the
 * duplicate check and the index caught the second. PostgreSQL says 23505; SQLite names it.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
