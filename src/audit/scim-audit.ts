import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.js';
import { recordAudit } from './audit.service.js';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every SCIM change that succeeded (an identity provider creating, replacing, patching or
 * deleting a user or group), with the resource it touched, just before the answer is sent: so the
 * record exists by the time the identity provider sees success.
 */
export function scimAudit(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (!request.url.startsWith('/scim/v2/') || !CHANGES.has(request.method)) return payload;
    if (reply.statusCode >= 300 || !request.viewer) return payload;
    const location = reply.getHeader('location');
    const path = typeof location === 'string' ? new URL(location).pathname : request.url;
    const resource = /\/scim\/v2\/(Users|Groups)\/([^/?]+)/.exec(path);
    try {
      await recordAudit(ctx.db, request.viewer.tenantId, {
        action: 'scim.changed',
        actor: request.viewer.actor,
        ip: request.ip,
        target: resource
          ? `${resource[1] === 'Users' ? 'identity' : 'group'}:${resource[2]}`
          : null,
        details: { method: request.method, path: path.split('?')[0] },
      });
    } catch (err) {
      request.log.error({ err }, 'audit record of a SCIM change failed');
    }
    return payload;
  });
}
