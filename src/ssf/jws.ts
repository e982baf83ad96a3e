import type { JsonWebKey, KeyObject } from 'node:crypto';
import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/**
 * RS256 JSON Web Signatures (RFC 7515 compact serialisation) and JSON Web Keys (RFC 7517) with
 * node:crypto only. SETs carry `typ: secevent+jwt` (RFC 8417 §2.3) and the signing key's `kid`.
 */
export interface PublicJwk {
  kty: 'RSA';
  kid: string;
  use: 'sig';
  alg: 'RS256';
  n: string;
  e: string;
}

/** RSA key size: the CAEP interoperability profile asks for at least 2048 bits. */
export const RSA_BITS = 2048;

export interface NewSigningKey {
  kid: string;
  /** PKCS#8 PEM: to be sealed before it is stored. */
  privatePem: string;
  publicJwk: PublicJwk;
}

export function generateSigningKey(): NewSigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: RSA_BITS });
  const jwk = publicKey.export({ format: 'jwk' });
  const publicJwk = toPublicJwk(jwk, thumbprint(jwk));
  return {
    kid: publicJwk.kid,
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicJwk,
  };
}

/** The RFC 7638 thumbprint of an RSA public key, base64url: a stable `kid`. */
function thumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

function toPublicJwk(jwk: JsonWebKey, kid: string): PublicJwk {
  if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') throw new Error('not an RSA key');
  return { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: jwk.n, e: jwk.e };
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs claims as a compact JWS with RS256, `typ: secevent+jwt` and the key's id. */
export function signSet(
  claims: object,
  key: { kid: string; privateKey: KeyObject | string },
): string {
  const input = `${b64({ alg: 'RS256', typ: 'secevent+jwt', kid: key.kid })}.${b64(claims)}`;
  const signature = sign('sha256', Buffer.from(input), key.privateKey).toString('base64url');
  return `${input}.${signature}`;
}

export interface VerifiedJws {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

/**
 * Verifies a compact RS256 JWS against a key set, choosing the key by `kid`. Returns a reason as
 * a string when it does not verify. Used by the tests' receiver and by `bulwark ssf` checks.
 */
export function verifyJws(token: string, keys: readonly PublicJwk[]): VerifiedJws | string {
  const parts = token.split('.');
  if (parts.length !== 3) return 'not a compact JWS';
  const [h, c, s] = parts as [string, string, string];
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
    claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return 'the header or the claims are not JSON';
  }
  if (header.alg !== 'RS256') return `alg must be RS256, got ${String(header.alg)}`;
  const jwk = keys.find((k) => k.kid === header.kid);
  if (!jwk) return `no key with kid ${String(header.kid)}`;
  const publicKey = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
  const ok = verify('sha256', Buffer.from(`${h}.${c}`), publicKey, Buffer.from(s, 'base64url'));
  return ok ? { header, claims } : 'the signature does not verify';
}
