import { enqueue } from '../destinations/outbox.service.js';
import {
  countMessages,
  deleteMessagesOf,
  emptyCounts,
  lastError,
  replayDead,
} from '../destinations/outbox.repository.js';
import type { OutboxCounts } from '../destinations/outbox.js';
import type { Viewer } from '../auth/viewer.js';
import { newestEventSeq } from '../events/event-tenant.js';
import { requireSecrets } from '../secrets/secret-box.factory.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { AppError, type FieldProblem } from '../shared/errors.js';
import { canonicalJson, newId } from '../shared/ids.js';
import type { Db, Queryable } from '../storage/db.js';
import { findTenantById } from '../tenancy/tenant.repository.js';
import { ensureKey } from './key.service.js';
import { streamUpdatedSet, verificationSet } from './set.js';
import type { SetClaims, SetMessage, Stream, StreamStatus } from './ssf.js';
import {
  eventsDelivered,
  eventsSupported,
  MIN_VERIFICATION_INTERVAL_S,
  POLL,
  PUSH,
  SET_KIND,
} from './ssf.js';
import {
  deleteStream,
  excludeSubject,
  findStream,
  includeSubject,
  insertStream,
  listStreams,
  markFed,
  updateStream,
} from './stream.repository.js';
import type { Subject } from './subject.js';
import { subjectKey } from './subject.js';
import { transmitterUrls } from './transmitter.js';

export interface StreamDeps {
  db: Db;
  secrets: SecretBox | undefined;
  publicUrl: string;
  now: number;
}

/** Delivery as a receiver sends it; `authorization_header` goes in sealed and never comes out. */
export interface DeliveryInput {
  method: string;
  endpoint_url?: string | undefined;
  authorization_header?: string | undefined;
}

/** The receiver-supplied part of a stream configuration, plus what must match if given. */
export interface StreamInput {
  events_requested?: string[] | undefined;
  delivery?: DeliveryInput | undefined;
  description?: string | null | undefined;
  /** Bulwark extension at creation: the receiver's audience; default the endpoint's origin. */
  aud?: string | undefined;
  iss?: string | undefined;
  events_supported?: string[] | undefined;
  events_delivered?: string[] | undefined;
  min_verification_interval?: number | undefined;
}

/** A stream configuration as the management API shows it (SSF 1.0 §8.1.1). */
export interface StreamConfiguration {
  stream_id: string;
  iss: string;
  aud: string;
  events_supported: string[];
  events_requested: string[];
  events_delivered: string[];
  delivery: { method: string; endpoint_url: string };
  min_verification_interval: number;
  description?: string;
}

export async function issuerOf(
  db: Queryable,
  publicUrl: string,
  tenantId: string,
): Promise<string> {
  const tenant = await findTenantById(db, tenantId);
  if (!tenant) throw new AppError('TENANT_NOT_FOUND');
  return transmitterUrls(publicUrl, tenant.slug).issuer;
}

export function presentStream(s: Stream, iss: string): StreamConfiguration {
  return {
    stream_id: s.id,
    iss,
    aud: s.aud,
    events_supported: [...eventsSupported],
    events_requested: s.eventsRequested,
    events_delivered: eventsDelivered(s.eventsRequested),
    delivery: { method: s.deliveryMethod, endpoint_url: s.endpointUrl },
    min_verification_interval: MIN_VERIFICATION_INTERVAL_S,
    ...(s.description ? { description: s.description } : {}),
  };
}

/** A receiver's token sees the streams it created; owners and admins see every stream. */
const ownerFilter = (viewer: Viewer): string | undefined =>
  viewer.role === 'ssf' ? viewer.actor : undefined;

/** The stream if the viewer may see it; otherwise not found, like a stream that does not exist. */
export async function visibleStream(db: Queryable, viewer: Viewer, id: string): Promise<Stream> {
  const s = await findStream(db, viewer.tenantId, id);
  const owner = ownerFilter(viewer);
  if (!s || (owner !== undefined && s.createdBy !== owner))
    throw new AppError('SSF_STREAM_NOT_FOUND', `no stream "${id}" for this receiver`);
  return s;
}

export async function listVisibleStreams(db: Queryable, viewer: Viewer): Promise<Stream[]> {
  return listStreams(db, viewer.tenantId, ownerFilter(viewer));
}

const authContext = (tenantId: string, streamId: string) => `ssf-stream:${tenantId}:${streamId}`;

function checkDelivery(d: DeliveryInput | undefined): FieldProblem[] {
  if (!d)
    return [
      { path: 'delivery', message: `poll delivery (${POLL}) is not offered; ask for ${PUSH}` },
    ];
  if (d.method !== PUSH)
    return [{ path: 'delivery.method', message: `must be ${PUSH}; got "${d.method}"` }];
  if (!d.endpoint_url)
    return [{ path: 'delivery.endpoint_url', message: 'push delivery needs an endpoint_url' }];
  const url = URL.canParse(d.endpoint_url) ? new URL(d.endpoint_url) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    return [{ path: 'delivery.endpoint_url', message: 'must be an https:// URL' }];
  if (url.username || url.password)
    return [
      {
        path: 'delivery.endpoint_url',
        message: 'must not carry credentials; use authorization_header',
      },
    ];
  return [];
}

/** Transmitter-supplied properties may be sent back, but only with the values they have. */
function checkTransmitterFields(input: StreamInput, current: StreamConfiguration): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  const fields = [
    'iss',
    'events_supported',
    'events_delivered',
    'min_verification_interval',
  ] as const;
  for (const f of fields)
    if (input[f] !== undefined && !same(input[f], current[f]))
      problems.push({ path: f, message: 'is set by the transmitter and does not match' });
  if (input.aud !== undefined && input.aud !== current.aud)
    problems.push({ path: 'aud', message: 'cannot be changed' });
  return problems;
}

function fail(problems: FieldProblem[]): void {
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      problems.map((p) => `${p.path} ${p.message}`).join('; '),
      problems,
    );
}

export async function createStream(
  deps: StreamDeps,
  viewer: Viewer,
  input: StreamInput,
): Promise<StreamConfiguration> {
  fail(checkDelivery(input.delivery));
  const existing = await listStreams(deps.db, viewer.tenantId);
  if (existing.length >= MAX_STREAMS)
    throw new AppError('CONFLICT', `a tenant has at most ${MAX_STREAMS} streams; delete one first`);
  const delivery = input.delivery as Required<Pick<DeliveryInput, 'endpoint_url'>> & DeliveryInput;
  const secrets = requireSecrets(deps.secrets);
  const iss = await issuerOf(deps.db, deps.publicUrl, viewer.tenantId);
  await ensureKey({ db: deps.db, secrets, now: deps.now }, viewer.tenantId);
  const id = newId();
  const stream: Stream = {
    tenantId: viewer.tenantId,
    id,
    aud: input.aud ?? new URL(delivery.endpoint_url).origin,
    eventsRequested: dedupe(input.events_requested ?? []),
    deliveryMethod: PUSH,
    endpointUrl: delivery.endpoint_url,
    authorizationSealed: delivery.authorization_header
      ? secrets.seal(delivery.authorization_header, authContext(viewer.tenantId, id))
      : null,
    description: input.description ?? null,
    status: 'enabled',
    statusReason: null,
    createdBy: viewer.actor,
    fedScoredAt: 0,
    incidentCursor: await lastEventSeq(deps.db, viewer.tenantId),
    verifiedAt: null,
    createdAt: deps.now,
    updatedAt: deps.now,
  };
  await insertStream(deps.db, stream);
  return presentStream(stream, iss);
}

/** Streams per tenant: each one is a feed pass over the tenant's scores after every run. */
export const MAX_STREAMS = 20;

const dedupe = (values: readonly string[]): string[] => [...new Set(values)];

/** Where a new stream starts reading incident events: after the newest one (no history replay). */
const lastEventSeq = newestEventSeq;

/**
 * Changes a stream (PATCH: only what is given; PUT: receiver-supplied properties left out are
 * cleared). A new endpoint never inherits the old endpoint's Authorization header.
 */
export async function changeStream(
  deps: StreamDeps,
  viewer: Viewer,
  id: string,
  input: StreamInput,
  mode: 'patch' | 'replace',
): Promise<StreamConfiguration> {
  const stream = await visibleStream(deps.db, viewer, id);
  const iss = await issuerOf(deps.db, deps.publicUrl, viewer.tenantId);
  const problems = checkTransmitterFields(input, presentStream(stream, iss));
  const delivery = mode === 'replace' ? input.delivery : (input.delivery ?? deliveryOf(stream));
  problems.push(...(input.delivery || mode === 'replace' ? checkDelivery(delivery) : []));
  fail(problems);
  const next: Stream = { ...stream, updatedAt: deps.now };
  if (input.events_requested !== undefined) next.eventsRequested = dedupe(input.events_requested);
  else if (mode === 'replace') next.eventsRequested = [];
  if (input.description !== undefined) next.description = input.description;
  else if (mode === 'replace') next.description = null;
  if (input.delivery) {
    const d = input.delivery as DeliveryInput & { endpoint_url: string };
    next.endpointUrl = d.endpoint_url;
    if (d.authorization_header !== undefined)
      next.authorizationSealed = requireSecrets(deps.secrets).seal(
        d.authorization_header,
        authContext(viewer.tenantId, id),
      );
    else if (d.endpoint_url !== stream.endpointUrl) next.authorizationSealed = null;
  }
  await updateStream(deps.db, next);
  return presentStream(next, iss);
}

const deliveryOf = (s: Stream): DeliveryInput => ({
  method: s.deliveryMethod,
  endpoint_url: s.endpointUrl,
});

/** Deletes a stream with whatever it still had to deliver. */
export async function removeStream(deps: StreamDeps, viewer: Viewer, id: string): Promise<void> {
  await visibleStream(deps.db, viewer, id);
  await deps.db.transaction(async (tx) => {
    await deleteMessagesOf(tx, viewer.tenantId, id);
    await deleteStream(tx, viewer.tenantId, id);
  });
}

/** The Authorization header a stream's deliveries carry, opened. */
export function openAuthorization(secrets: SecretBox | undefined, s: Stream): string | undefined {
  if (!s.authorizationSealed) return undefined;
  return requireSecrets(secrets).open(s.authorizationSealed, authContext(s.tenantId, s.id));
}

export interface StatusView {
  stream_id: string;
  status: StreamStatus;
  reason?: string;
}

export function presentStatus(s: Stream): StatusView {
  return {
    stream_id: s.id,
    status: s.status,
    ...(s.statusReason ? { reason: s.statusReason } : {}),
  };
}

/**
 * Sets a stream's status. Paused streams hold their SETs and send them once enabled again;
 * disabled ones drop them, and on enabling start from the newest incident. When someone other
 * than the stream's receiver changes it (an administrator), the receiver is told with a
 * stream-updated SET, sent even while the stream is paused or disabled.
 */
export async function setStatus(
  deps: StreamDeps,
  viewer: Viewer,
  id: string,
  change: { status: StreamStatus; reason?: string | undefined },
): Promise<StatusView> {
  const stream = await visibleStream(deps.db, viewer, id);
  const iss = await issuerOf(deps.db, deps.publicUrl, viewer.tenantId);
  const next: Stream = {
    ...stream,
    status: change.status,
    statusReason: change.reason ?? null,
    updatedAt: deps.now,
  };
  await deps.db.transaction(async (tx) => {
    await updateStream(tx, next);
    // A disabled stream held nothing: on enabling it starts after the newest incident.
    if (stream.status === 'disabled' && change.status !== 'disabled')
      await markFed(tx, viewer.tenantId, id, {
        incidentCursor: await lastEventSeq(tx, viewer.tenantId),
      });
    // Disabled streams hold nothing: what was queued goes (before a stream-updated is queued).
    if (change.status === 'disabled' && stream.status !== 'disabled')
      await deleteMessagesOf(tx, viewer.tenantId, id);
    // SETs that ran out of tries while the stream was paused get a new delivery window.
    if (change.status === 'enabled' && stream.status === 'paused')
      await replayDead(tx, viewer.tenantId, id, 'all', deps.now);
    if (viewer.actor !== stream.createdBy && change.status !== stream.status)
      await enqueueSet(
        tx,
        next,
        streamUpdatedSet({ iss, aud: next.aud, now: deps.now }, id, change.status, change.reason),
        deps.now,
      );
  });
  return presentStatus(next);
}

/** Puts a SET for a stream in the outbox, keyed by its jti. */
export async function enqueueSet(
  tx: Queryable,
  stream: Stream,
  claims: SetClaims,
  now: number,
  keys: { idempotencyKey?: string; orderingKey?: string } = {},
): Promise<boolean> {
  const payload: SetMessage = { streamId: stream.id, claims };
  const report = await enqueue(
    tx,
    stream.tenantId,
    [
      {
        destinationId: stream.id,
        kind: SET_KIND,
        payload,
        idempotencyKey: keys.idempotencyKey ?? `jti:${claims.jti}`,
        ...(keys.orderingKey ? { orderingKey: keys.orderingKey } : {}),
      },
    ],
    now,
  );
  return report.enqueued > 0;
}

/** Asks for a verification SET on the stream, at most once per MIN_VERIFICATION_INTERVAL_S. */
export async function requestVerification(
  deps: StreamDeps,
  viewer: Viewer,
  id: string,
  state: string | undefined,
): Promise<void> {
  const stream = await visibleStream(deps.db, viewer, id);
  if (stream.status === 'disabled')
    throw new AppError('CONFLICT', 'the stream is disabled: enable it before verifying it');
  if (
    stream.verifiedAt !== null &&
    deps.now - stream.verifiedAt < MIN_VERIFICATION_INTERVAL_S * 1000
  )
    throw new AppError(
      'TOO_MANY_ATTEMPTS',
      `verification may be asked once every ${MIN_VERIFICATION_INTERVAL_S} seconds`,
    );
  const iss = await issuerOf(deps.db, deps.publicUrl, viewer.tenantId);
  await deps.db.transaction(async (tx) => {
    await updateStream(tx, { ...stream, verifiedAt: deps.now });
    await enqueueSet(
      tx,
      stream,
      verificationSet({ iss, aud: stream.aud, now: deps.now }, id, state),
      deps.now,
    );
  });
}

/**
 * Adds a subject back to a stream. Every subject is in a stream by default (`default_subjects`
 * ALL), so this undoes an earlier removal; unknown subjects are accepted silently, so that the
 * answer says nothing about who exists here.
 */
export async function addSubject(
  deps: StreamDeps,
  viewer: Viewer,
  id: string,
  subject: Subject,
): Promise<void> {
  await visibleStream(deps.db, viewer, id);
  await includeSubject(deps.db, viewer.tenantId, id, subjectKey(subject));
}

/** Stops events about a subject on a stream (until it is added again). */
export async function removeSubject(
  deps: StreamDeps,
  viewer: Viewer,
  id: string,
  subject: Subject,
): Promise<void> {
  await visibleStream(deps.db, viewer, id);
  await excludeSubject(deps.db, viewer.tenantId, id, subjectKey(subject), subject, deps.now);
}

export interface DeliveryHealth {
  stream_id: string;
  status: StreamStatus;
  endpoint_url: string;
  messages: OutboxCounts;
  last_error: string | null;
  last_error_at: string | null;
}

/** How each stream the viewer may see is delivering: SETs by state and the newest error. */
export async function deliveryHealth(db: Queryable, viewer: Viewer): Promise<DeliveryHealth[]> {
  const counts = await countMessages(db, viewer.tenantId);
  const out: DeliveryHealth[] = [];
  for (const s of await listVisibleStreams(db, viewer)) {
    const error = await lastError(db, viewer.tenantId, s.id);
    out.push({
      stream_id: s.id,
      status: s.status,
      endpoint_url: s.endpointUrl,
      messages: counts.get(s.id) ?? emptyCounts(),
      last_error: error?.error ?? null,
      last_error_at: error ? new Date(error.at).toISOString() : null,
    });
  }
  return out;
}

/** Gives a stream's dead SETs (the receiver refused or never answered) a new delivery window. */
export async function replayStream(deps: StreamDeps, viewer: Viewer, id: string): Promise<number> {
  await visibleStream(deps.db, viewer, id);
  return replayDead(deps.db, viewer.tenantId, id, 'all', deps.now);
}
