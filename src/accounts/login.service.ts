import { recordAudit } from '../audit/audit.service.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { AppError } from '../shared/errors.js';
import type { Db, Queryable } from '../storage/db.js';
import type { TenantMembership } from './membership.repository.js';
import { listMembershipsOfUser } from './membership.repository.js';
import { checkPassword } from './password.js';
import type { Session, SessionPolicy, SignInMethod } from './session.js';
import { startSession } from './session.service.js';
import { openSecret, secretContexts } from './stored-secret.js';
import { THROTTLE, accountKey, addressKey, retryAfterSeconds } from './throttle.js';
import {
  clearFailures,
  countFailures,
  pruneFailures,
  recordFailure,
} from './throttle.repository.js';
import { matchTotp } from './totp.js';
import type { User } from './user.js';
import { claimTotpStep, findUserByEmail } from './user.repository.js';

/** Where a request comes from, for sessions, throttling and the audit log. */
export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

export interface SignedIn {
  sessionId: string;
  session: Session;
  user: User;
}

/** A refused sign-in because of too many failures; `retryAfter` is in seconds. */
export class ThrottledError extends AppError {
  constructor(readonly retryAfter: number) {
    super('TOO_MANY_ATTEMPTS', `too many failed sign-ins; try again in ${retryAfter} seconds`);
  }
}

export interface PasswordLogin {
  email: string;
  password: string;
  totp?: string;
  /** Slug or id of the tenant to start in; default: the first the user belongs to. */
  tenant?: string;
}

/**
 * Signs in with email and password (and a one-time code when the user enrolled one). Every
 * refusal says the same thing whether or not the account exists, is recorded for throttling and
 * written to the audit log.
 */
export async function loginWithPassword(
  db: Db,
  secrets: SecretBox | undefined,
  input: PasswordLogin,
  origin: Origin,
  policy: SessionPolicy,
  now = Date.now(),
): Promise<SignedIn> {
  await assertNotThrottled(db, input.email, origin.ip, now);
  const user = await findUserByEmail(db, input.email.trim());
  const passwordOk = await checkPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt !== null)
    return refuse(db, input.email, user, origin, now, 'wrong email or password');
  if (user.totpSecret) {
    if (!input.totp)
      throw new AppError('TOTP_REQUIRED', 'this account needs the code from its authenticator app');
    const secret = openSecret(secrets, user.totpSecret, secretContexts.totp(user.id));
    const step = matchTotp(secret, input.totp, now, user.totpLastStep);
    if (step === undefined || !(await claimTotpStep(db, user.id, step)))
      return refuse(db, input.email, user, origin, now, 'wrong one-time code');
  }
  await clearFailures(db, accountKey(input.email));
  return signIn(db, user, input.tenant, 'password', origin, policy, now);
}

/**
 * Starts a session for a user whose identity is established (password, SSO or email link) in
 * the tenant asked for, or their first one, and records the sign-in.
 */
export async function signIn(
  db: Db,
  user: User,
  tenant: string | undefined,
  method: SignInMethod,
  origin: Origin,
  policy: SessionPolicy,
  now: number,
): Promise<SignedIn> {
  const membership = pickMembership(await listMembershipsOfUser(db, user.id), tenant);
  return db.transaction(async (tx) => {
    const started = await startSession(
      tx,
      { userId: user.id, tenantId: membership.tenantId, method, ...origin },
      policy,
      now,
    );
    await recordAudit(
      tx,
      membership.tenantId,
      { action: 'auth.login', actor: `user:${user.id}`, ip: origin.ip, details: { method } },
      now,
    );
    return { sessionId: started.id, session: started.session, user };
  });
}

export function pickMembership(
  memberships: TenantMembership[],
  tenant: string | undefined,
): TenantMembership {
  if (memberships.length === 0)
    throw new AppError(
      'FORBIDDEN',
      'this account belongs to no tenant yet; ask an administrator to add you to one',
    );
  const first = memberships[0];
  if (!tenant && first) return first;
  const chosen = memberships.find((m) => m.tenantSlug === tenant || m.tenantId === tenant);
  if (!chosen) throw new AppError('TENANT_NOT_FOUND', `you are not a member of tenant "${tenant}"`);
  return chosen;
}

async function assertNotThrottled(
  db: Queryable,
  email: string,
  ip: string | null,
  now: number,
): Promise<void> {
  const since = now - THROTTLE.windowMs;
  await pruneFailures(db, since);
  const account = await countFailures(db, accountKey(email), since);
  const address = await countFailures(db, addressKey(ip), since);
  const held =
    account.count >= THROTTLE.perAccount
      ? account.oldest
      : address.count >= THROTTLE.perAddress
        ? address.oldest
        : null;
  if (held !== null) throw new ThrottledError(retryAfterSeconds(held, now));
}

async function refuse(
  db: Db,
  email: string,
  user: User | undefined,
  origin: Origin,
  now: number,
  reason: string,
): Promise<never> {
  await recordFailure(db, [accountKey(email), addressKey(origin.ip)], now);
  const memberships = user ? await listMembershipsOfUser(db, user.id) : [];
  await recordAudit(
    db,
    memberships[0]?.tenantId ?? null,
    {
      action: 'auth.login_failed',
      actor: 'anonymous',
      ip: origin.ip,
      target: user ? `user:${user.id}` : null,
      details: { email: email.trim().slice(0, 320), reason },
    },
    now,
  );
  throw new AppError('INVALID_CREDENTIALS', 'the email, password or one-time code is wrong');
}
