import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoFormats, type JsonRecord } from './formats/common.js';
import { generateOrganisation } from './org/organisation.js';
import { generateSignals } from './signals.js';
import { simulate } from './world/simulate.js';

const options = { people: 200, days: 100, seed: 5, endDate: '2026-04-30' };
const org = generateOrganisation(options);
const signals = [...simulate(org, options)];
const start = Date.parse('2026-04-30T00:00:00Z') - 99 * 86_400_000;
const end = Date.parse('2026-05-01T00:00:00Z');

function digest(seed: number): string {
  const o = { ...options, seed };
  const hash = createHash('sha256');
  for (const signal of generateSignals(generateOrganisation(o), o))
    hash.update(`${signal.format}\n${JSON.stringify(signal.record)}\n`);
  return hash.digest('hex');
}

const byFormat = (format: string): JsonRecord[] =>
  signals.filter((s) => s.format === format).map((s) => s.record);

describe('generateSignals', () => {
  it('is byte-for-byte the same for a seed and differs for another', () => {
    expect(digest(5)).toBe(digest(5));
    expect(digest(5)).not.toBe(digest(6));
  });

  it('yields the same records as the traced simulation, lazily', () => {
    const iterator = generateSignals(org, options);
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual({ format: signals[0]?.format, record: signals[0]?.record });
  });

  it('uses only the ingest format names and produces every one of them', () => {
    const formats = new Set(signals.map((s) => s.format));
    expect([...formats].sort()).toEqual([...demoFormats].sort());
  });

  it('releases records in time order inside the period', () => {
    let previous = -Infinity;
    for (const signal of signals) {
      expect(signal.time).toBeGreaterThanOrEqual(previous);
      expect(signal.time).toBeGreaterThanOrEqual(start);
      expect(signal.time).toBeLessThan(end);
      previous = signal.time;
    }
  });

  it('names only identities of the directory in its ground truth', () => {
    const emails = new Set(org.directory.map((r) => r.email));
    for (const signal of signals)
      for (const t of signal.truth) expect(emails.has(t.email)).toBe(true);
  });

  it('writes GoPhish events with a JSON-encoded details string whose payload values are arrays', () => {
    const events = byFormat('gophish');
    expect(new Set(events.map((e) => e.message))).toEqual(
      new Set([
        'Email Sent',
        'Email Opened',
        'Clicked Link',
        'Submitted Data',
        'Email Reported',
        'Error Sending Email',
      ]),
    );
    for (const event of events) {
      expect(typeof event.campaign_id).toBe('number');
      expect(event.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      if (event.message === 'Email Sent') {
        expect(event.details).toBe('');
        continue;
      }
      const details = JSON.parse(String(event.details)) as Record<string, unknown>;
      if (event.message === 'Error Sending Email') continue;
      const payload = details.payload as Record<string, unknown>;
      for (const value of Object.values(payload)) expect(Array.isArray(value)).toBe(true);
      expect(details.browser).toHaveProperty('user-agent');
    }
  });

  it('writes Proofpoint SIEM responses with their four arrays, and People API responses', () => {
    for (const record of byFormat('proofpoint-tap')) {
      if ('users' in record) {
        expect(record).toHaveProperty('interval');
        expect(record).toHaveProperty('vapAttackIndexThreshold');
        continue;
      }
      for (const name of [
        'clicksPermitted',
        'clicksBlocked',
        'messagesDelivered',
        'messagesBlocked',
      ])
        expect(Array.isArray(record[name])).toBe(true);
      const messages = [
        ...(record.messagesDelivered as JsonRecord[]),
        ...(record.messagesBlocked as JsonRecord[]),
      ];
      for (const message of messages) expect(Array.isArray(message.recipient)).toBe(true);
      for (const click of record.clicksBlocked as JsonRecord[])
        expect(typeof click.recipient).toBe('string');
    }
  });

  it('writes Okta, Graph, CrowdStrike, KnowBe4 and OCSF records with their identifying fields', () => {
    for (const e of byFormat('okta'))
      expect(e).toMatchObject({
        uuid: expect.any(String),
        eventType: expect.any(String),
        actor: { type: 'User' },
      });
    for (const s of byFormat('graph-signins'))
      expect(s).toMatchObject({
        id: expect.any(String),
        status: { errorCode: expect.any(Number) },
      });
    for (const r of byFormat('graph-risk')) expect(r.userPrincipalName).toEqual(expect.any(String));
    for (const a of byFormat('graph-alerts'))
      expect(a).toMatchObject({ serviceSource: expect.any(String), evidence: expect.any(Array) });
    for (const c of byFormat('crowdstrike'))
      expect('composite_id' in c || 'metadata' in c).toBe(true);
    for (const k of byFormat('knowbe4'))
      expect('enrollment_id' in k || 'recipient_id' in k || 'phish_prone_percentage' in k).toBe(
        true,
      );
    for (const o of byFormat('ocsf')) {
      const classUid = o.class_uid as number;
      expect([3002, 3001, 4009, 2004, 2006, 6001]).toContain(classUid);
      expect(o.type_uid).toBe(classUid * 100 + (o.activity_id as number));
      expect(o.metadata).toMatchObject({ version: '1.8.0', product: expect.any(Object) });
    }
  });

  it('includes scanner prefetches seconds after delivery, and agents with their own signals', () => {
    const automated = signals.filter((s) => s.truth.some((t) => t.automated));
    expect(automated.length).toBeGreaterThan(10);
    const agentEmails = new Set(
      org.directory.filter((r) => r.kind === 'agent').map((r) => r.email),
    );
    const agentSignals = signals.filter((s) =>
      s.truth.some((t) => agentEmails.has(t.email) && t.behaviour.startsWith('agent.')),
    );
    expect(agentSignals.length).toBeGreaterThan(0);
  });

  it('runs for the smallest organisation and period', () => {
    const tiny = { people: 1, days: 1, seed: 0, endDate: '2026-01-01' };
    const records = [...generateSignals(generateOrganisation(tiny), tiny)];
    for (const { format } of records) expect(demoFormats).toContain(format);
  });
});
