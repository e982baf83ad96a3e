import { randomBytes } from 'node:crypto';
import { insertDeadLetters } from '../../events/dead-letter.repository.js';
import { findFormat } from '../../events/formats/index.js';
import type { RawRecord } from '../../events/formats/format.js';
import type { IngestDeps, IngestResult } from '../../events/ingest.service.js';
import { ingestRecords } from '../../events/ingest.service.js';
import type { SecretBox } from '../../secrets/secret-box.js';
import { AppError } from '../../shared/errors.js';
import { findTenantBySlug } from '../../tenancy/tenant.repository.js';
import {
  countDelivery,
  findWebhookSecret,
  saveWebhookSecret,
} from './webhook-secret.repository.js';
import type { SignatureCheck } from './webhook-signature.js';
import { checkBulwark, checkGophish } from './webhook-signature.js';

export interface WebhookDelivery {
  source: string;
  tenantSlug: string;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

export interface WebhookDeps {
  db: IngestDeps['db'];
  clock: IngestDeps['clock'];
  secrets: SecretBox | undefined;
  catalogFor: (tenantId: string) => Promise<IngestDeps['catalog']>;
}

const secretContext = (tenantId: string, source: string) => `webhook:${tenantId}:${source}`;

/** Sets a new random secret for a tenant's webhook from a source and returns it (shown once). */
export async function rotateWebhookSecret(
  deps: { db: IngestDeps['db']; secrets: SecretBox; now: number },
  tenantId: string,
  source: string,
): Promise<string> {
  if (!findFormat(source)) throw new AppError('VALIDATION_FAILED', `no input format ${source}`);
  const secret = randomBytes(32).toString('base64url');
  const sealed = deps.secrets.seal(secret, secretContext(tenantId, source));
  await saveWebhookSecret(deps.db, tenantId, source, sealed, deps.now);
  return secret;
}

/**
 * Takes one webhook delivery: finds the tenant's secret for the source, checks the signature in
 * constant time, and ingests the body in the source's format. A delivery with a bad signature is
 * refused (401), counted, and kept in the dead-letter store with the reason.
 */
export async function receiveWebhook(
  deps: WebhookDeps,
  delivery: WebhookDelivery,
): Promise<IngestResult & { tenantId: string }> {
  const format = findFormat(delivery.source);
  const tenant = await findTenantBySlug(deps.db, delivery.tenantSlug);
  const stored = tenant && format && (await findWebhookSecret(deps.db, tenant.id, delivery.source));
  if (!tenant || !format || !stored || !deps.secrets)
    throw new AppError('NOT_FOUND', `no ${delivery.source} webhook is set up here`);
  const secret = deps.secrets.open(stored.secret, secretContext(tenant.id, delivery.source));
  const check = verify(delivery, secret, deps.clock.now());
  const now = deps.clock.now();
  await countDelivery(deps.db, tenant.id, delivery.source, !check.ok, now);
  if (!check.ok) {
    await insertDeadLetters(
      deps.db,
      tenant.id,
      [
        {
          format: format.name,
          origin: `webhook:${delivery.source}`,
          line: null,
          reason: `signature refused: ${check.reason}`,
          raw: delivery.body.toString('utf8'),
        },
      ],
      now,
    );
    throw new AppError('BAD_SIGNATURE', check.reason);
  }
  const catalog = await deps.catalogFor(tenant.id);
  const records = bodyRecords(delivery.body.toString('utf8'), format.encoding, delivery.source);
  const result = await ingestRecords(
    { db: deps.db, clock: deps.clock, catalog },
    tenant.id,
    format,
    records,
  );
  return { ...result, tenantId: tenant.id };
}

function verify(delivery: WebhookDelivery, secret: string, now: number): SignatureCheck {
  const header = (name: string) => {
    const value = delivery.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  if (delivery.source === 'gophish')
    return checkGophish(header('x-gophish-signature'), secret, delivery.body);
  return checkBulwark(
    header('x-bulwark-signature'),
    header('x-bulwark-timestamp'),
    secret,
    delivery.body,
    now,
  );
}

/** A JSON body is one record, or one per element of an array; a text body is one per line. */
function bodyRecords(text: string, encoding: 'json' | 'text', source: string): RawRecord[] {
  const origin = `webhook:${source}`;
  if (encoding === 'text')
    return text
      .split(/\r?\n/)
      .map((line, i) => ({ text: line, line: i + 1, origin }))
      .filter((r) => r.text.trim() !== '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [{ text, line: 1, origin }];
  }
  if (!Array.isArray(value)) return [{ text, value, line: 1, origin }];
  return value.map((v: unknown, i) => ({ text: JSON.stringify(v), value: v, line: i + 1, origin }));
}
