import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldProblem } from '../shared/errors.js';
import { AppError, errorCatalog } from '../shared/errors.js';

/** An RFC 9457 problem details body, with Bulwark's stable `code` and the request id. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors: FieldProblem[];
  requestId: string;
}

export const PROBLEM_TYPE_BASE = 'https://bulwark.dev/problems/';

export function problemOf(
  code: ErrorCode,
  detail: string,
  requestId: string,
  errors: FieldProblem[] = [],
): Problem {
  const entry = errorCatalog[code];
  return {
    type: PROBLEM_TYPE_BASE + code.toLowerCase().replace(/_/g, '-'),
    title: entry.title,
    status: entry.status,
    detail,
    code,
    errors,
    requestId,
  };
}

/** Maps Fastify's own errors to catalogue codes: body limits, content types, parse failures. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
};

/**
 * Turns any error into a problem. Expected errors carry their message; anything else becomes a
 * plain 500 whose detail goes only to the log, with the request id to find it there.
 */
export function toProblem(
  error: unknown,
  request: FastifyRequest,
): { problem: Problem; expected: boolean } {
  const id = String(request.id);
  if (error instanceof AppError)
    return {
      problem: problemOf(error.code, error.message, id, error.problems),
      expected: error.expected,
    };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues: readonly { instancePath: string; message?: string }[] = error.validation;
    const errors = issues.map((v) => ({
      path: `${error.validationContext ?? 'request'}${v.instancePath.replace(/\//g, '.')}`,
      message: v.message ?? 'is not valid',
    }));
    return {
      problem: problemOf(
        'VALIDATION_FAILED',
        errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        id,
        errors,
      ),
      expected: true,
    };
  }
  const fastifyError = error as Partial<FastifyError>;
  const code =
    (fastifyError.code && fastifyCodes[fastifyError.code]) ||
    (isJsonSyntax(error) ? 'MALFORMED_BODY' : undefined);
  if (code)
    return {
      problem: problemOf(code, fastifyError.message ?? errorCatalog[code].title, id),
      expected: true,
    };
  if (fastifyError.statusCode === 404)
    return { problem: problemOf('NOT_FOUND', 'No such route', id), expected: true };
  return {
    problem: problemOf(
      'INTERNAL',
      `Something went wrong; quote request id ${id} to the operator`,
      id,
    ),
    expected: false,
  };
}

function isJsonSyntax(error: unknown): boolean {
  return error instanceof SyntaxError || (error as { statusCode?: number }).statusCode === 400;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}
