import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import type { RawRecord } from './format.js';
import { ocsfFormat } from './ocsf.format.js';
import {
  loadOcsfSchema,
  ocsfSchemaAvailable,
  ocsfSchemaDir,
  validateOcsf,
} from './ocsf.schema.testing.js';
import { problemsOf } from './results.js';

const records = JSON.parse(
  readFileSync(new URL('./fixtures/ocsf-events.json', import.meta.url), 'utf8'),
) as Record<string, unknown>[];
const raw: RawRecord = { text: '', line: 1, origin: 'test' };

function eventsOf(record: unknown): EventDraft[] {
  const result = ocsfFormat.normalise(record, raw);
  if (result.kind !== 'events') throw new Error(`expected events, got ${JSON.stringify(result)}`);
  return result.events;
}

describe('ocsf format', () => {
  const events = eventsOf(records);

  it('maps each supported class to its behaviour', () => {
    expect(events.map((e) => `${e.type} ${e.subject}`)).toEqual([
      'auth.signin_failed maria.garcia@example.com',
      'threat.risky_signin maria.garcia@example.com',
      'auth.mfa_factor_removed maria.garcia@example.com',
      'threat.malicious_email_delivered priya.shah@example.com',
      'threat.malicious_email_delivered tom.baker@example.com',
      'phishing.real_reported sara.lind@example.com',
      'endpoint.malware_blocked noah.fischer@example.com',
      'endpoint.suspicious_script noah.fischer@example.com',
      'data.dlp_violation aiko.tanaka@example.com',
      'phishing.real_clicked li.wei@example.com',
      'web.policy_violation li.wei@example.com',
    ]);
  });

  it('keeps metadata.uid as the id, epoch milliseconds as ISO time and severity_id', () => {
    expect(events[0]).toMatchObject({
      id: 'f790999f-fe87-467a-9880-6982a5839800',
      source: 'ocsf',
      time: '2026-05-05T10:00:00.000Z',
      severity: 'medium',
      details: { classUid: 3002, product: 'Okta System Log', statusDetail: 'INVALID_CREDENTIALS' },
    });
    expect(events[3]?.id).toBe('a4b0d2f1-6c2e-4b1a-9c5e-1e0f9b2d7a31:priya.shah@example.com');
  });

  it('ignores a plain successful sign-in and classes it does not read', () => {
    expect(ocsfFormat.normalise(records[2], raw)).toMatchObject({ kind: 'ignored' });
    const process = { ...records[0], class_uid: 1007, category_uid: 1, type_uid: 100701 };
    expect(ocsfFormat.normalise(process, raw)).toEqual({
      kind: 'ignored',
      reason: 'OCSF class 1007: not read by Bulwark',
    });
  });

  it('rejects a wrong type_uid and a missing time with their paths, keeping the good records', () => {
    const bad = [
      { ...records[0], type_uid: 300299 },
      { ...records[0], time: undefined },
      records[0],
    ];
    const result = ocsfFormat.normalise(bad, raw);
    expect(result.kind).toBe('events');
    expect(problemsOf(result)).toEqual([
      '[0].type_uid: expected class_uid * 100 + activity_id = 300201',
      '[1].time: expected number, received undefined',
    ]);
  });
});

const schemaFound = ocsfSchemaAvailable();
const schemaTitle = schemaFound
  ? 'against the OCSF 1.8.0 definitions'
  : `skipped: no OCSF 1.8.0 definitions at ${ocsfSchemaDir()} (set BULWARK_OCSF_SCHEMA)`;

describe.skipIf(!schemaFound)(schemaTitle, () => {
  it('finds every accepted test record valid', () => {
    const schema = loadOcsfSchema();
    records.forEach((record, i) => expect(validateOcsf(schema, record), `record ${i}`).toEqual([]));
  });

  it('catches what a bad record gets wrong', () => {
    const schema = loadOcsfSchema();
    const bad = {
      ...records[0],
      type_uid: 300202,
      severity_id: 42,
      user: { email_addr: 'not-an-email' },
      colour: 'red',
    };
    const problems = validateOcsf(schema, bad);
    expect(problems).toContain('type_uid: expected 300201 (class_uid * 100 + activity_id)');
    expect(problems).toContain('severity_id: 42 is not in the enumeration');
    expect(problems).toContain('user: user needs at least one of account, name, uid');
    expect(problems).toContain('user.email_addr: "not-an-email" is not a valid email_t');
    expect(problems).toContain('colour: not an attribute of authentication');
  });
});
