import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { viewerOfRequest } from '../../http/auth.hook.js';
import { listResponse, pagingOf, project, projectionOf } from './scim.list.js';
import { baseUrl, sendScim } from './scim.http.js';
import { idParams, listQuery, resourceQuery, scimRoute } from './scim.schemas.js';
import { presentUser } from './scim.user-present.js';
import type { UserResult } from './scim.users.service.js';
import {
  createUser,
  deleteUser,
  getUser,
  listUsers,
  patchUser,
  replaceUser,
} from './scim.users.service.js';

/** /Users: create, read, list with filter and paging, replace, patch and delete. */
export function scimUserRoutes(scoped: FastifyInstance, ctx: AppContext): void {
  const api = scoped.withTypeProvider<ZodTypeProvider>();
  const tenantOf = (request: FastifyRequest) => viewerOfRequest(request).tenantId;
  const show = (request: FastifyRequest, r: UserResult) => {
    if (r.ignored.length) request.log.info({ ignored: r.ignored }, 'scim user attributes not kept');
    return presentUser(r.identity, r.groups, baseUrl(request));
  };

  api.get(
    '/Users',
    { ...scimRoute, schema: { hide: true, querystring: listQuery } },
    async (request, reply) => {
      const q = request.query;
      const paging = pagingOf(q.startIndex, q.count);
      const projection = projectionOf(q.attributes, q.excludedAttributes);
      const page = await listUsers(ctx.db, tenantOf(request), q.filter, paging);
      const base = baseUrl(request);
      const resources = page.items.map((i) =>
        project(presentUser(i, page.groups.get(i.id) ?? [], base), projection),
      );
      return sendScim(reply, 200, listResponse(page.total, paging.startIndex, resources));
    },
  );

  api.get(
    '/Users/:id',
    { ...scimRoute, schema: { hide: true, params: idParams, querystring: resourceQuery } },
    async (request, reply) => {
      const projection = projectionOf(request.query.attributes, request.query.excludedAttributes);
      const result = await getUser(ctx.db, tenantOf(request), request.params.id);
      return sendScim(reply, 200, project(show(request, result), projection));
    },
  );

  api.post('/Users', { ...scimRoute, schema: { hide: true } }, async (request, reply) => {
    const result = await createUser(ctx.db, tenantOf(request), request.body, ctx.clock.now());
    const user = show(request, result);
    void reply.header('location', `${baseUrl(request)}/Users/${result.identity.id}`);
    return sendScim(reply, 201, user);
  });

  api.put(
    '/Users/:id',
    { ...scimRoute, schema: { hide: true, params: idParams } },
    async (request, reply) => {
      const now = ctx.clock.now();
      const result = await replaceUser(
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
    '/Users/:id',
    { ...scimRoute, schema: { hide: true, params: idParams } },
    async (request, reply) => {
      const now = ctx.clock.now();
      const result = await patchUser(
        ctx.db,
        tenantOf(request),
        request.params.id,
        request.body,
        now,
      );
      return sendScim(reply, 200, show(request, result));
    },
  );

  api.delete(
    '/Users/:id',
    { ...scimRoute, schema: { hide: true, params: idParams } },
    async (request, reply) => {
      await deleteUser(ctx.db, tenantOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
