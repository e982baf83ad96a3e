import type { Queryable } from '../storage/db.js';
import type { Destination } from './destination.js';
import { listDestinations } from './destination.repository.js';
import type { destinationSchema } from './destination.presenter.js';
import { presentDestination } from './destination.presenter.js';
import { countMessages, emptyCounts, lastError } from './outbox.repository.js';
import type { z } from 'zod';

type Presented = z.infer<typeof destinationSchema>;

/** A destination as presented, with its message counts and newest error. */
export async function withStatus(db: Queryable, d: Destination): Promise<Presented> {
  const counts = (await countMessages(db, d.tenantId)).get(d.id) ?? emptyCounts();
  return presentDestination(d, { counts, lastError: await lastError(db, d.tenantId, d.id) });
}

export async function listDestinationsWithStatus(
  db: Queryable,
  tenantId: string,
): Promise<Presented[]> {
  const counts = await countMessages(db, tenantId);
  const out: Presented[] = [];
  for (const d of await listDestinations(db, tenantId))
    out.push(
      presentDestination(d, {
        counts: counts.get(d.id) ?? emptyCounts(),
        lastError: await lastError(db, tenantId, d.id),
      }),
    );
  return out;
}
