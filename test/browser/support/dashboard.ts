import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { RecordingMailSender } from '../../../src/accounts/mail.js';
import { createAppContext } from '../../../src/app/app-context.js';
import { loadConfig } from '../../../src/config/config.js';
import { buildServer } from '../../../src/http/server.js';
import { createLogger } from '../../../src/logging/logger.js';
import { createTestDatabase } from '../../support/database.js';
import type { TestServer } from '../../support/server.js';

const webBuild = path.resolve(import.meta.dirname, '../../../dist/web/index.html');

/** The dashboard is served from dist/web; build it once if `npm run build` has not. */
export async function ensureDashboardBuilt(): Promise<void> {
  if (fs.existsSync(webBuild)) return;
  const { build } = await import('vite');
  await build({
    configFile: path.resolve(import.meta.dirname, '../../../web/vite.config.ts'),
    logLevel: 'warn',
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Dashboard extends TestServer {
  /** Where the browser reaches it, e.g. http://127.0.0.1:41234 */
  url: string;
  mail: RecordingMailSender;
}

/**
 * The real server, listening on loopback with a fresh database and mail kept in memory. Connector
 * secrets get a fresh key, and connectors may reach vendor fakes on loopback.
 */
export async function startDashboard(): Promise<Dashboard> {
  await ensureDashboardBuilt();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t = await createTestDatabase();
  const config = loadConfig({
    BULWARK_DATABASE_URL: t.url,
    BULWARK_PUBLIC_URL: url,
    BULWARK_SECRET_KEY: randomBytes(32).toString('base64'),
    BULWARK_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1/32',
  });
  const mail = new RecordingMailSender();
  const ctx = { ...createAppContext(t.db, config, createLogger('silent')), mail };
  const app = await buildServer(ctx);
  await app.listen({ port, host: '127.0.0.1' });
  return {
    app,
    t,
    url,
    mail,
    close: async () => {
      await app.close();
      await t.drop();
    },
  };
}
