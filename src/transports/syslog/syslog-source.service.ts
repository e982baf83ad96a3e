import { parseCidr } from '../../outbound/network-policy.js';
import { AppError } from '../../shared/errors.js';
import type { Queryable } from '../../storage/db.js';
import {
  deleteSyslogSource,
  findSyslogSource,
  insertSyslogSource,
} from './syslog-source.repository.js';

/** A network in canonical form (`10.1.0.0/16`), or a validation error saying what is wrong. */
export function canonicalNetwork(text: string): string {
  const parsed = parseCidr(text);
  if (typeof parsed === 'string')
    throw new AppError('VALIDATION_FAILED', parsed, [{ path: 'network', message: parsed }]);
  return `${parsed.address.toLowerCase()}/${parsed.prefix}`;
}

/** Claims a sender network for a tenant's syslog. A network belongs to one tenant at most. */
export async function addSyslogSource(
  db: Queryable,
  tenantId: string,
  text: string,
  now: number,
): Promise<string> {
  const network = canonicalNetwork(text);
  const existing = await findSyslogSource(db, network);
  if (existing?.tenantId === tenantId) return network;
  if (existing) throw new AppError('CONFLICT', `${network} already sends syslog to another tenant`);
  await insertSyslogSource(db, tenantId, network, now);
  return network;
}

export async function removeSyslogSource(
  db: Queryable,
  tenantId: string,
  text: string,
): Promise<void> {
  const network = canonicalNetwork(text);
  if (!(await deleteSyslogSource(db, tenantId, network)))
    throw new AppError('NOT_FOUND', `${network} is not a syslog source of this tenant`);
}
