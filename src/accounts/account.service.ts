import { recordAudit } from '../audit/audit.service.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../storage/db.js';
import type { Origin } from './login.service.js';
import { pickMembership } from './login.service.js';
import { listMembershipsOfUser } from './membership.repository.js';
import type { Session } from './session.js';
import { openSecret, sealSecret, secretContexts } from './stored-secret.js';
import { deleteSession, setSessionTenant } from './session.repository.js';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.js';
import type { User } from './user.js';
import { claimTotpStep, setTotp } from './user.repository.js';

/** Ends a session; the cookie is cleared by the caller. */
export async function logout(db: Db, session: Session, origin: Origin, now = Date.now()) {
  await db.transaction(async (tx) => {
    await deleteSession(tx, session.idHash);
    await recordAudit(
      tx,
      session.tenantId,
      { action: 'auth.logout', actor: `user:${session.userId}`, ip: origin.ip },
      now,
    );
  });
}

/**
 * Moves a session to another tenant the user belongs to. A tenant they do not belong to is
 * answered as one that does not exist.
 */
export async function switchTenant(
  db: Db,
  session: Session,
  tenant: string,
  origin: Origin,
  now = Date.now(),
): Promise<string> {
  const target = pickMembership(await listMembershipsOfUser(db, session.userId), tenant);
  await db.transaction(async (tx) => {
    await setSessionTenant(tx, session.idHash, target.tenantId);
    await recordAudit(
      tx,
      target.tenantId,
      {
        action: 'auth.tenant_switched',
        actor: `user:${session.userId}`,
        ip: origin.ip,
        details: { from: session.tenantId },
      },
      now,
    );
  });
  return target.tenantId;
}

/**
 * Starts enrolling an authenticator: the secret is kept aside, sealed, until a code from it is
 * confirmed. This answer is the only time the secret leaves the server.
 */
export async function enrollTotp(
  db: Db,
  secrets: SecretBox | undefined,
  user: User,
  now = Date.now(),
): Promise<{ secret: string; uri: string }> {
  if (user.totpSecret)
    throw new AppError('CONFLICT', 'an authenticator is already enrolled; remove it first');
  const secret = newTotpSecret();
  const pending = sealSecret(secrets, secret, secretContexts.totpPending(user.id));
  await setTotp(db, user.id, { secret: null, pending, lastStep: null }, now);
  return { secret, uri: otpauthUri(secret, user.email) };
}

/** Turns the pending secret on once the user proves their app shows the right code. */
export async function confirmTotp(
  db: Db,
  secrets: SecretBox | undefined,
  user: User,
  tenantId: string,
  code: string,
  origin: Origin,
  now = Date.now(),
): Promise<void> {
  if (!user.totpPendingSecret)
    throw new AppError('CONFLICT', 'no enrolment is pending; start one with totp/enroll');
  const pending = openSecret(secrets, user.totpPendingSecret, secretContexts.totpPending(user.id));
  const step = matchTotp(pending, code, now, null);
  if (step === undefined)
    throw new AppError('VALIDATION_FAILED', 'code: does not match the authenticator', [
      { path: 'code', message: 'does not match the enrolled authenticator; check its clock' },
    ]);
  await db.transaction(async (tx) => {
    await setTotp(
      tx,
      user.id,
      {
        secret: sealSecret(secrets, pending, secretContexts.totp(user.id)),
        pending: null,
        lastStep: step,
      },
      now,
    );
    await recordAudit(
      tx,
      tenantId,
      { action: 'auth.totp_enabled', actor: `user:${user.id}`, ip: origin.ip },
      now,
    );
  });
}

/** Removes the authenticator; a current code is required so a hijacked session cannot do it. */
export async function disableTotp(
  db: Db,
  secrets: SecretBox | undefined,
  user: User,
  tenantId: string,
  code: string,
  origin: Origin,
  now = Date.now(),
): Promise<void> {
  if (!user.totpSecret) throw new AppError('CONFLICT', 'no authenticator is enrolled');
  const secret = openSecret(secrets, user.totpSecret, secretContexts.totp(user.id));
  const step = matchTotp(secret, code, now, user.totpLastStep);
  if (step === undefined || !(await claimTotpStep(db, user.id, step)))
    throw new AppError('VALIDATION_FAILED', 'code: does not match the authenticator', [
      { path: 'code', message: 'does not match the enrolled authenticator' },
    ]);
  await db.transaction(async (tx) => {
    await setTotp(tx, user.id, { secret: null, pending: null, lastStep: null }, now);
    await recordAudit(
      tx,
      tenantId,
      { action: 'auth.totp_disabled', actor: `user:${user.id}`, ip: origin.ip },
      now,
    );
  });
}
