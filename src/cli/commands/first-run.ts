import { cliActor } from '../../accounts/actor.js';
import { issueSignInLink } from '../../accounts/email-link.service.js';
import { createMember } from '../../accounts/user.service.js';
import { createToken } from '../../auth/token.service.js';
import type { Logger } from '../../logging/logger.js';
import type { Db } from '../../storage/db.js';
import { runDemo, type DemoFlags } from './demo.command.js';

/** The demo tenant's administrator, created on the first run and signed in by a printed link. */
export const DEMO_ADMIN = 'admin@demo.bulwark.test';
const LINK_HOURS = 24;
const LINK_TTL_MS = LINK_HOURS * 3_600_000;

export interface FirstRun {
  tenantSlug: string;
  identities: number;
  /** One-time dashboard sign-in for the demo administrator. */
  link: string;
  /** One-time display of an admin API token for the demo tenant. */
  token: string;
}

/**
 * On an empty database the product should look like one in use: loads the demo organisation into
 * its own, clearly labelled tenant, makes its administrator and hands out a one-time sign-in link
 * to the dashboard and an API token.
 */
export async function prepareFirstRun(
  db: Db,
  publicUrl: string,
  flags: DemoFlags = {},
): Promise<FirstRun> {
  const report = await runDemo(db, flags);
  const tenantId = report.tenant.id;
  const { token } = await createToken(db, tenantId, {
    name: 'first-run demo admin',
    role: 'admin',
  });
  const admin = await createMember(
    db,
    tenantId,
    { email: DEMO_ADMIN, name: 'Demo administrator' },
    { role: 'admin' },
    cliActor,
  );
  const link = await issueSignInLink(db, { tenantId, userId: admin.id }, publicUrl, LINK_TTL_MS);
  return {
    tenantSlug: report.tenant.slug,
    identities: report.directory.created,
    link,
    token,
  };
}

/** What `serve` prints once the first run's demo is ready. */
export function firstRunMessage(run: FirstRun, apiAddress: string): string {
  return (
    `\nThe demo organisation is ready: ${run.identities} identities in tenant "${run.tenantSlug}".\n` +
    `Open the dashboard with this one-time sign-in link (valid ${LINK_HOURS} hours, works once):\n  ${run.link}\n` +
    `Another link later: npx bulwark user sign-in-link --tenant ${run.tenantSlug} --email ${DEMO_ADMIN}\n` +
    `One-time admin API token for it (shown only now):\n  ${run.token}\n` +
    `Try: curl -H "Authorization: Bearer ${run.token}" ${apiAddress}/api/v1/identities\n\n`
  );
}

/** Runs the first run's demo while the server already answers; a failure is logged, not fatal. */
export async function firstRunDemo(
  db: Db,
  apiAddress: string,
  publicUrl: string,
  logger: Logger,
): Promise<void> {
  process.stderr.write(
    'Empty database: loading the demo organisation into tenant "demo" (skip with --no-demo)…\n',
  );
  try {
    process.stderr.write(firstRunMessage(await prepareFirstRun(db, publicUrl), apiAddress));
  } catch (error) {
    logger.error({ err: error }, 'demo organisation could not be loaded');
  }
}
