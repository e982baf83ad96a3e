import { describe, expect, it } from 'vitest';
import type { RawRecord } from './format.js';
import { graphAlertsFormat } from './graph-alerts.format.js';
import { ocsfFormat } from './ocsf.format.js';

const raw: RawRecord = { text: '', line: 1, origin: 'test' };
const typeOf = (result: ReturnType<typeof ocsfFormat.normalise>) =>
  result.kind === 'events' ? result.events.map((e) => e.type) : result.kind;

function ocsf(classUid: number, activityId: number, extra: Record<string, unknown>) {
  return {
    class_uid: classUid,
    activity_id: activityId,
    type_uid: classUid * 100 + activityId,
    category_uid: Math.floor(classUid / 1000),
    severity_id: 3,
    time: 1_777_000_000_000,
    metadata: {
      version: '1.8.0',
      product: { name: 'Test', vendor_name: 'Test' },
      uid: `u-${classUid}-${activityId}`,
    },
    ...extra,
  };
}

describe('mappings that name incidents and agent findings', () => {
  it('reads an OCSF data security finding that confirms a leak as a confirmed leak', () => {
    const leak = ocsf(2006, 1, {
      actor: { user: { email_addr: 'a@x.test' } },
      finding_info: { uid: 'f1', title: 'Confirmed data leak: Payroll', types: ['Data Leak'] },
    });
    const match = ocsf(2006, 1, {
      actor: { user: { email_addr: 'a@x.test' } },
      finding_info: {
        uid: 'f2',
        title: 'DLP policy match: Payroll',
        types: ['Data Loss Prevention'],
      },
    });
    expect(typeOf(ocsfFormat.normalise(leak, raw))).toEqual(['data.leak_confirmed']);
    expect(typeOf(ocsfFormat.normalise(match, raw))).toEqual(['data.dlp_violation']);
  });

  it('reads MITRE ATLAS techniques on detection findings as AI-agent behaviours', () => {
    const finding = (technique: string) =>
      ocsf(2004, 1, {
        actor: { user: { email_addr: 'bot@x.test' } },
        finding_info: {
          uid: technique,
          title: 'AI finding',
          attacks: [{ technique: { uid: technique, name: 'x' } }],
        },
      });
    expect(typeOf(ocsfFormat.normalise(finding('AML.T0051.001'), raw))).toEqual([
      'agent.prompt_injection_detected',
    ]);
    expect(typeOf(ocsfFormat.normalise(finding('AML.T0057'), raw))).toEqual([
      'agent.data_exfiltration_attempt',
    ]);
  });

  it('keeps a blocked visit to a malicious site a risky visit', () => {
    const visit = ocsf(6001, 1, {
      action_id: 2,
      actor: { user: { email_addr: 'a@x.test' } },
      http_request: { url: { url_string: 'https://bad.example', category_ids: [18] } },
    });
    expect(typeOf(ocsfFormat.normalise(visit, raw))).toEqual(['web.malicious_site_visited']);
  });

  it('reads a Purview DLP alert resolved as a true positive as a confirmed leak', () => {
    const alert = {
      id: 'a1',
      title: 'DLP policy match',
      serviceSource: 'microsoftDataLossPrevention',
      detectionSource: 'microsoftDataLossPrevention',
      classification: 'truePositive',
      severity: 'high',
      createdDateTime: '2026-05-01T10:00:00Z',
      evidence: [
        {
          '@odata.type': '#microsoft.graph.security.userEvidence',
          userAccount: { userPrincipalName: 'a@x.test' },
        },
      ],
    };
    expect(typeOf(graphAlertsFormat.normalise(alert, raw))).toEqual(['data.leak_confirmed']);
  });
});
