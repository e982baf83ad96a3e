import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { notFound } from './scim.errors.js';
import { resourceTypes, schemas, serviceProviderConfig } from './scim.discovery.js';
import { scimGroupRoutes } from './scim.groups.routes.js';
import { baseUrl, sendScim, speakScim } from './scim.http.js';
import { listResponse } from './scim.list.js';
import { scimRoute } from './scim.schemas.js';
import { scimUserRoutes } from './scim.users.routes.js';
import { sameUrn } from './scim.urns.js';

/**
 * The SCIM 2.0 server under /scim/v2 (RFC 7643, 7644) for Okta and Entra provisioning. It runs
 * in its own encapsulated context so that its errors are SCIM Error bodies, not problem details.
 */
export function scimRoutes(app: FastifyInstance, ctx: AppContext): void {
  void app.register(
    async (scoped) => {
      speakScim(scoped);
      scimDiscoveryRoutes(scoped);
      scimUserRoutes(scoped, ctx);
      scimGroupRoutes(scoped, ctx);
      return Promise.resolve();
    },
    { prefix: '/scim/v2' },
  );
}

function scimDiscoveryRoutes(scoped: FastifyInstance): void {
  const api = scoped.withTypeProvider<ZodTypeProvider>();
  const byId = {
    ...scimRoute,
    schema: { hide: true, params: z.object({ id: z.string().max(200) }) },
  };

  api.get(
    '/ServiceProviderConfig',
    { ...scimRoute, schema: { hide: true } },
    async (request, reply) => sendScim(reply, 200, serviceProviderConfig(baseUrl(request))),
  );

  api.get('/ResourceTypes', { ...scimRoute, schema: { hide: true } }, async (request, reply) => {
    const types = resourceTypes(baseUrl(request));
    return sendScim(reply, 200, listResponse(types.length, 1, types));
  });

  api.get('/ResourceTypes/:id', byId, async (request, reply) => {
    const found = resourceTypes(baseUrl(request)).find((t) => t.id === request.params.id);
    if (!found) throw notFound(`no resource type ${request.params.id}`);
    return sendScim(reply, 200, found);
  });

  api.get('/Schemas', { ...scimRoute, schema: { hide: true } }, async (request, reply) => {
    const all = schemas(baseUrl(request));
    return sendScim(reply, 200, listResponse(all.length, 1, all));
  });

  api.get('/Schemas/:id', byId, async (request, reply) => {
    const found = schemas(baseUrl(request)).find((s) => sameUrn(String(s.id), request.params.id));
    if (!found) throw notFound(`no schema ${request.params.id}`);
    return sendScim(reply, 200, found);
  });
}
