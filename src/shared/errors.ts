/**
 * The catalogue of errors Bulwark reports. Each has a stable code that clients can rely on, an
 * HTTP status and a title. Codes are never reused or renamed; add new ones at the end.
 * `expected` errors are the caller's doing (bad input, not found) and are logged at info;
 * the rest are bugs or outages and are logged at error.
 */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid', expected: true },
  MALFORMED_BODY: { status: 400, title: 'The request body could not be parsed', expected: true },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required', expected: true },
  FORBIDDEN: { status: 403, title: 'This role may not do that', expected: true },
  NOT_FOUND: { status: 404, title: 'No such resource', expected: true },
  IDENTITY_NOT_FOUND: { status: 404, title: 'No such identity', expected: true },
  GROUP_NOT_FOUND: { status: 404, title: 'No such group', expected: true },
  TENANT_NOT_FOUND: { status: 404, title: 'No such tenant', expected: true },
  DEAD_LETTER_NOT_FOUND: { status: 404, title: 'No such dead letter', expected: true },
  TOKEN_NOT_FOUND: { status: 404, title: 'No such token', expected: true },
  DUPLICATE_USER_NAME: { status: 409, title: 'The userName is already taken', expected: true },
  DUPLICATE_EMAIL: { status: 409, title: 'The email is already taken', expected: true },
  DUPLICATE_GROUP_NAME: { status: 409, title: 'The group name is already taken', expected: true },
  CONFLICT: { status: 409, title: 'The request conflicts with the current state', expected: true },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large', expected: true },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type', expected: true },
  INVALID_CURSOR: { status: 400, title: 'The pagination cursor is not valid', expected: true },
  INVALID_FILTER: { status: 400, title: 'The filter is not valid', expected: true },
  UNKNOWN_BEHAVIOUR: { status: 400, title: 'Unknown behaviour type', expected: true },
  INTERNAL: { status: 500, title: 'Internal server error', expected: false },
  INVALID_CREDENTIALS: { status: 401, title: 'The email or password is wrong', expected: true },
  TOTP_REQUIRED: { status: 401, title: 'A one-time code is required', expected: true },
  SESSION_EXPIRED: { status: 401, title: 'The session has ended', expected: true },
  CSRF_REJECTED: { status: 403, title: 'The CSRF token is missing or wrong', expected: true },
  TOO_MANY_ATTEMPTS: { status: 429, title: 'Too many attempts; wait and retry', expected: true },
  USER_NOT_FOUND: { status: 404, title: 'No such user', expected: true },
  SSO_NOT_CONFIGURED: { status: 404, title: 'Single sign-on is not set up', expected: true },
  SSO_FAILED: { status: 401, title: 'Single sign-on failed', expected: true },
  LINK_INVALID: { status: 401, title: 'The sign-in link is not valid', expected: true },
  MAIL_NOT_CONFIGURED: { status: 503, title: 'No mail server is configured', expected: true },
  CONNECTOR_NOT_FOUND: { status: 404, title: 'No such connector', expected: true },
  SECRET_KEY_MISSING: {
    status: 503,
    title: 'No key is configured to encrypt credentials',
    expected: true,
  },
  BAD_SIGNATURE: { status: 401, title: 'The signature is missing or wrong', expected: true },
  DESTINATION_NOT_FOUND: { status: 404, title: 'No such destination', expected: true },
  SSF_STREAM_NOT_FOUND: { status: 404, title: 'No such event stream', expected: true },
} as const satisfies Record<string, { status: number; title: string; expected: boolean }>;

export type ErrorCode = keyof typeof errorCatalog;

/** One problem with one field or record, reported with where it is. */
export interface FieldProblem {
  /** Where: a JSON path (`details.url`), a CSV column, or `line 12`. */
  path: string;
  message: string;
}

/** An error the product reports on purpose, with a catalogue code. */
export class AppError extends Error {
  readonly status: number;
  readonly expected: boolean;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message ?? errorCatalog[code].title);
    this.name = 'AppError';
    this.status = errorCatalog[code].status;
    this.expected = errorCatalog[code].expected;
  }
}
