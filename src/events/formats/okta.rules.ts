import type { LogEvent } from './okta.schema.js';
import { compact, isRecord } from './values.js';

export type OktaRule =
  | { type: string; subject: string | undefined; details: Record<string, unknown> }
  | { ignored: string };

type Handler = (event: LogEvent) => OktaRule;

/** The user who acted, when the actor is a person (not the system or an unknown principal). */
function actorUser(event: LogEvent): string | undefined {
  const { actor } = event;
  if (actor.type !== 'User') return undefined;
  const id = actor.alternateId?.trim();
  return id && id.toLowerCase() !== 'unknown' ? id : undefined;
}

/** The user an event is about (factor resets, risk changes name the person as a target). */
function targetUser(event: LogEvent): string | undefined {
  const user = event.target?.find((t) => t.type === 'User' && t.alternateId);
  return user?.alternateId?.trim() || undefined;
}

const result = (event: LogEvent): string => event.outcome?.result ?? 'UNKNOWN';
const debug = (event: LogEvent): Record<string, unknown> => event.debugContext?.debugData ?? {};

function rule(
  type: string,
  subject: string | undefined,
  details: Record<string, unknown> = {},
): OktaRule {
  return { type, subject, details };
}

/** Whether an MFA event concerns an Okta Verify push (debugData.factor or the method used). */
function isPush(event: LogEvent): boolean {
  const factor = debug(event).factor;
  if (typeof factor === 'string' && /push/i.test(factor)) return true;
  return (event.target ?? []).some((t) => {
    const method = t.detailEntry?.methodTypeUsed;
    return typeof method === 'string' && /push/i.test(method);
  });
}

/**
 * Marks a push so the pipeline can find bursts: one record cannot see a fatigue attack, so every
 * push sent, denied or approved carries the person, the push phase and the session. Push-sent and
 * push-approved events also carry `requiresBurst: true`: alone they are normal sign-ins, and they
 * should weigh nothing until the pipeline has counted a burst for the same subject.
 */
function pushDetails(
  event: LogEvent,
  phase: 'sent' | 'denied' | 'approved',
): Record<string, unknown> {
  return {
    mfaPush: compact({
      phase,
      factor: debug(event).factor,
      transactionId: event.transaction?.id,
      sessionId: event.authenticationContext?.externalSessionId,
      clientIp: event.client?.ipAddress,
    }),
    ...(phase === 'denied' ? {} : { requiresBurst: true }),
  };
}

/** Okta writes some debugData values as JSON text and others as `{key=value, …}` text. */
function riskLevel(value: unknown): string | undefined {
  if (isRecord(value))
    return typeof value.level === 'string' ? value.level.toUpperCase() : undefined;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (isRecord(parsed)) return riskLevel(isRecord(parsed.risk) ? parsed.risk : parsed);
  } catch {
    // not JSON: fall through to the key=value form
  }
  return /level=(\w+)/i.exec(value)?.[1]?.toUpperCase();
}

function sessionStart(event: LogEvent): OktaRule {
  const user = actorUser(event) ?? event.actor.alternateId ?? undefined;
  if (result(event) === 'FAILURE') return rule('auth.signin_failed', user);
  const data = debug(event);
  const level = riskLevel(data.risk) ?? riskLevel(data.logOnlySecurityData);
  if (level === 'MEDIUM' || level === 'HIGH')
    return rule('threat.risky_signin', user, { riskLevel: level.toLowerCase() });
  return { ignored: 'Okta user.session.start: a sign-in without failure or risk' };
}

function authViaMfa(event: LogEvent): OktaRule {
  const push = isPush(event);
  const outcome = result(event);
  if (outcome === 'SUCCESS')
    return push
      ? rule('auth.mfa_push_approved_suspicious', actorUser(event), pushDetails(event, 'approved'))
      : { ignored: 'Okta user.authentication.auth_via_mfa: a successful verification' };
  if (outcome !== 'FAILURE') return { ignored: `Okta auth_via_mfa with outcome ${outcome}` };
  // In Identity Engine a denied push is this event failing with INVALID_CREDENTIALS.
  if (push) return rule('auth.mfa_push_denied', actorUser(event), pushDetails(event, 'denied'));
  return rule('auth.signin_failed', actorUser(event), { mfa: true });
}

function riskChange(event: LogEvent): OktaRule {
  const change = parseObject(debug(event).risk_change) ?? parseObject(debug(event).riskChange);
  const level = typeof change?.riskLevel === 'string' ? change.riskLevel.toUpperCase() : undefined;
  const direction =
    typeof change?.direction === 'string' ? change.direction.toLowerCase() : undefined;
  if (direction === 'decrease' || level === 'LOW' || level === 'NONE')
    return { ignored: 'Okta user.risk.change: risk lowered' };
  return rule(
    'threat.user_risk_elevated',
    targetUser(event) ?? actorUser(event),
    compact({
      riskLevel: level?.toLowerCase(),
      priorRiskLevel:
        typeof change?.priorRiskLevel === 'string'
          ? change.priorRiskLevel.toLowerCase()
          : undefined,
      reasonCode: change?.reasonCode,
    }),
  );
}

function parseObject(value: unknown): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const aboutTarget =
  (type: string): Handler =>
  (e) =>
    rule(type, targetUser(e) ?? actorUser(e));
const aboutActor =
  (type: string): Handler =>
  (e) =>
    rule(type, actorUser(e) ?? targetUser(e));

const handlers: Readonly<Record<string, Handler>> = {
  'user.session.start': sessionStart,
  'user.authentication.auth_via_mfa': authViaMfa,
  'user.mfa.okta_verify.deny_push': (e) =>
    rule('auth.mfa_push_denied', actorUser(e), pushDetails(e, 'denied')),
  'system.push.send_factor_verify_push': (e) =>
    rule('threat.mfa_fatigue_attack', actorUser(e) ?? targetUser(e), pushDetails(e, 'sent')),
  'user.mfa.factor.deactivate': aboutTarget('auth.mfa_factor_removed'),
  'user.mfa.factor.reset_all': aboutTarget('auth.mfa_factor_removed'),
  'user.mfa.factor.activate': aboutTarget('auth.mfa_enrolled'),
  // No behaviour for an MFA bypass attempt yet; a policy denial is the closest.
  'user.mfa.attempt_bypass': aboutActor('auth.policy_denied'),
  'user.account.report_suspicious_activity_by_enduser': aboutActor(
    'auth.suspicious_activity_reported',
  ),
  'user.account.lock': aboutActor('auth.account_locked'),
  'user.account.lock.limit': aboutActor('auth.account_locked'),
  'policy.evaluate_sign_on': (e) =>
    result(e) === 'DENY'
      ? rule('auth.policy_denied', actorUser(e))
      : { ignored: `Okta policy.evaluate_sign_on: outcome ${result(e)} is not a denial` },
  'security.threat.detected': (e) =>
    rule('threat.password_spray_targeted', actorUser(e) ?? targetUser(e), { threatInsight: true }),
  'user.risk.change': riskChange,
  'user.risk.detect': aboutTarget('threat.user_risk_elevated'),
  'security.session.detect_client_roaming': aboutActor('auth.account_compromised'),
};

const ignoredTypes: Readonly<Record<string, string>> = {
  'security.attack.start': 'an organisation-wide attack notice that names no person',
  'security.request.blocked': 'a blocked request from a malicious address, not a person’s action',
  'security.events.provider.receive_event':
    'a Shared Signals event received by Okta; its sender (possibly Bulwark) reports it directly',
  'user.session.context.change': 'a session context change without a risk verdict',
};

/** Which behaviour an Okta event is, and whom it is about. */
export function classifyOkta(event: LogEvent): OktaRule {
  const handler = handlers[event.eventType];
  if (handler) return handler(event);
  const why = ignoredTypes[event.eventType];
  if (why) return { ignored: `Okta ${event.eventType}: ${why}` };
  if (
    /^(user\.lifecycle|group\.user_membership|user\.account\.update_profile)/.test(event.eventType)
  )
    return { ignored: `Okta ${event.eventType}: directory change, read by the directory sync` };
  return { ignored: `Okta ${event.eventType}: not mapped to a behaviour` };
}
