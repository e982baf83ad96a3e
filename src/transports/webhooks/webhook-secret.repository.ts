import type { Queryable } from '../../storage/db.js';

export interface WebhookSecretRow extends Record<string, unknown> {
  secret: string;
  received: number;
  refused: number;
  last_received_at: number | string | null;
}

export async function findWebhookSecret(
  db: Queryable,
  tenantId: string,
  source: string,
): Promise<WebhookSecretRow | undefined> {
  return db.get<WebhookSecretRow>(
    'SELECT secret, received, refused, last_received_at FROM webhook_secrets WHERE tenant_id = ? AND source = ?',
    [tenantId, source],
  );
}

export async function saveWebhookSecret(
  db: Queryable,
  tenantId: string,
  source: string,
  sealed: string,
  now: number,
): Promise<void> {
  await db.run(
    `INSERT INTO webhook_secrets (tenant_id, source, secret, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (tenant_id, source) DO UPDATE SET secret = excluded.secret, created_at = excluded.created_at`,
    [tenantId, source, sealed, now],
  );
}

/** Counts a delivery: accepted, or refused for its signature. */
export async function countDelivery(
  db: Queryable,
  tenantId: string,
  source: string,
  refused: boolean,
  now: number,
): Promise<void> {
  await db.run(
    `UPDATE webhook_secrets SET received = received + 1, refused = refused + ?, last_received_at = ?
      WHERE tenant_id = ? AND source = ?`,
    [refused ? 1 : 0, now, tenantId, source],
  );
}

export interface WebhookSummary {
  source: string;
  received: number;
  refused: number;
  lastReceivedAt: number | null;
}

/** The webhook sources a tenant set up, with their delivery counts (never the secrets). */
export async function listWebhooks(db: Queryable, tenantId: string): Promise<WebhookSummary[]> {
  const rows = await db.all<{
    source: string;
    received: number;
    refused: number;
    last_received_at: number | string | null;
  }>(
    'SELECT source, received, refused, last_received_at FROM webhook_secrets WHERE tenant_id = ? ORDER BY source',
    [tenantId],
  );
  return rows.map((r) => ({
    source: r.source,
    received: Number(r.received),
    refused: Number(r.refused),
    lastReceivedAt: r.last_received_at === null ? null : Number(r.last_received_at),
  }));
}
