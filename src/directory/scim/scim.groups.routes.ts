import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { viewerOfRequest } from '../../http/auth.hook.js';
import { presentGroup } from './scim.group.js';
import type { GroupResult } from './scim.groups.service.js';
import {
  createGroup,
  getGroup,
  listGroups,
  patchGroup,
  removeGroup,
  replaceGroup,
} from './scim.groups.service.js';
import { baseUrl, sendScim } from './scim.http.js';
import { listResponse, omits, pagingOf, project, projectionOf } from './scim.list.js';
import { idParams, listQuery, resourceQuery, scimRoute } from './scim.schemas.js';

/**
 * /Groups. Members are loaded only when the response shows them: Entra asks with
 * `excludedAttributes=members` so that large groups stay cheap to look up.
 */
export function scimGroupRoutes(scoped: FastifyInstance, ctx: AppContext): void {
  const api = scoped.withTypeProvider<ZodTypeProvider>();
  const tenantOf = (request: FastifyRequest) => viewerOfRequest(request).tenantId;
  const show = (request: FastifyRequest, r: GroupResult) =>
    presentGroup(r.group, r.members, baseUrl(request));

  api.get(
    '/Groups',
    { ...scimRoute, schema: { hide: true, querystring: listQuery } },
    async (request, reply) => {
      const q = request.query;
      const paging = pagingOf(q.startIndex, q.count);
      const projection = projectionOf(q.attributes, q.excludedAttributes);
      const withMembers = !omits(projection, 'members');
      const page = await listGroups(ctx.db, tenantOf(request), q.filter, paging, withMembers);
      const resources = page.items.map((r) => project(show(request, r), projection));
      return sendScim(reply, 200, listResponse(page.total, paging.startIndex, resources));
    },
  );

  api.get(
    '/Groups/:id',
    { ...scimRoute, schema: { hide: true, params: idParams, querystring: resourceQuery } },
    async (request, reply) => {
      const projection = projectionOf(request.query.attributes, request.query.excludedAttributes);
      const withMembers = !omits(projection, 'members');
      const result = await getGroup(ctx.db, tenantOf(request), request.params.id, withMembers);
      return sendScim(reply, 200, project(show(request, result), projection));
    },
  );

  api.post('/Groups', { ...scimRoute, schema: { hide: true } }, async (request, reply) => {
    const result = await createGroup(ctx.db, tenantOf(request), request.body, ctx.clock.now());
    void reply.header('location', `${baseUrl(request)}/Groups/${result.group.id}`);
    return sendScim(reply, 201, show(request, result));
  });

  api.put(
    '/Groups/:id',
    { ...scimRoute, schema: { hide: true, params: idParams } },
    async (request, reply) => {
      const now = ctx.clock.now();
      const result = await replaceGroup(
        ctx.db,
        tenantOf(request),
        request.params.id,
        request.body,
        now,
      );
      return sendScim(reply, 200, show(request, result));
    },
  );

  api.patch(
    '/Groups/:id',
    { ...scimRoute, schema: { hide: true, params: idParams } },
    async (request, reply) => {
      await patchGroup(ctx.db, tenantOf(request), request.params.id, request.body, ctx.clock.now());
      return reply.code(204).send();
    },
  );

  api.delete(
    '/Groups/:id',
    { ...scimRoute, schema: { hide: true, params: idParams } },
    async (request, reply) => {
      await removeGroup(ctx.db, tenantOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
