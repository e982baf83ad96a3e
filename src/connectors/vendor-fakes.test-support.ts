import fs from 'node:fs';
import type http from 'node:http';
import type { LocalServer, Received } from '../../test/support/local-http.js';
import { sendJson, startLocalServer } from '../../test/support/local-http.js';

/**
 * Local stand-ins for vendor APIs, answering in each vendor's documented shape (integrations.md):
 * Okta pages by `Link: rel="next"`, Graph by `@odata.nextLink`, TAP by time windows, CrowdStrike
 * with an OAuth2 token then query and entities, KnowBe4 by page numbers, GoPhish by API key.
 * Each fails once on purpose (429 with Retry-After, or a 5xx) so that retries are exercised.
 */
export function fixture<T = unknown>(name: string): T {
  const url = new URL(`../events/formats/fixtures/${name}`, import.meta.url);
  return JSON.parse(fs.readFileSync(url, 'utf8')) as T;
}

type Res = http.ServerResponse;

/** Fails the first request that matches `key` with the given status, then answers normally. */
function failOnce() {
  const seen = new Set<string>();
  return (key: string, res: Res, status: number, headers: Record<string, string> = {}) => {
    if (seen.has(key)) return false;
    seen.add(key);
    sendJson(res, status, { error: 'try again' }, headers);
    return true;
  };
}

export async function fakeOkta(token: string): Promise<LocalServer> {
  const events = fixture<unknown[]>('okta-system-log-page.json');
  const fail = failOnce();
  const server: LocalServer = await startLocalServer((req, res) => {
    if (req.headers.authorization !== `SSWS ${token}`)
      return sendJson(res, 401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided' });
    const url = new URL(req.path, server.url);
    const link = (after: string) =>
      `<${server.url}${url.pathname}?limit=1000>; rel="self", <${server.url}${url.pathname}?after=${after}&limit=1000>; rel="next"`;
    if (url.pathname === '/api/v1/logs') {
      const after = url.searchParams.get('after');
      if (after === null) return sendJson(res, 200, events.slice(0, 10), { link: link('p2') });
      if (after === 'p2') {
        if (fail('logs-p2', res, 429, { 'retry-after': '1' })) return;
        return sendJson(res, 200, events.slice(10), { link: link('p3') });
      }
      return sendJson(res, 200, [], { link: link(after) });
    }
    if (url.pathname === '/api/v1/users') {
      const after = url.searchParams.get('after');
      if (after === null)
        return sendJson(res, 200, [oktaUser('00u1', 'maria.garcia@example.com', 'mgarcia')], {
          link: link('u2'),
        });
      return sendJson(res, 200, [
        oktaUser('00u2', 'new.starter@example.com', 'new.starter@example.com'),
      ]);
    }
    sendJson(res, 404, { errorCode: 'E0000022' });
  });
  return server;
}

function oktaUser(id: string, email: string, login: string): unknown {
  return { id, status: 'ACTIVE', profile: { email, login, firstName: 'A', lastName: 'B' } };
}

export async function fakeGraph(
  clientSecret: string,
): Promise<LocalServer & { tokenCount: () => number }> {
  const signins = fixture<{ value: unknown[] }>('graph-signins-page.json').value;
  const fail = failOnce();
  let tokens = 0;
  const server = await startLocalServer((req, res) => {
    const url = new URL(req.path, 'http://x');
    if (url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(req.body);
      if (
        form.get('client_secret') !== clientSecret ||
        form.get('grant_type') !== 'client_credentials'
      )
        return sendJson(res, 401, { error: 'invalid_client' });
      tokens++;
      return sendJson(res, 200, {
        token_type: 'Bearer',
        expires_in: 3599,
        access_token: `graph-${tokens}`,
      });
    }
    // The first token "expires" after one use, so that the client must fetch another.
    if (req.headers.authorization === 'Bearer graph-1' && fail('expire-1', res, 401)) return;
    if (!req.headers.authorization?.startsWith('Bearer graph-'))
      return sendJson(res, 401, { error: { code: 'InvalidAuthenticationToken' } });
    if (url.pathname === '/v1.0/auditLogs/signIns') {
      if (url.searchParams.get('$skiptoken') === 'two') {
        if (fail('signins-2', res, 503)) return;
        return sendJson(res, 200, { value: signins.slice(4) });
      }
      return sendJson(res, 200, {
        '@odata.nextLink': `${serverUrl()}/v1.0/auditLogs/signIns?$skiptoken=two`,
        value: signins.slice(0, 4),
      });
    }
    if (url.pathname === '/v1.0/users')
      return sendJson(res, 200, {
        value: [
          {
            id: 'e7f0c3a2-0000-4000-8000-000000000001',
            userPrincipalName: 'tom.baker@corp.example.com',
            mail: 'tom.baker@example.com',
            otherMails: [],
            onPremisesSamAccountName: 'tom.baker',
          },
        ],
      });
    sendJson(res, 200, { value: [] });
  });
  const serverUrl = () => server.url;
  return Object.assign(server, { tokenCount: () => tokens });
}

export async function fakeTap(): Promise<LocalServer> {
  const envelope = fixture<Record<string, unknown>>('proofpoint-tap-siem-all.json');
  const fail = failOnce();
  return startLocalServer((req, res) => {
    if (req.headers.authorization !== `Basic ${Buffer.from('sp:tap-secret').toString('base64')}`)
      return sendJson(res, 401, {});
    const url = new URL(req.path, 'http://x');
    if (url.pathname !== '/v2/siem/all') return sendJson(res, 404, {});
    if (fail('tap', res, 502)) return;
    const since = url.searchParams.get('sinceTime');
    const interval = url.searchParams.get('interval');
    const end = interval?.split('/')[1] ?? new Date().toISOString();
    if (since || interval)
      return sendJson(res, 200, {
        queryEndTime: end,
        clicksPermitted: [],
        clicksBlocked: [],
        messagesDelivered: [],
        messagesBlocked: [],
      });
    return sendJson(res, 200, envelope);
  });
}

export async function fakeCrowdstrike(): Promise<LocalServer> {
  const alerts = fixture<{ resources: { composite_id: string }[] }>(
    'crowdstrike-alerts-response.json',
  ).resources;
  const fail = failOnce();
  return startLocalServer((req, res) => {
    const url = new URL(req.path, 'http://x');
    if (url.pathname === '/oauth2/token') {
      const form = new URLSearchParams(req.body);
      if (form.get('client_id') !== 'cs-id' || form.get('client_secret') !== 'cs-secret')
        return sendJson(res, 401, { errors: [{ code: 401, message: 'access denied' }] });
      return sendJson(res, 201, {
        access_token: 'cs-token',
        token_type: 'bearer',
        expires_in: 1799,
      });
    }
    if (req.headers.authorization !== 'Bearer cs-token') return sendJson(res, 401, {});
    if (url.pathname === '/alerts/queries/alerts/v2') {
      if (fail('query', res, 429, { 'retry-after': '3' })) return;
      const page = url.searchParams.get('after') === 'next' ? alerts.slice(3) : alerts.slice(0, 3);
      const after = url.searchParams.get('after') ? '' : 'next';
      return sendJson(res, 200, {
        meta: { pagination: { after, limit: 500, total: alerts.length } },
        resources: page.map((a) => a.composite_id),
        errors: [],
      });
    }
    if (url.pathname === '/alerts/entities/alerts/v2' && req.method === 'POST') {
      const ids = (JSON.parse(req.body) as { composite_ids: string[] }).composite_ids;
      return sendJson(res, 200, {
        resources: alerts.filter((a) => ids.includes(a.composite_id)),
        errors: [],
      });
    }
    sendJson(res, 404, {});
  });
}

export async function fakeKnowbe4(): Promise<LocalServer> {
  const recipients = fixture<unknown[]>('knowbe4-pst-recipients.json');
  const enrollments = fixture<unknown[]>('knowbe4-training-enrollments.json');
  const users = fixture<unknown[]>('knowbe4-users.json');
  const fail = failOnce();
  const pageOf = (items: unknown[], req: Received) => {
    const url = new URL(req.path, 'http://x');
    const page = Number(url.searchParams.get('page'));
    const per = Number(url.searchParams.get('per_page'));
    return items.slice((page - 1) * per, page * per);
  };
  return startLocalServer((req, res) => {
    if (req.headers.authorization !== 'Bearer kb4-key') return sendJson(res, 401, {});
    const path = new URL(req.path, 'http://x').pathname;
    if (path === '/v1/phishing/security_tests')
      return sendJson(
        res,
        200,
        pageOf([{ pst_id: 14240, campaign_id: 1, status: 'Closed', name: 'Q2' }], req),
      );
    if (path === '/v1/phishing/security_tests/14240/recipients') {
      if (fail('recipients', res, 500)) return;
      return sendJson(res, 200, pageOf(recipients, req));
    }
    if (path === '/v1/training/enrollments') return sendJson(res, 200, pageOf(enrollments, req));
    if (path === '/v1/users') return sendJson(res, 200, pageOf(users, req));
    sendJson(res, 404, {});
  });
}

export async function fakeGophish(): Promise<LocalServer> {
  const results = fixture<Record<string, unknown>>('gophish-campaign-results.json');
  const fail = failOnce();
  return startLocalServer((req, res) => {
    if (req.headers.authorization !== 'Bearer gp-key')
      return sendJson(res, 401, { success: false, message: 'Invalid API Key' });
    const path = new URL(req.path, 'http://x').pathname;
    if (path === '/api/campaigns/summary')
      return sendJson(res, 200, {
        total: 1,
        campaigns: [{ id: 7, name: 'Q2 payroll update', status: 'Completed' }],
      });
    if (path === '/api/campaigns/7/results') {
      if (fail('results', res, 503, { 'retry-after': '0' })) return;
      return sendJson(res, 200, results);
    }
    sendJson(res, 404, { success: false, message: 'Campaign not found' });
  });
}
