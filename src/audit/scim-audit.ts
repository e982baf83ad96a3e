import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.js';
import { recordAudit } from './audit.service.js';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every SCIM change that succeeded (an identity provider creating, replacing, patching or
 * deleting a user or group) once it has been answered, with the resource it touched.
 */
export function scimAudit(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/scim/v2/') || !CHANGES.has(request.method)) return;
    if (reply.statusCode >= 300 || !request.viewer) return;
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
  });
}
