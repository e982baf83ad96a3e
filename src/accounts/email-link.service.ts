import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../storage/db.js';
import { findTenantBySlug } from '../tenancy/tenant.repository.js';
import { claimEmailLink, deleteExpiredLinks, insertEmailLink } from './email-link.repository.js';
import type { Origin, SignedIn } from './login.service.js';
import { signIn } from './login.service.js';
import type { MailMessage } from './mail.js';
import { findMembership } from './membership.repository.js';
import { hashSecret, looksLikeSecret, newSecret } from './secrets.js';
import type { SessionPolicy } from './session.js';
import { THROTTLE, addressKey, retryAfterSeconds } from './throttle.js';
import { countFailures, recordFailure } from './throttle.repository.js';
import { ThrottledError } from './login.service.js';
import { findUserByEmail, findUserById } from './user.repository.js';

/** A link is good for 15 minutes and one use: long enough to open the mail, short to leak. */
export const LINK_TTL_MS = 15 * 60_000;
/** At most this many links per address and per client in the throttle window. */
const LINKS_PER_WINDOW = 5;

export interface LinkRequest {
  email: string;
  tenant: string;
}

/**
 * Prepares a one-time sign-in link for a member of the tenant and returns the mail to send, or
 * undefined when there is nobody to send it to. The caller answers the same either way, so the
 * answer does not tell who is a member.
 */
export async function prepareEmailLink(
  db: Db,
  request: LinkRequest,
  origin: Origin,
  publicUrl: string,
  now = Date.now(),
): Promise<MailMessage | undefined> {
  await assertLinkBudget(db, request.email, origin.ip, now);
  const tenant = await findTenantBySlug(db, request.tenant);
  const user = await findUserByEmail(db, request.email.trim());
  const member = tenant && user && (await findMembership(db, tenant.id, user.id));
  if (!tenant || !user || !member || user.disabledAt !== null) return undefined;
  const url = await storeLink(
    db,
    { tenantId: tenant.id, userId: user.id, actor: 'anonymous' },
    {
      ip: origin.ip,
      publicUrl,
      ttlMs: LINK_TTL_MS,
      now,
    },
  );
  return {
    to: user.email,
    subject: `Sign in to Bulwark (${tenant.name})`,
    text:
      `Open this link within 15 minutes to sign in to ${tenant.name}. It works once.\n\n` +
      `${url}\n\n` +
      'If you did not ask for it, ignore this mail.\n',
  };
}

/**
 * A one-time sign-in link for a member, handed out by the operator rather than mailed (the first
 * run prints one for the demo tenant's administrator). Returns the link's address.
 */
export async function issueSignInLink(
  db: Db,
  member: { tenantId: string; userId: string },
  publicUrl: string,
  ttlMs: number,
  now = Date.now(),
): Promise<string> {
  return storeLink(db, { ...member, actor: 'cli' }, { ip: null, publicUrl, ttlMs, now });
}

async function storeLink(
  db: Db,
  member: { tenantId: string; userId: string; actor: 'anonymous' | 'cli' },
  at: { ip: string | null; publicUrl: string; ttlMs: number; now: number },
): Promise<string> {
  const token = newSecret();
  await db.transaction(async (tx) => {
    await deleteExpiredLinks(tx, at.now);
    await insertEmailLink(tx, {
      tokenHash: hashSecret(token),
      tenantId: member.tenantId,
      userId: member.userId,
      createdAt: at.now,
      expiresAt: at.now + at.ttlMs,
    });
    await recordAudit(
      tx,
      member.tenantId,
      {
        action: 'auth.email_link_sent',
        actor: member.actor,
        ip: at.ip,
        target: `user:${member.userId}`,
      },
      at.now,
    );
  });
  // The token travels in the fragment, which browsers never send to a server or log.
  return `${at.publicUrl}/sign-in/email#token=${token}`;
}

async function assertLinkBudget(db: Db, email: string, ip: string | null, now: number) {
  const since = now - THROTTLE.windowMs;
  const keys = [`link:${email.trim().toLowerCase()}`, `link-${addressKey(ip)}`];
  for (const key of keys) {
    const used = await countFailures(db, key, since);
    if (used.count >= LINKS_PER_WINDOW && used.oldest !== null)
      throw new ThrottledError(retryAfterSeconds(used.oldest, now));
  }
  await recordFailure(db, keys, now);
}

/** Exchanges a link's token for a session in the link's tenant; a token works once. */
export async function redeemEmailLink(
  db: Db,
  token: string,
  origin: Origin,
  policy: SessionPolicy,
  now = Date.now(),
): Promise<SignedIn> {
  const link = looksLikeSecret(token)
    ? await claimEmailLink(db, hashSecret(token), now)
    : undefined;
  const user = link && (await findUserById(db, link.userId));
  if (!link || !user || user.disabledAt !== null) {
    await recordAudit(db, null, {
      action: 'auth.login_failed',
      actor: 'anonymous',
      ip: origin.ip,
      details: { method: 'email-link', reason: 'unknown, used or expired link' },
    });
    throw new AppError(
      'LINK_INVALID',
      'this sign-in link is not valid, was used, or has expired; ask for a new one',
    );
  }
  return signIn(db, user, link.tenantId, 'email-link', origin, policy, now);
}
