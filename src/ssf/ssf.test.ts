import { describe, expect, it } from 'vitest';
import { generateSigningKey, signSet, verifyJws } from './jws.js';
import { createPrivateKey } from 'node:crypto';
import { credentialCompromiseSet, riskLevelChangeSet, verificationSet } from './set.js';
import { caepLevel, eventTypes } from './ssf.js';
import type { Subject } from './subject.js';
import { subjectKey, subjectMatches, subjectSchema } from './subject.js';
import { transmitterMetadata, transmitterUrls } from './transmitter.js';

const key = generateSigningKey();
const signer = { kid: key.kid, privateKey: createPrivateKey(key.privatePem) };
const envelope = {
  iss: 'https://hrm.example.com/ssf/acme',
  aud: 'https://rp.example.com',
  now: 1_750_000_000_500,
};

describe('RS256 SETs', () => {
  it('signs with typ secevent+jwt and the kid, and verifies against the public JWK only', () => {
    const token = signSet({ iss: 'x', jti: '1' }, signer);
    const verified = verifyJws(token, [key.publicJwk]);
    if (typeof verified === 'string') throw new Error(verified);
    expect(verified.header).toEqual({ alg: 'RS256', typ: 'secevent+jwt', kid: key.kid });
    expect(verified.claims).toEqual({ iss: 'x', jti: '1' });
    expect(key.publicJwk).toEqual({
      kty: 'RSA',
      kid: key.kid,
      use: 'sig',
      alg: 'RS256',
      n: expect.any(String),
      e: 'AQAB',
    });
    expect(Buffer.from(key.publicJwk.n, 'base64url').length).toBeGreaterThanOrEqual(256);
  });

  it('refuses tampered claims, another key, and a kid it does not know', () => {
    const token = signSet({ iss: 'x', level: 'LOW' }, signer);
    const [h, , s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ iss: 'x', level: 'HIGH' })).toString('base64url')}.${s}`;
    expect(verifyJws(forged, [key.publicJwk])).toBe('the signature does not verify');
    const other = generateSigningKey();
    expect(verifyJws(token, [{ ...other.publicJwk, kid: key.kid }])).toBe(
      'the signature does not verify',
    );
    expect(verifyJws(token, [other.publicJwk])).toMatch(/no key with kid/);
    expect(verifyJws('a.b', [key.publicJwk])).toBe('not a compact JWS');
  });
});

describe('SET claims', () => {
  it('builds a CAEP risk-level-change with sub_id, epoch seconds, no sub or exp', () => {
    const claims = riskLevelChangeSet(envelope, {
      subject: { format: 'email', email: 'ann@acme.test' },
      current: 'HIGH',
      previous: 'LOW',
      at: 1_749_999_999_999,
      reason: 'RISKY_BEHAVIOR',
      txn: 'id-1:1749999999999',
    });
    expect(claims).toMatchObject({
      iss: envelope.iss,
      aud: envelope.aud,
      iat: 1_750_000_000,
      txn: 'id-1:1749999999999',
      sub_id: { format: 'email', email: 'ann@acme.test' },
    });
    expect(claims.jti).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.keys(claims.events)).toEqual([eventTypes.riskLevelChange]);
    expect(claims.events[eventTypes.riskLevelChange]).toMatchObject({
      principal: 'USER',
      current_level: 'HIGH',
      previous_level: 'LOW',
      risk_reason: 'RISKY_BEHAVIOR',
      event_timestamp: 1_749_999_999,
    });
    expect(claims).not.toHaveProperty('sub');
    expect(claims).not.toHaveProperty('exp');
    const first = riskLevelChangeSet(envelope, {
      subject: claims.sub_id,
      current: 'MEDIUM',
      previous: null,
      at: 0,
      reason: 'R',
      txn: 't',
    });
    expect(first.events[eventTypes.riskLevelChange]).not.toHaveProperty('previous_level');
    expect(first.jti).not.toBe(claims.jti);
  });

  it('builds RISC credential-compromise and the verification event', () => {
    const c = credentialCompromiseSet(envelope, {
      subject: { format: 'email', email: 'a@b.c' },
      at: 5000,
      source: 'graph-risk',
      txn: 'graph-risk:e1',
    });
    expect(c.events[eventTypes.credentialCompromise]).toMatchObject({
      credential_type: 'password',
      event_timestamp: 5,
    });
    const v = verificationSet(envelope, 'stream-1', 'st8');
    expect(v.sub_id).toEqual({ format: 'opaque', id: 'stream-1' });
    expect(v.events[eventTypes.verification]).toEqual({ state: 'st8' });
    expect(verificationSet(envelope, 's').events[eventTypes.verification]).toEqual({});
  });

  it('maps four levels onto CAEP three', () => {
    expect(['low', 'medium', 'high', 'critical'].map((l) => caepLevel(l as 'low'))).toEqual([
      'LOW',
      'MEDIUM',
      'HIGH',
      'HIGH',
    ]);
  });
});

describe('subjects', () => {
  const facts = {
    issuer: 'https://h/ssf/acme',
    identityId: 'id-7',
    email: 'Ann@Acme.test',
    tenantSlug: 'acme',
  };
  const parse = (v: unknown): Subject => subjectSchema.parse(v);

  it('matches simple subjects by the names an identity has here', () => {
    expect(subjectMatches(parse({ format: 'email', email: 'ann@acme.test' }), facts)).toBe(true);
    expect(
      subjectMatches(parse({ format: 'iss_sub', iss: 'https://h/ssf/acme', sub: 'id-7' }), facts),
    ).toBe(true);
    expect(subjectMatches(parse({ format: 'opaque', id: 'id-7' }), facts)).toBe(true);
    expect(subjectMatches(parse({ format: 'opaque', id: 'id-8' }), facts)).toBe(false);
    expect(subjectMatches(parse({ format: 'phone_number', phone_number: '+1 555' }), facts)).toBe(
      false,
    );
    expect(
      subjectMatches(
        parse({
          format: 'aliases',
          identifiers: [
            { format: 'opaque', id: 'x' },
            { format: 'email', email: 'ann@acme.test' },
          ],
        }),
        facts,
      ),
    ).toBe(true);
  });

  it('matches complex subjects member by member, members never sent acting as wildcards', () => {
    const user = { format: 'email', email: 'ann@acme.test' };
    expect(
      subjectMatches(
        parse({ format: 'complex', user, device: { format: 'opaque', id: 'd1' } }),
        facts,
      ),
    ).toBe(true);
    expect(
      subjectMatches(
        parse({ format: 'complex', user, tenant: { format: 'opaque', id: 'acme' } }),
        facts,
      ),
    ).toBe(true);
    expect(
      subjectMatches(
        parse({ format: 'complex', user, tenant: { format: 'opaque', id: 'other' } }),
        facts,
      ),
    ).toBe(false);
    expect(
      subjectMatches(
        parse({ format: 'complex', user: { format: 'email', email: 'bob@acme.test' } }),
        facts,
      ),
    ).toBe(false);
  });

  it('rejects unknown formats and malformed identifiers, and keys equal subjects equally', () => {
    expect(subjectSchema.safeParse({ format: 'email', email: 'not-an-email' }).success).toBe(false);
    expect(subjectSchema.safeParse({ format: 'x509', cert: 'x' }).success).toBe(false);
    expect(subjectSchema.safeParse({ format: 'complex' }).success).toBe(false);
    expect(subjectKey(parse({ format: 'iss_sub', iss: 'a', sub: 'b' }))).toBe(
      subjectKey(parse({ sub: 'b', iss: 'a', format: 'iss_sub' })),
    );
  });
});

describe('transmitter metadata', () => {
  it('inserts the well-known path after the host, also under a path prefix', () => {
    expect(transmitterUrls('https://hrm.example.com', 'acme')).toEqual({
      issuer: 'https://hrm.example.com/ssf/acme',
      metadata: 'https://hrm.example.com/.well-known/ssf-configuration/ssf/acme',
      jwks: 'https://hrm.example.com/ssf/acme/jwks.json',
    });
    expect(transmitterUrls('https://x.test/bulwark/', 'a').metadata).toBe(
      'https://x.test/.well-known/ssf-configuration/bulwark/ssf/a',
    );
    const m = transmitterMetadata('https://hrm.example.com', 'acme');
    expect(m).toMatchObject({
      spec_version: '1_0',
      delivery_methods_supported: ['urn:ietf:rfc:8935'],
      configuration_endpoint: 'https://hrm.example.com/api/v1/ssf/stream',
      verification_endpoint: 'https://hrm.example.com/api/v1/ssf/verify',
    });
  });
});
