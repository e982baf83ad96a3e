import type { Queryable } from '../storage/db.js';
import type { OutboxDraft } from './outbox.js';
import { insertMessages } from './outbox.repository.js';

export interface EnqueueReport {
  /** Messages stored now. */
  enqueued: number;
  /** Messages whose idempotency key the destination already had: not stored again. */
  duplicate: number;
}

/**
 * Puts messages in the outbox of a tenant. Run it in the same transaction as the change the
 * messages announce, so that the change and its messages are committed together or not at all;
 * the outbox worker delivers them afterwards, until the receiver acknowledges each one.
 */
export async function enqueue(
  db: Queryable,
  tenantId: string,
  drafts: readonly OutboxDraft[],
  now: number,
): Promise<EnqueueReport> {
  for (const d of drafts) {
    if (!d.destinationId || !d.kind || !d.idempotencyKey)
      throw new Error('an outbox message needs a destination id, a kind and an idempotency key');
  }
  const enqueued = await insertMessages(db, tenantId, drafts, now);
  return { enqueued, duplicate: drafts.length - enqueued };
}
