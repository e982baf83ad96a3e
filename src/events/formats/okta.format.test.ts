import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../event.js';
import type { RawRecord } from './format.js';
import { oktaFormat } from './okta.format.js';
import { problemsOf } from './results.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const raw: RawRecord = { text: '', line: 1, origin: 'test' };

function eventsOf(record: unknown): EventDraft[] {
  const result = oktaFormat.normalise(record, raw);
  if (result.kind !== 'events') throw new Error(`expected events, got ${JSON.stringify(result)}`);
  return result.events;
}

describe('okta System Log', () => {
  const page = fixture('okta-system-log-page.json') as Record<string, unknown>[];
  const events = eventsOf(page);
  const byType = (type: string): EventDraft[] => events.filter((e) => e.type === type);

  it('maps each relevant event type and skips the rest', () => {
    expect(events.map((e) => e.type)).toEqual([
      'auth.signin_failed',
      'threat.risky_signin',
      'threat.mfa_fatigue_attack',
      'auth.mfa_push_denied',
      'auth.mfa_push_approved_suspicious',
      'auth.signin_failed',
      'auth.mfa_factor_removed',
      'auth.suspicious_activity_reported',
      'threat.password_spray_targeted',
      'auth.account_locked',
      'auth.policy_denied',
      'threat.user_risk_elevated',
    ]);
  });

  it('keeps the uuid, time, person and Okta severity', () => {
    expect(events[0]).toMatchObject({
      id: page[0]?.uuid,
      source: 'okta',
      subject: 'maria.garcia@example.com',
      time: page[0]?.published,
      severity: 'medium',
      details: { outcomeReason: 'INVALID_CREDENTIALS', clientIp: '185.220.101.4' },
    });
    expect(byType('threat.risky_signin')[0]?.details.riskLevel).toBe('high');
  });

  it('marks every push with its phase and session so the pipeline can find bursts', () => {
    const pushes = events.filter((e) => e.details.mfaPush !== undefined);
    expect(pushes.map((e) => (e.details.mfaPush as { phase: string }).phase)).toEqual([
      'sent',
      'denied',
      'approved',
    ]);
    for (const push of pushes) {
      expect(push.subject).toBe('maria.garcia@example.com');
      expect(push.details.mfaPush).toMatchObject({ sessionId: '102VLe2EF9hRoqCr9Xs3nC4qA' });
    }
    expect(pushes.map((e) => e.details.requiresBurst)).toEqual([true, undefined, true]);
  });

  it('attributes a factor reset to the person whose factor was removed, not the admin', () => {
    const [reset] = byType('auth.mfa_factor_removed');
    expect(reset?.subject).toBe('maria.garcia@example.com');
    expect(reset?.details.actor).toBe('it.admin@example.com');
  });

  it('reads the risk change encoded as JSON text in debugData', () => {
    expect(byType('threat.user_risk_elevated')[0]?.details).toMatchObject({
      riskLevel: 'high',
      priorRiskLevel: 'low',
      reasonCode: 'ENTITY_RISK_POLICY',
    });
  });

  it('ignores a lowered risk, an allowed policy decision and a plain sign-in', () => {
    const lowered = {
      ...page[13],
      debugContext: { debugData: { risk_change: '{"riskLevel":"LOW","direction":"decrease"}' } },
    };
    expect(oktaFormat.normalise(lowered, raw)).toEqual({
      kind: 'ignored',
      reason: 'Okta user.risk.change: risk lowered',
    });
    expect(oktaFormat.normalise(page[12], raw).kind).toBe('ignored');
    expect(oktaFormat.normalise(page[2], raw).kind).toBe('ignored');
  });

  it('reads event hook deliveries', () => {
    expect(eventsOf(fixture('okta-event-hook.json')).map((e) => e.type)).toEqual([
      'threat.mfa_fatigue_attack',
      'auth.mfa_push_denied',
    ]);
  });

  it('names the index and field of a malformed event and keeps the others', () => {
    const result = oktaFormat.normalise(
      [page[0], { ...page[1], actor: 'nobody' }, { uuid: 'x' }],
      raw,
    );
    expect(result.kind).toBe('events');
    const problems = problemsOf(result);
    expect(problems).toContain('[1].actor: expected object, received string');
    expect(problems).toContain('[2].published: expected string, received undefined');
    expect(problems).toContain('[2].eventType: expected string, received undefined');
  });
});
