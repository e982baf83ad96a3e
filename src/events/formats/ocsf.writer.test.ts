import { describe, expect, it } from 'vitest';
import { builtInBehaviours } from '../../catalog/behaviours.js';
import type { Behaviour } from '../../catalog/behaviour.js';
import type { NativeEvent } from '../event.js';
import {
  loadOcsfSchema,
  ocsfSchemaAvailable,
  ocsfSchemaDir,
  validateOcsf,
} from './ocsf.schema.testing.js';
import { toOcsf } from './ocsf.writer.js';

const behaviour = (type: string): Behaviour => {
  const found = builtInBehaviours.find((b) => b.type === type);
  if (!found) throw new Error(type);
  return found;
};

const event = (type: string, extra: Partial<NativeEvent> = {}): NativeEvent => ({
  id: `evt-${type}`,
  time: '2026-05-05T10:00:00.000Z',
  source: 'okta',
  type,
  subject: 'maria.garcia@example.com',
  severity: 'high',
  details: { clientIp: '185.220.101.4' },
  ...extra,
});

describe('OCSF writer', () => {
  it('writes a risk event as a Detection Finding with its person, techniques and severity', () => {
    const record = toOcsf(event('phishing.real_clicked'), behaviour('phishing.real_clicked'), {
      productVersion: '0.1.0',
      tenantUid: 't1',
    });
    expect(record).toMatchObject({
      class_uid: 2004,
      category_uid: 2,
      activity_id: 1,
      type_uid: 200401,
      time: 1777975200000,
      severity_id: 4,
      risk_level_id: 3,
      is_alert: true,
      evidences: [
        {
          user: {
            name: 'maria.garcia@example.com',
            email_addr: 'maria.garcia@example.com',
            type_id: 1,
          },
        },
      ],
      finding_info: { uid: 'evt-phishing.real_clicked', types: ['phishing.real_clicked'] },
      metadata: {
        version: '1.8.0',
        uid: 'evt-phishing.real_clicked',
        tenant_uid: 't1',
        product: { name: 'Bulwark', version: '0.1.0' },
      },
    });
    expect((record.finding_info as { attacks: unknown[] }).attacks).toEqual([
      { technique: { uid: 'T1566' }, sub_technique: { uid: 'T1566.002' } },
      { technique: { uid: 'T1204' }, sub_technique: { uid: 'T1204.001' } },
    ]);
  });

  it('writes a data-handling event as a Data Security Finding with the person as actor', () => {
    const record = toOcsf(event('data.dlp_violation'), behaviour('data.dlp_violation'));
    expect(record).toMatchObject({
      class_uid: 2006,
      type_uid: 200601,
      actor: { user: { name: 'maria.garcia@example.com' } },
    });
    expect(record.evidences).toBeUndefined();
  });

  it('marks protective events as informational, not alerts', () => {
    const record = toOcsf(
      event('training.completed', { severity: undefined }),
      behaviour('training.completed'),
    );
    expect(record).toMatchObject({ severity_id: 1, is_alert: false });
    expect(record.risk_level_id).toBeUndefined();
  });

  it('does not call a login name with a domain an email address', () => {
    const record = toOcsf(
      event('endpoint.malware_blocked', { subject: 'CORP\\tom.baker' }),
      behaviour('endpoint.malware_blocked'),
    );
    expect(
      (record.evidences as { user: Record<string, unknown> }[])[0]?.user.email_addr,
    ).toBeUndefined();
  });
});

const schemaFound = ocsfSchemaAvailable();
const schemaTitle = schemaFound
  ? 'OCSF writer against the OCSF 1.8.0 definitions'
  : `skipped: no OCSF 1.8.0 definitions at ${ocsfSchemaDir()} (set BULWARK_OCSF_SCHEMA)`;

describe.skipIf(!schemaFound)(schemaTitle, () => {
  it('writes a valid record for every behaviour of the catalogue, with and without severity', () => {
    const schema = loadOcsfSchema();
    for (const b of builtInBehaviours) {
      for (const severity of ['critical', undefined] as const) {
        const record = toOcsf(event(b.type, { severity }), b, {
          productVersion: '0.1.0',
          tenantUid: 't1',
        });
        expect(validateOcsf(schema, record), `${b.type} ${severity ?? 'no severity'}`).toEqual([]);
      }
    }
  });
});
