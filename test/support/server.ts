import type { FastifyInstance } from 'fastify';
import { createAppContext } from '../../src/app/app-context.js';
import type { Role } from '../../src/auth/roles.js';
import { createToken } from '../../src/auth/token.service.js';
import type { Scope } from '../../src/auth/viewer.js';
import { loadConfig } from '../../src/config/config.js';
import { buildServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logging/logger.js';
import type { Tenant } from '../../src/tenancy/tenant.js';
import type { TestDatabase } from './database.js';
import { createTestDatabase } from './database.js';
import { makeTenant } from './factories.js';

export interface TestServer {
  app: FastifyInstance;
  t: TestDatabase;
  close(): Promise<void>;
}

/** The real server on a fresh test database, driven with `inject`. */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const t = await createTestDatabase();
  const config = loadConfig({ BULWARK_DATABASE_URL: t.url, ...overrides });
  const app = await buildServer(createAppContext(t.db, config, createLogger('silent')));
  return {
    app,
    t,
    close: async () => {
      await app.close();
      await t.drop();
    },
  };
}

export async function tokenFor(
  server: TestServer,
  tenant: Tenant,
  role: Role,
  subject?: string,
  scope?: Scope,
): Promise<string> {
  const created = await createToken(server.t.db, tenant.id, {
    name: `${role} test`,
    role,
    subject,
    scope,
  });
  return created.token;
}

export async function tenantWithAdmin(
  server: TestServer,
): Promise<{ tenant: Tenant; token: string }> {
  const tenant = await makeTenant(server.t.db);
  return { tenant, token: await tokenFor(server, tenant, 'admin') };
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}
