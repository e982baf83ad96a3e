import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestIdp } from '../../src/accounts/oidc.test-support.js';
import { startTestIdp } from '../../src/accounts/oidc.test-support.js';
import { userIn } from '../../src/accounts/accounts.test-support.js';
import { makeKeyPair, startSamlIdp } from '../../src/accounts/saml.test-support.js';
import { fakeOkta } from '../../src/connectors/vendor-fakes.test-support.js';
import { makeTenant } from '../support/factories.js';
import { bearer } from '../support/server.js';
import { chromiumPath, launchChromium, skipReason, viewports } from './support/chromium.js';
import type { Dashboard } from './support/dashboard.js';
import { startDashboard } from './support/dashboard.js';
import type { Organisation } from './support/organisation.js';
import { seedOrganisation } from './support/organisation.js';
import { expectAccessible, navigation, openTab, signIn } from './support/journey.js';
import type { Tab } from './support/journey.js';

if (!chromiumPath) console.warn(skipReason);

describe.skipIf(!chromiumPath)('dashboard journeys in Chromium', () => {
  let d: Dashboard;
  let org: Organisation;
  let browser: Browser;
  let idp: TestIdp;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    d = await startDashboard();
    org = await seedOrganisation(d);
    idp = await startTestIdp(`${d.url}/api/v1/auth/oidc/${org.tenant.slug}/callback`);
    const put = await d.app.inject({
      method: 'PUT',
      url: '/api/v1/sso/oidc',
      headers: bearer(org.adminToken),
      payload: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret },
    });
    if (put.statusCode !== 200) throw new Error(put.body);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await idp?.close();
    await d?.close();
  });

  async function tab(): Promise<Tab> {
    const opened = await openTab(browser, d.url);
    tabs.push(opened);
    return opened;
  }

  it('signs in with a password and lands on an accessible dashboard', async () => {
    const { page, errors } = await tab();
    await page.goto('/people');
    await page.waitForURL(/\/login\?next=%2Fpeople/);
    await expectAccessible(page, 'sign-in page');
    await signIn(page, org.admin.email);
    expect(new URL(page.url()).pathname).toBe('/people');
    await expect.poll(() => navigation(page)).toContain('Integrations');
    await page.getByRole('link', { name: 'Fay Risky' }).waitFor();
    await expectAccessible(page, 'people page');
    await page.setViewportSize(viewports.tablet);
    await expectAccessible(page, 'people page on a tablet');
    expect(errors).toEqual([]);
  });

  it('works from the keyboard: skip link, navigation and sorting', async () => {
    const { page, errors } = await tab();
    await signIn(page, org.admin.email);
    await page.goto('/people?sort=name');
    await page.getByRole('link', { name: 'Fay Risky' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const header = page.getByRole('columnheader', { name: /Department/ });
    expect(await header.getAttribute('aria-sort')).toBeNull();
    for (let i = 0; i < 40 && !(await focused()).startsWith('Department'); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('department');
    expect(errors).toEqual([]);
  });

  it('refuses a wrong password and says so', async () => {
    const { page } = await tab();
    await page.goto('/login');
    await page.getByLabel('Email', { exact: true }).fill(org.admin.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Not signed in');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs in through the tenant identity provider (OpenID Connect)', async () => {
    idp.accounts.set('fiona-sso', { email: org.manager.email, emailVerified: true });
    idp.nextAccount = 'fiona-sso';
    const { page, errors } = await tab();
    await page.goto(`/login?tenant=${org.tenant.slug}`);
    await page.getByRole('button', { name: 'Continue with single sign-on' }).click();
    await page.waitForURL(
      (url) =>
        url.origin === d.url &&
        !url.pathname.startsWith('/login') &&
        !url.pathname.startsWith('/api'),
    );
    await expect.poll(() => page.locator('.account').innerText()).toContain('manager');
    const session = await page.evaluate(() => fetch('/api/v1/auth/session').then((r) => r.json()));
    expect(session).toMatchObject({ method: 'oidc', role: 'manager' });
    expect(errors).toEqual([]);
  });

  it('sets up SAML in Settings, then signs in through SAML', async () => {
    // A tenant of its own: with SAML set up, "single sign-on" goes to SAML rather than OIDC.
    const tenant = await makeTenant(d.t.db, 'saml');
    const admin = await userIn(d, tenant, 'admin');
    const user = await userIn(d, tenant, 'analyst', { password: null });
    const samlIdp = await startSamlIdp(makeKeyPair('journey-idp'));
    try {
      const settings = await tab();
      await signIn(settings.page, admin.email);
      await settings.page.goto('/settings/sso');
      const sp = `${d.url}/api/v1/auth/saml/${tenant.slug}`;
      await expect
        .poll(() => settings.page.getByLabel('Assertion Consumer Service URL').inputValue())
        .toBe(`${sp}/acs`);
      const entityId = settings.page.getByLabel('SP entity ID (Audience)');
      expect(await entityId.inputValue()).toBe(`${sp}/metadata`);
      await settings.page.getByLabel('IdP entity ID').fill(samlIdp.entityId);
      // The IdP on another site (localhost, not 127.0.0.1): its POST to the ACS is cross-site,
      // so the flow cookie must come back on the GET that follows, not with the POST.
      const crossSite = samlIdp.ssoUrl.replace('127.0.0.1', 'localhost');
      await settings.page.getByLabel('IdP single sign-on URL').fill(crossSite);
      await settings.page.getByLabel('IdP signing certificate').fill(samlIdp.keys.cert);
      await settings.page.getByLabel('Email attribute').fill('email');
      await settings.page.getByRole('button', { name: 'Save' }).click();
      await settings.page.getByRole('status').getByText('Saved.').waitFor();
      await settings.page.getByText('CN=journey-idp').waitFor();
      await expectAccessible(settings.page, 'single sign-on settings');
      expect(settings.errors).toEqual([]);

      samlIdp.nextEmail = user.email;
      const { page, errors } = await tab();
      await page.goto(`/login?tenant=${tenant.slug}`);
      await page.getByRole('button', { name: 'Continue with single sign-on' }).click();
      await page.waitForURL(
        (url) =>
          url.origin === d.url &&
          !url.pathname.startsWith('/login') &&
          !url.pathname.startsWith('/api'),
      );
      await expect.poll(() => page.locator('.account').innerText()).toContain('analyst');
      const session = await page.evaluate(() =>
        fetch('/api/v1/auth/session').then((r) => r.json()),
      );
      expect(session).toMatchObject({ method: 'saml', role: 'analyst', user: { id: user.id } });
      expect(errors).toEqual([]);
    } finally {
      await samlIdp.close();
    }
  });

  it('finds the riskiest people in one department from the overview', async () => {
    const { page, errors } = await tab();
    await signIn(page, org.admin.email);
    expect(new URL(page.url()).pathname).toBe('/overview');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByRole('link', { name: 'Riskiest people in Engineering' }).waitFor();
    await page.getByRole('img', { name: /^People per risk band/ }).waitFor();
    await expectAccessible(page, 'overview');
    await page.getByRole('link', { name: 'Riskiest people in Engineering' }).click();
    await page.waitForURL(/\/people\?department=Engineering/);
    const rows = page.getByRole('table', { name: 'People, riskiest first' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(1 + 7);
    expect(await rows.nth(1).getByRole('cell').first().innerText()).toBe('Earl Risky');
    expect(await rows.allInnerTexts()).not.toContain(expect.stringContaining('Fay Risky'));
    expect(errors).toEqual([]);
  });

  it('opens a person and reads why their score is what it is', async () => {
    const { page, errors } = await tab();
    await signIn(page, org.admin.email);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'People' })
      .click();
    await page.getByRole('link', { name: 'Fay Risky' }).click();
    await page.getByRole('heading', { name: 'Fay Risky' }).waitFor();
    const why = page.getByRole('region', { name: 'Why this score' });
    await why.waitFor();
    const events = why.getByRole('table', { name: 'Events behind the score, with their points' });
    await expect.poll(() => events.getByRole('row').count()).toBeGreaterThan(2);
    expect(await events.innerText()).toMatch(/credential/i);
    expect(await why.getByRole('img', { name: /^Points by factor/ }).count()).toBe(1);
    await expectAccessible(page, 'person page');
    expect(errors).toEqual([]);
  });

  it('builds a cohort and sees its members', async () => {
    const { page, errors } = await tab();
    await signIn(page, org.admin.email);
    await page.goto('/cohorts');
    await page.getByLabel('Name', { exact: true }).fill('Finance at risk');
    const first = page.getByRole('group', { name: 'Condition 1' });
    await first.getByLabel('Value').fill('Finance');
    await page.getByLabel('New condition').selectOption('behaviour');
    await page.getByRole('button', { name: 'Add condition' }).click();
    const second = page.getByRole('group', { name: 'Condition 2' });
    await second.getByLabel('Behaviour').selectOption('phishing.real_credentials_submitted');
    await expectAccessible(page, 'cohort builder');
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await page.getByRole('heading', { name: 'Finance at risk' }).waitFor();
    const members = page.getByRole('table', { name: 'Members, riskiest first' });
    await members.getByRole('link', { name: 'Fay Risky' }).waitFor();
    expect(await members.getByRole('row').count()).toBe(2);
    const history = page.getByRole('table', { name: 'Who entered and left, newest first' });
    await history.getByRole('cell', { name: 'Still a member' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows a connector’s failures and replays a dead letter', async () => {
    const okta = await fakeOkta('the-right-token');
    try {
      const created = await d.app.inject({
        method: 'POST',
        url: '/api/v1/connectors',
        headers: bearer(org.adminToken),
        payload: {
          kind: 'okta',
          name: 'Okta production',
          settings: { baseUrl: okta.url },
          credentials: { apiToken: 'a-revoked-token' },
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      await connectorJourney();
    } finally {
      await okta.close();
    }
  });

  async function connectorJourney(): Promise<void> {
    const { page, errors } = await tab();
    await signIn(page, org.admin.email);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Integrations' })
      .click();
    const connector = page
      .getByRole('table', { name: 'Connectors and their health' })
      .getByRole('row')
      .filter({ hasText: 'Okta production' });
    await connector.getByText('not run yet').waitFor();
    await connector.getByRole('button', { name: 'Run now: Okta production' }).click();
    await connector.getByText('failing').waitFor();
    expect(await connector.innerText()).toMatch(/401|token|refused/i);
    await page.getByLabel('Integration format').fill('okta');
    const row = page
      .getByRole('table', { name: 'Dead letters' })
      .getByRole('row')
      .filter({ hasText: 'okta' });
    await row.first().waitFor();
    await expect.poll(() => row.count()).toBe(1);
    await expectAccessible(page, 'integrations page');
    const tries = row.getByRole('cell').nth(5);
    const before = Number(await tries.innerText());
    await row.getByRole('button', { name: /^Replay dead letter/ }).click();
    const outcome = page.getByRole('status').filter({ hasText: 'Replayed 1' });
    await outcome.waitFor();
    expect(await outcome.innerText()).toMatch(/1 (rejected|stored|duplicate|ignored)/);
    await expect.poll(async () => Number(await tries.innerText())).toBe(before + 1);
    expect(errors).toEqual([]);
  }

  it('an employee sees only their own page', async () => {
    const { page, errors } = await tab();
    await signIn(page, org.employee.email);
    expect(new URL(page.url()).pathname).toBe('/me');
    await page.getByRole('heading', { name: 'My security' }).waitFor();
    expect(await navigation(page)).toEqual(['My security']);
    await page.getByRole('cell', { name: 'phishing.sim_reported' }).waitFor();
    await expectAccessible(page, 'my security page');
    await page.goto(`/people/${org.ids.fay}`);
    await page.waitForURL(/\/me$/);
    const direct = await page.evaluate(
      (id) => fetch(`/api/v1/identities/${id}`).then((r) => r.status),
      org.ids.fay,
    );
    expect(direct).toBe(404);
    expect(errors).toEqual([]);
  });

  it('a manager opens their reports but not a person outside their team', async () => {
    const { page, errors } = await tab();
    await signIn(page, org.manager.email);
    await page.goto(`/people/${org.ids.fay}`);
    await page.getByRole('heading', { name: 'Fay Risky' }).waitFor();
    await page.goto(`/people/${org.ids.earl}`);
    await page.getByRole('heading', { name: 'Person not found' }).waitFor();
    expect(await page.getByText('Earl Risky').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

if (!chromiumPath)
  describe('dashboard journeys in Chromium', () => {
    it.skip(skipReason, () => {});
  });
