import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';
import type { Origin } from './login.service.js';

/** Where a request comes from: the client address (behind a trusted proxy, the forwarded one). */
export function originOf(request: FastifyRequest): Origin {
  const agent = request.headers['user-agent'];
  return { ip: request.ip || null, userAgent: typeof agent === 'string' ? agent : null };
}

/** The viewer of a request as the audit log names them. */
export function actorOf(request: FastifyRequest): Actor {
  return { actor: request.viewer?.actor ?? 'anonymous', ip: request.ip || null };
}
