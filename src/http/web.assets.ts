import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the built dashboard, held in memory: the whole build is a few hundred kilobytes. */
export interface WebAsset {
  type: string;
  body: Buffer;
  /** The body gzipped, for text types that shrink. */
  gzip: Buffer | null;
  /** Vite puts a content hash in every name under assets/, so those never change. */
  immutable: boolean;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const compressible = new Set(['.html', '.js', '.css', '.json', '.map', '.svg', '.txt']);

/** The built dashboard (dist/web), two folders above this file in both src/ and dist/. */
export function defaultWebRoot(): string {
  return path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');
}

/**
 * Every file of the build by its URL path ("/assets/index-abc.js"). Read once at start-up; only
 * files found here are ever served, so no request path reaches the file system.
 */
export function loadWebAssets(root: string): Map<string, WebAsset> {
  const assets = new Map<string, WebAsset>();
  if (!fs.existsSync(path.join(root, 'index.html'))) return assets;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const urlPath = `/${path.relative(root, full).split(path.sep).join('/')}`;
    const ext = path.extname(entry.name);
    const body = fs.readFileSync(full);
    assets.set(urlPath, {
      type: types[ext] ?? 'application/octet-stream',
      body,
      gzip: compressible.has(ext) && body.length > 1024 ? gzipSync(body) : null,
      immutable: urlPath.startsWith('/assets/'),
    });
  }
  return assets;
}
