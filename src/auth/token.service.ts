import { findIdentity, findIdentityByEmail } from '../directory/identity.repository.js';
import { AppError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Db } from '../storage/db.js';
import type { Role } from './roles.js';
import { isRole, needsSubject, roles } from './roles.js';
import { generateToken, hashToken, looksLikeToken } from './token.js';
import type { ApiToken } from './token.repository.js';
import { findTokenByHash, insertToken, touchToken } from './token.repository.js';
import type { Scope, Viewer } from './viewer.js';

export interface TokenRequest {
  name: string;
  role: string;
  /** Email or id of the identity a manager or employee token acts as. */
  subject?: string;
  scope?: Scope;
}

/** Creates a token and returns it with its secret; the secret is not stored and cannot be shown again. */
export async function createToken(
  db: Db,
  tenantId: string,
  request: TokenRequest,
  now = Date.now(),
): Promise<{ token: string; record: ApiToken }> {
  const role = checkRole(request.role);
  const name = request.name.trim();
  if (!name || name.length > 100)
    throw new AppError('VALIDATION_FAILED', 'name: give the token a name of 1–100 characters');
  const subjectId = await resolveSubject(db, tenantId, role, request.subject);
  const secret = generateToken();
  const record: ApiToken = {
    tenantId,
    id: newId(),
    name,
    role,
    subjectId,
    scope: request.scope ?? {},
    prefix: secret.prefix,
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  await insertToken(db, record, secret.hash);
  return { token: secret.token, record };
}

function checkRole(role: string): Role {
  if (isRole(role)) return role;
  throw new AppError(
    'VALIDATION_FAILED',
    `role: must be one of ${roles.join(', ')}; got "${role}"`,
  );
}

async function resolveSubject(
  db: Db,
  tenantId: string,
  role: Role,
  subject: string | undefined,
): Promise<string | null> {
  if (!needsSubject(role)) return null;
  if (!subject)
    throw new AppError(
      'VALIDATION_FAILED',
      `subject: a ${role} token must name the person it belongs to (--subject EMAIL)`,
    );
  const identity =
    (await findIdentityByEmail(db, tenantId, subject)) ??
    (await findIdentity(db, tenantId, subject));
  if (!identity)
    throw new AppError('IDENTITY_NOT_FOUND', `subject: no identity "${subject}" in this tenant`);
  return identity.id;
}

/** How often a token's last use is written, at most. */
const TOUCH_INTERVAL_MS = 60_000;

/** Turns a presented bearer token into a viewer, or undefined when it is unknown or revoked. */
export async function authenticate(
  db: Db,
  presented: string,
  now = Date.now(),
): Promise<Viewer | undefined> {
  if (!looksLikeToken(presented)) return undefined;
  const token = await findTokenByHash(db, hashToken(presented));
  if (!token || token.revokedAt !== null) return undefined;
  if (token.lastUsedAt === null || now - token.lastUsedAt > TOUCH_INTERVAL_MS)
    await touchToken(db, token.tenantId, token.id, now);
  return {
    tenantId: token.tenantId,
    role: token.role,
    subjectId: token.subjectId,
    scope: token.scope,
    actor: `token:${token.id}`,
  };
}
