import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import { makeTenant, uniqueEmail } from '../../test/support/factories.js';
import type { TestServer } from '../../test/support/server.js';
import { createAppContext } from '../app/app-context.js';
import { loadConfig } from '../config/config.js';
import { buildServer } from '../http/server.js';
import { createLogger } from '../logging/logger.js';
import { userIn } from './accounts.test-support.js';
import { RecordingMailSender } from './mail.js';

let s: TestServer;
const mail = new RecordingMailSender();

beforeAll(async () => {
  const t = await createTestDatabase();
  const config = loadConfig({
    BULWARK_DATABASE_URL: t.url,
    BULWARK_PUBLIC_URL: 'https://bulwark.example.com',
  });
  const app = await buildServer({
    ...createAppContext(t.db, config, createLogger('silent')),
    mail,
  });
  s = { app, t, close: async () => (await app.close(), await t.drop()) };
});
afterAll(() => s.close());

const settle = () => new Promise((resolve) => setImmediate(resolve));

async function ask(email: string, tenant: string, ip = '10.9.9.9') {
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/v1/auth/email-link',
    payload: { email, tenant },
    remoteAddress: ip,
  });
  await settle();
  return res;
}

function tokenOf(text: string | undefined): string {
  const token = /#token=([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1];
  if (!token) throw new Error('no token in the mail');
  return token;
}

const redeem = (token: string) =>
  s.app.inject({ method: 'POST', url: '/api/v1/auth/email-link/redeem', payload: { token } });

describe('sign-in by email link', () => {
  it('mails a one-time link that signs the employee in once', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'analyst', { password: null });
    const before = mail.sent.length;
    const res = await ask(user.email, tenant.slug);
    expect(res.statusCode).toBe(202);
    const message = mail.sent[before];
    expect(message?.to).toBe(user.email);
    expect(message?.text).toContain('https://bulwark.example.com/sign-in/email#token=');
    const token = tokenOf(message?.text);
    const stored = await s.t.db.all<{ token_hash: string }>('SELECT token_hash FROM email_links');
    expect(stored.some((r) => r.token_hash === token)).toBe(false);
    const first = await redeem(token);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ method: 'email-link', tenant: { slug: tenant.slug } });
    expect(String(first.headers['set-cookie'])).toContain('bulwark_session=');
    const again = await redeem(token);
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('LINK_INVALID');
  });

  it('answers the same for a stranger, a member of another tenant and an unknown tenant', async () => {
    const tenant = await makeTenant(s.t.db);
    const other = await makeTenant(s.t.db);
    const outsider = await userIn(s, other, 'analyst', { password: null });
    const before = mail.sent.length;
    const answers = [
      await ask(uniqueEmail('stranger'), tenant.slug, '10.9.9.1'),
      await ask(outsider.email, tenant.slug, '10.9.9.2'),
      await ask(outsider.email, 'no-such-tenant', '10.9.9.3'),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(mail.sent.length).toBe(before);
  });

  it('refuses an expired link and a made-up one', async () => {
    const tenant = await makeTenant(s.t.db);
    const user = await userIn(s, tenant, 'auditor', { password: null });
    const before = mail.sent.length;
    await ask(user.email, tenant.slug, '10.9.9.4');
    const token = tokenOf(mail.sent[before]?.text);
    await s.t.db.run('UPDATE email_links SET expires_at = ? WHERE user_id = ?', [
      Date.now() - 1,
      user.id,
    ]);
    expect((await redeem(token)).statusCode).toBe(401);
    expect((await redeem('A'.repeat(43))).statusCode).toBe(401);
    expect((await redeem('short')).statusCode).toBe(401);
  });

  it('limits how many links one address may ask for', async () => {
    const tenant = await makeTenant(s.t.db);
    const email = uniqueEmail('flood');
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await ask(email, tenant.slug, `10.8.0.${i}`)).statusCode);
    expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('says when no mail server is configured', async () => {
    const plain = await buildServer(
      createAppContext(
        s.t.db,
        loadConfig({ BULWARK_DATABASE_URL: s.t.url }),
        createLogger('silent'),
      ),
    );
    const res = await plain.inject({
      method: 'POST',
      url: '/api/v1/auth/email-link',
      payload: { email: uniqueEmail(), tenant: 'x' },
    });
    await plain.close();
    expect(res.statusCode).toBe(503);
    expect(res.json().detail).toContain('BULWARK_SMTP_URL');
  });
});
