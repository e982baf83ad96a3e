import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { scimErrorBody } from '../directory/scim/scim.errors.js';
import { sendScim } from '../directory/scim/scim.http.js';
import { AppError } from '../shared/errors.js';
import type { AppContext } from './context.js';
import type { WebAsset } from './web.assets.js';
import { defaultWebRoot, loadWebAssets } from './web.assets.js';

/** Paths that belong to the API; an unknown one is a missing route, never the dashboard. */
const API_PREFIXES = ['/api/', '/scim/', '/healthz', '/documentation', '/.well-known/', '/ssf/'];

/**
 * The dashboard may load only its own scripts and styles and talk only to this server. ECharts
 * draws SVG with style attributes, hence 'unsafe-inline' for styles (never for scripts).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Serves the dashboard: the built files, and index.html for every other GET outside the API, so
 * that the single-page application can route /people/123 itself.
 */
export function webRoutes(app: FastifyInstance, _ctx: AppContext, root = defaultWebRoot()): void {
  const assets = loadWebAssets(root);
  app.get(
    '/*',
    { config: { access: { permission: 'public' } }, schema: { hide: true } },
    async (request, reply) => {
      const urlPath = request.url.split('?')[0] ?? '/';
      // SCIM clients expect SCIM error bodies even for paths that do not exist.
      if (urlPath.startsWith('/scim/'))
        return sendScim(reply, 404, scimErrorBody(404, `no SCIM endpoint GET ${urlPath}`));
      if (API_PREFIXES.some((p) => urlPath.startsWith(p)))
        throw new AppError('NOT_FOUND', 'No such route');
      const asset = assets.get(urlPath);
      if (asset) return sendAsset(request, reply, asset);
      if (urlPath.startsWith('/assets/')) throw new AppError('NOT_FOUND', 'No such file');
      const index = assets.get('/index.html');
      if (!index)
        throw new AppError('NOT_FOUND', 'The dashboard is not built: run "npm run build"');
      return sendAsset(request, reply, index);
    },
  );
}

function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: WebAsset): FastifyReply {
  reply.header('content-type', asset.type);
  reply.header('x-content-type-options', 'nosniff');
  reply.header(
    'cache-control',
    asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  if (asset.type.startsWith('text/html')) {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  }
  if (asset.gzip) {
    reply.header('vary', 'accept-encoding');
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')))
      return reply.header('content-encoding', 'gzip').send(asset.gzip);
  }
  return reply.send(asset.body);
}
