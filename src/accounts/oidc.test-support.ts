import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) on loopback. It signs in whoever `nextAccount`
 * names without a login form, and can tamper with what it sends: the ID token in the token
 * response, to check that Bulwark verifies signatures.
 */
export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, { email: string; emailVerified: boolean }>;
  nextAccount: string;
  tamperIdToken: boolean;
  close(): Promise<void>;
}

export async function startTestIdp(redirectUri: string): Promise<TestIdp> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp: TestIdp = {
    issuer,
    clientId: 'bulwark',
    clientSecret: 'a-client-secret-for-tests-only',
    accounts: new Map(),
    nextAccount: '',
    tamperIdToken: false,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: idp.clientId,
        client_secret: idp.clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // Put the email claims in the ID token itself, as most providers do, not only in userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    findAccount: (_ctx, sub) => {
      const account = idp.accounts.get(sub);
      return account
        ? {
            accountId: sub,
            claims: () => ({ sub, email: account.email, email_verified: account.emailVerified }),
          }
        : undefined;
    },
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) {
      provider
        .interactionFinished(req, res, { login: { accountId: idp.nextAccount } })
        .catch(() => ((res.statusCode = 500), res.end()));
      return;
    }
    if (req.url === '/token' && idp.tamperIdToken) {
      tamperedToken(req, res, issuer).catch(() => ((res.statusCode = 500), res.end()));
      return;
    }
    if (req.url?.startsWith('/__raw')) req.url = req.url.slice('/__raw'.length);
    callback(req, res);
  });
  return idp;
}

/** Passes the token request on, then changes the ID token's email and keeps its signature. */
async function tamperedToken(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  issuer: string,
): Promise<void> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  const upstream = await fetch(`${issuer}/__raw/token`, {
    method: 'POST',
    headers: {
      'content-type': String(req.headers['content-type']),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    },
    body,
  });
  const tokens = (await upstream.json()) as { id_token: string };
  const [header, payload, signature] = tokens.id_token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;
  claims.email = 'attacker@evil.test';
  const forged = Buffer.from(JSON.stringify(claims)).toString('base64url');
  tokens.id_token = `${header}.${forged}.${signature}`;
  res.writeHead(upstream.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(tokens));
}
