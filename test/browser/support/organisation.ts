import { Readable } from 'node:stream';
import { TEST_PASSWORD, userIn } from '../../../src/accounts/accounts.test-support.js';
import type { User } from '../../../src/accounts/user.js';
import { readDirectoryCsv } from '../../../src/directory/directory-csv.reader.js';
import { importDirectory } from '../../../src/directory/directory-import.service.js';
import { findIdentityByEmail } from '../../../src/directory/identity.repository.js';
import { scoreTenant } from '../../../src/scoring/scoring.service.js';
import type { Tenant } from '../../../src/tenancy/tenant.js';
import { makeTenant } from '../../support/factories.js';
import { bearer, tokenFor } from '../../support/server.js';
import type { TestServer } from '../../support/server.js';

export { TEST_PASSWORD };

/**
 * A small organisation for the journeys: three departments, each with a manager and enough
 * reports to be shown in aggregates (at least five); the riskiest people are known from their
 * signals (Finance's Fay Risky is the riskiest of all, Engineering's Earl Risky of his
 * department); an AI agent with an owner; a rejected Okta record.
 */
const named = `fiona@acme.test,Fiona Finch,person,Finance,Finance Director,,,,true
fay@acme.test,Fay Risky,person,Finance,Accounts Payable,fiona@acme.test,,,false
frank@acme.test,Frank Careful,person,Finance,Analyst,fiona@acme.test,,,false
erin@acme.test,Erin Eng,person,Engineering,Head of Engineering,,,,true
earl@acme.test,Earl Risky,person,Engineering,Developer,erin@acme.test,,,false
ed@acme.test,Ed Calm,person,Engineering,Developer,erin@acme.test,,,false
sam@acme.test,Sam Sales,person,Sales,Sales Lead,,,,false
sue@acme.test,Sue Seller,person,Sales,Account Executive,sam@acme.test,,,false
invoice-bot@acme.test,Invoice Bot,agent,Finance,,,fay@acme.test,erp.read;erp.write;mail.send,false`;

/** Colleagues who make each department big enough to aggregate; their signals are mild. */
const colleagues = [
  ['Finance', 'fiona', ['Fern Quiet', 'Finn Ledger', 'Flo Audit', 'Fritz Budget']],
  ['Engineering', 'erin', ['Eve Build', 'Eli Deploy', 'Emma Review', 'Ezra Test']],
  ['Sales', 'sam', ['Sid Deal', 'Sol Pitch', 'Sky Lead', 'Sia Quote']],
] as const;

const colleagueRows = colleagues.flatMap(([department, manager, names]) =>
  names.map((name) => {
    const local = name.toLowerCase().replace(' ', '.');
    return `${local}@acme.test,${name},person,${department},Specialist,${manager}@acme.test,,,false`;
  }),
);

const directory = [
  'email,name,kind,department,title,manager_email,owner_email,scopes,privileged',
  named,
  ...colleagueRows,
  '',
].join('\n');

export interface Organisation {
  tenant: Tenant;
  adminToken: string;
  ids: Record<string, string>;
  admin: User;
  /** Fiona, linked to her directory identity: sees Finance reports only. */
  manager: User;
  /** Frank, linked to his identity: sees only himself. */
  employee: User;
}

function at(daysAgo: number, hour = 10): string {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}

let counter = 0;
function signal(subject: string, type: string, daysAgo: number, severity?: string) {
  counter += 1;
  return {
    id: `journey-${counter}`,
    source: 'journeys',
    type,
    subject,
    time: at(daysAgo, 8 + (counter % 9)),
    ...(severity ? { severity } : {}),
    details: {},
  };
}

const signals = [
  signal('fay@acme.test', 'phishing.real_credentials_submitted', 3, 'high'),
  signal('fay@acme.test', 'phishing.sim_submitted', 10),
  signal('fay@acme.test', 'social.bec_engaged', 6, 'high'),
  signal('fay@acme.test', 'threat.impersonation_targeted', 2),
  signal('earl@acme.test', 'endpoint.malware_executed', 4, 'high'),
  signal('earl@acme.test', 'phishing.sim_clicked', 12),
  signal('frank@acme.test', 'phishing.sim_reported', 5),
  signal('frank@acme.test', 'training.completed', 20),
  signal('ed@acme.test', 'phishing.sim_opened', 8),
  signal('sue@acme.test', 'phishing.sim_clicked', 9),
  signal('invoice-bot@acme.test', 'agent.scope_violation', 1, 'medium'),
  ...colleagueRows.map((row, i) => signal(row.split(',')[0] ?? '', 'phishing.sim_opened', 3 + i)),
];

/** An Okta System Log event Bulwark cannot read: it lands in the dead letters of "okta". */
const brokenOkta = {
  uuid: 'okta-broken-1',
  eventType: 'user.session.start',
  published: 'yesterday',
};

export async function seedOrganisation(s: TestServer): Promise<Organisation> {
  const tenant = await makeTenant(s.t.db, 'acme');
  const report = await importDirectory(
    s.t.db,
    tenant.id,
    readDirectoryCsv(Readable.from([Buffer.from(directory)])),
  );
  if (report.rejected > 0)
    throw new Error(`directory rows rejected: ${JSON.stringify(report.errors)}`);
  const ids: Record<string, string> = {};
  for (const line of directory.trim().split('\n').slice(1)) {
    const email = line.split(',')[0] ?? '';
    const found = await findIdentityByEmail(s.t.db, tenant.id, email);
    if (found) ids[email.split('@')[0] ?? email] = found.id;
  }
  const adminToken = await tokenFor(s, tenant, 'admin');
  await post(s, adminToken, '/api/v1/events', signals);
  await post(s, adminToken, '/api/v1/ingest/okta', [brokenOkta]);
  // The server scores in a background worker; the journeys run the same catch-up directly.
  await scoreTenant({ db: s.t.db, clock: { now: () => Date.now() } }, tenant.id);
  return {
    tenant,
    adminToken,
    ids,
    admin: await userIn(s, tenant, 'admin'),
    manager: await userIn(s, tenant, 'manager', { subject: ids.fiona }),
    employee: await userIn(s, tenant, 'employee', { subject: ids.frank }),
  };
}

async function post(s: TestServer, token: string, url: string, body: unknown): Promise<void> {
  const res = await s.app.inject({
    method: 'POST',
    url,
    headers: bearer(token),
    payload: body as object,
  });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
}
