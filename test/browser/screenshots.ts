// Screenshots of the main pages for docs/screenshots: `npm run screenshots`. Loads a 2,000-person
// demo organisation (180 days, the last 90 with daily history, as `bulwark demo` loads it) into a
// temporary database, serves the dashboard and photographs each page in Chromium on a laptop
// screen (and the overview on a tablet).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createAppContext } from '../../src/app/app-context.js';
import { loadConfig } from '../../src/config/config.js';
import { buildServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logging/logger.js';
import { openDatabase } from '../../src/storage/open.js';
import { createToken } from '../../src/auth/token.service.js';
import { launchChromium, viewports } from './support/chromium.js';
import { loadScoredDemo, memberWithPassword } from './support/demo.js';
import { TEST_PASSWORD } from './support/organisation.js';
import { waitUntilLoaded } from './support/settle.js';

const out = path.resolve('docs/screenshots');
const PORT = 18_080;
const base = `http://127.0.0.1:${PORT}`;

async function main(): Promise<void> {
  await buildDashboard();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-shots-'));
  const url = `sqlite:${path.join(dir, 'shots.db')}`;
  const db = await openDatabase(url);
  console.log('loading the demo organisation with 90 days of history…');
  const tenant = await loadScoredDemo(db, 2000, 180);
  const app = await buildServer(
    createAppContext(
      db,
      loadConfig({ BULWARK_DATABASE_URL: url, BULWARK_PUBLIC_URL: base }),
      createLogger('silent'),
    ),
  );
  const { token } = await createToken(db, tenant.id, { name: 'screenshots', role: 'admin' });
  const headers = { authorization: `Bearer ${token}` };
  const top = (
    await app.inject({ url: '/api/v1/risk/identities?kind=person&limit=1', headers })
  ).json<{
    items: { identity: { id: string; email: string } }[];
  }>().items[0];
  if (!top) throw new Error('the demo has no scored people');
  await app.inject({
    method: 'POST',
    url: '/api/v1/ingest/okta',
    headers,
    payload: [{ uuid: 'broken-1', eventType: 'user.session.start', published: 'yesterday' }],
  });
  await memberWithPassword(db, tenant.id, 'admin@demo.test', 'admin');
  await memberWithPassword(db, tenant.id, 'employee@demo.test', 'employee', top.identity.id);
  await app.listen({ port: PORT, host: '127.0.0.1' });

  const browser = await launchChromium();
  try {
    fs.mkdirSync(out, { recursive: true });
    const page = await browser.newPage({ baseURL: base, viewport: viewports.laptop });
    await page.goto('/login');
    await shoot(page, '01-sign-in', false);
    await signIn(page, 'admin@demo.test');
    await visit(page, '/overview', '02-overview');
    await visit(page, '/people', '03-people');
    await visit(page, `/people/${top.identity.id}`, '04-person');
    await visit(page, '/agents', '05-agents');
    await visit(page, '/cohorts', '06-cohorts');
    await page
      .getByRole('link', { name: /top 10/i })
      .first()
      .click();
    await waitUntilLoaded(page);
    await shoot(page, '07-cohort');
    await visit(page, '/integrations', '08-integrations');
    await visit(page, '/settings/users', '09-settings');
    await page.setViewportSize(viewports.tablet);
    await visit(page, '/overview', '10-overview-tablet');
    const employee = await browser.newPage({ baseURL: base, viewport: viewports.laptop });
    await signIn(employee, 'employee@demo.test');
    await waitUntilLoaded(employee);
    await shoot(employee, '11-my-security');
  } finally {
    await browser.close();
    await app.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Always built afresh: pictures of an earlier build would not show the code they document. */
async function buildDashboard(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.resolve('web/vite.config.ts'), logLevel: 'warn' });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function visit(page: Page, to: string, name: string): Promise<void> {
  await page.goto(to);
  await waitUntilLoaded(page);
  await shoot(page, name);
}

async function shoot(page: Page, name: string, settle = true): Promise<void> {
  // Charts animate in; the picture should show them drawn.
  if (settle) await page.waitForTimeout(1200);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  console.log(`docs/screenshots/${name}.png`);
}

await main();
