import { Readable } from 'node:stream';
import type { Role } from '../auth/roles.js';
import { personRoles, roles } from '../auth/roles.js';
import { builtInBehaviours } from '../catalog/behaviours.js';
import { readDirectoryCsv } from '../directory/directory-csv.reader.js';
import { importDirectory } from '../directory/directory-import.service.js';
import { findIdentityByEmail } from '../directory/identity.repository.js';
import type { Tenant } from '../tenancy/tenant.js';
import type { TestServer } from '../../test/support/server.js';
import { bearer, tokenFor } from '../../test/support/server.js';
import { makeTenant } from '../../test/support/factories.js';
import type { Browser } from './accounts.test-support.js';
import { login, userIn } from './accounts.test-support.js';

/** One tenant of the matrix with an object of every kind and a caller of every role. */
export interface Side {
  tenant: Tenant;
  admin: string;
  objects: {
    identityId: string;
    managerId: string;
    tokenId: string;
    userId: string;
    deadLetterId: number;
    groupId: string;
    cohortId: string;
    connectorId: string;
    destinationId: string;
  };
  /** Strings that only this tenant's data contains: none may reach the other tenant. */
  markers: string[];
  tokens: Record<Role, string>;
  sessions: Partial<Record<Role, Browser>>;
}

const someBehaviour = builtInBehaviours[0]?.type ?? 'unknown';

export async function buildSide(s: TestServer, label: string): Promise<Side> {
  const tenant = await makeTenant(s.t.db, label);
  const admin = await tokenFor(s, tenant, 'admin');
  const domain = `${tenant.slug}.test`;
  const csv = [
    'email,name,department,manager_email',
    `boss@${domain},Boss ${tenant.slug},Ops,`,
    `worker@${domain},Worker ${tenant.slug},Ops,boss@${domain}`,
  ].join('\n');
  await importDirectory(s.t.db, tenant.id, readDirectoryCsv(Readable.from([Buffer.from(csv)])));
  const identityId = (await findIdentityByEmail(s.t.db, tenant.id, `worker@${domain}`))?.id ?? '';
  const managerId = (await findIdentityByEmail(s.t.db, tenant.id, `boss@${domain}`))?.id ?? '';
  const deadLetterMarker = `dead-letter-of-${tenant.slug}`;
  await s.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: bearer(admin),
    payload: [
      {
        id: `e-${tenant.slug}`,
        time: '2026-01-05T10:00:00Z',
        source: 'matrix',
        type: someBehaviour,
        subject: `worker@${domain}`,
      },
      { id: deadLetterMarker, type: 'not-a-behaviour' },
    ],
  });
  const letter = await s.t.db.get<{ id: number }>(
    'SELECT id FROM dead_letters WHERE tenant_id = ?',
    [tenant.id],
  );
  const victim = await s.app.inject({
    method: 'POST',
    url: '/api/v1/tokens',
    headers: bearer(admin),
    payload: { name: `victim-${tenant.slug}`, role: 'ingest' },
  });
  const member = await userIn(s, tenant, 'analyst');
  const scimToken = await tokenFor(s, tenant, 'scim');
  const group = await s.app.inject({
    method: 'POST',
    url: '/scim/v2/Groups',
    headers: { ...bearer(scimToken), 'content-type': 'application/scim+json' },
    payload: JSON.stringify({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: `group-of-${tenant.slug}`,
    }),
  });
  const cohort = await s.app.inject({
    method: 'POST',
    url: '/api/v1/cohorts',
    headers: bearer(admin),
    payload: { name: `cohort-of-${tenant.slug}`, definition: { members: [identityId] } },
  });
  const connector = await s.app.inject({
    method: 'POST',
    url: '/api/v1/connectors',
    headers: bearer(admin),
    // Loopback is refused by the outbound policy, so a run fails at once without leaving the host.
    payload: {
      kind: 'gophish',
      name: `connector-of-${tenant.slug}`,
      settings: { baseUrl: 'https://127.0.0.1:1' },
      credentials: { apiKey: 'matrix' },
    },
  });
  const destination = await s.app.inject({
    method: 'POST',
    url: '/api/v1/destinations',
    headers: bearer(admin),
    // Loopback is refused by the outbound policy, so a test send fails at once without leaving the host.
    payload: {
      kind: 'webhook',
      name: `destination-of-${tenant.slug}`,
      settings: { url: 'https://127.0.0.1:1/hook' },
      credentials: { secret: `secret-of-${tenant.slug}-0123456789` },
    },
  });
  const objects = {
    identityId,
    managerId,
    tokenId: victim.json<{ id: string }>().id,
    userId: member.id,
    deadLetterId: Number(letter?.id),
    groupId: group.json<{ id: string }>().id,
    cohortId: cohort.json<{ id: string }>().id,
    connectorId: connector.json<{ id: string }>().id,
    destinationId: destination.json<{ id: string }>().id,
  };
  const tokens = {} as Record<Role, string>;
  for (const role of roles)
    tokens[role] = await tokenFor(s, tenant, role, subjectFor(role, domain));
  const sessions: Partial<Record<Role, Browser>> = {};
  for (const role of personRoles) {
    const user = await userIn(s, tenant, role, { subject: subjectFor(role, domain) });
    sessions[role] = await login(s, user.email);
  }
  return {
    tenant,
    admin,
    objects,
    tokens,
    sessions,
    markers: [
      tenant.id,
      tenant.slug,
      domain,
      identityId,
      managerId,
      objects.tokenId,
      member.id,
      member.email,
      deadLetterMarker,
      objects.groupId,
      objects.cohortId,
      objects.connectorId,
      `connector-of-${tenant.slug}`,
      objects.destinationId,
      `destination-of-${tenant.slug}`,
      `secret-of-${tenant.slug}`,
    ],
  };
}

function subjectFor(role: Role, domain: string): string | undefined {
  if (role === 'manager') return `boss@${domain}`;
  if (role === 'employee') return `worker@${domain}`;
  return undefined;
}
