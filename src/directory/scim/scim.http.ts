import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../../shared/errors.js';
import { AppError } from '../../shared/errors.js';
import type { ScimType } from './scim.errors.js';
import { ScimError, badRequest, scimErrorBody } from './scim.errors.js';
import { SCIM_MEDIA_TYPE } from './scim.urns.js';

export const SCIM_CONTENT_TYPE = `${SCIM_MEDIA_TYPE}; charset=utf-8`;

/** The base URL of the SCIM endpoints as the client reached them, for `meta.location`. */
export function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/scim/v2`;
}

export function sendScim(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).type(SCIM_CONTENT_TYPE).send(body);
}

const scimTypes: Partial<Record<ErrorCode, ScimType>> = {
  DUPLICATE_USER_NAME: 'uniqueness',
  DUPLICATE_EMAIL: 'uniqueness',
  DUPLICATE_GROUP_NAME: 'uniqueness',
  INVALID_FILTER: 'invalidFilter',
  VALIDATION_FAILED: 'invalidValue',
  MALFORMED_BODY: 'invalidSyntax',
};

const fastifyStatus: Record<string, number> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 413,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 415,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 400,
};

/** Any error as a SCIM error; `expected` says whether it was the caller's doing. */
export function toScimError(
  error: unknown,
  requestId: string,
): { error: ScimError; expected: boolean } {
  if (error instanceof ScimError) return { error, expected: true };
  if (error instanceof AppError)
    return {
      error: new ScimError(error.status, scimTypes[error.code], error.message),
      expected: error.expected,
    };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const detail = error.validation
      .map(
        (v: { instancePath: string; message?: string }) =>
          `${where}${v.instancePath.replace(/\//g, '.')}: ${v.message ?? 'is not valid'}`,
      )
      .join('; ');
    return { error: badRequest('invalidValue', detail), expected: true };
  }
  const f = error as Partial<FastifyError>;
  const status = (f.code && fastifyStatus[f.code]) || f.statusCode;
  if (status && status >= 400 && status < 500)
    return {
      error: new ScimError(status, undefined, f.message ?? 'the request was refused'),
      expected: true,
    };
  const detail = `Something went wrong; quote request id ${requestId} to the operator`;
  return { error: new ScimError(500, undefined, detail), expected: false };
}

/**
 * Makes an encapsulated context speak SCIM: it parses `application/scim+json` and JSON only
 * (an empty body is no body; other types get 415), and answers every error, including 401
 * from the auth hook and unknown paths, with a SCIM Error body.
 */
export function speakScim(scoped: FastifyInstance): void {
  scoped.removeAllContentTypeParsers();
  scoped.addContentTypeParser(
    ['application/json', SCIM_MEDIA_TYPE],
    { parseAs: 'string' },
    (_request, body, done) => {
      const text = String(body);
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch (e) {
        done(badRequest('invalidSyntax', `the body is not valid JSON: ${(e as Error).message}`));
      }
    },
  );
  scoped.setErrorHandler((raw, request, reply) => {
    const { error, expected } = toScimError(raw, String(request.id));
    if (expected)
      request.log.info({ status: error.status, detail: error.message }, 'scim request refused');
    else request.log.error({ err: raw }, 'scim request failed');
    if (error.status === 401) void reply.header('www-authenticate', 'Bearer realm="scim"');
    return sendScim(
      reply,
      error.status,
      scimErrorBody(error.status, error.message, error.scimType),
    );
  });
  scoped.setNotFoundHandler((request, reply) =>
    sendScim(
      reply,
      404,
      scimErrorBody(404, `no SCIM endpoint ${request.method} ${request.url.split('?')[0]}`),
    ),
  );
}
