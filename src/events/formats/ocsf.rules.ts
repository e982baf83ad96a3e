import type { OcsfBase } from './ocsf.read.js';
import { firstPerson, listAt, personOf, techniques } from './ocsf.read.js';
import { isRecord } from './values.js';

/** The behaviour an OCSF record stands for, the people it is about, or why it is ignored. */
export type OcsfRule = { type: string; subjects: string[] } | { ignored: string };

/** Dispositions that mean the threat was stopped: Blocked, Quarantined, Isolated, Deleted, Dropped, Rejected. */
const STOPPED = new Set([2, 3, 4, 5, 6, 25]);
const stopped = (b: OcsfBase): boolean => b.action_id === 2 || STOPPED.has(b.disposition_id ?? 0);

const ACTOR_PATHS = [
  'actor.user',
  'user',
  'evidences[].user',
  'evidences[].actor.user',
  'device.owner',
  'src_endpoint.owner',
];
const one = (person: string | undefined): string[] => (person ? [person] : []);

function authentication(b: OcsfBase, r: Record<string, unknown>): OcsfRule {
  const subjects = one(personOf(r.user));
  if (b.status_id === 2) {
    const denied = r.is_mfa === true && /declin|denied|reject/i.test(b.status_detail ?? '');
    return { type: denied ? 'auth.mfa_push_denied' : 'auth.signin_failed', subjects };
  }
  if ((b.risk_level_id ?? 0) >= 2 && (b.risk_level_id ?? 0) <= 4)
    return { type: 'threat.risky_signin', subjects };
  return { ignored: 'OCSF Authentication without failure or risk' };
}

const ACCOUNT_CHANGES: Readonly<Record<number, string>> = {
  9: 'auth.account_locked',
  10: 'auth.mfa_enrolled',
  11: 'auth.mfa_factor_removed',
};

function accountChange(b: OcsfBase, r: Record<string, unknown>): OcsfRule {
  const type = ACCOUNT_CHANGES[b.activity_id];
  if (!type) return { ignored: `OCSF Account Change activity ${b.activity_id}: not a behaviour` };
  return { type, subjects: one(personOf(r.user)) };
}

function carriesThreat(b: OcsfBase, r: Record<string, unknown>): boolean {
  return (
    listAt(r, 'malware').length > 0 ||
    techniques(r).length > 0 ||
    b.is_alert === true ||
    (b.risk_level_id ?? 0) >= 2
  );
}

function emailActivity(b: OcsfBase, r: Record<string, unknown>): OcsfRule {
  const email = isRecord(r.email) ? r.email : {};
  if (b.activity_id === 99 && /report/i.test(b.activity_name ?? ''))
    return {
      type: 'phishing.real_reported',
      subjects: one(firstPerson(r, ['actor.user']) ?? recipients(email)[0]),
    };
  if (!carriesThreat(b, r)) return { ignored: 'OCSF Email Activity without a threat' };
  const type = stopped(b) ? 'threat.malicious_email_blocked' : 'threat.malicious_email_delivered';
  return { type, subjects: recipients(email) };
}

function recipients(email: Record<string, unknown>): string[] {
  return listAt(email, 'to').filter(
    (to): to is string => typeof to === 'string' && to.trim() !== '',
  );
}

/**
 * MITRE ATLAS techniques (the AI counterpart of ATT&CK) that AI-security products report about
 * agents: prompt injection, data leakage through the model, and plugin or tool compromise.
 */
const ATLAS: readonly [string, string][] = [
  ['AML.T0051', 'agent.prompt_injection_detected'],
  ['AML.T0054', 'agent.prompt_injection_detected'],
  ['AML.T0057', 'agent.data_exfiltration_attempt'],
  ['AML.T0024', 'agent.data_exfiltration_attempt'],
  ['AML.T0053', 'agent.scope_violation'],
];

function detectionFinding(b: OcsfBase, r: Record<string, unknown>): OcsfRule {
  const subjects = one(firstPerson(r, ACTOR_PATHS));
  const ids = techniques(r);
  const has = (prefix: string): boolean => ids.some((t) => t.toUpperCase().startsWith(prefix));
  const atlas = ATLAS.find(([prefix]) => has(prefix));
  if (atlas) return { type: atlas[1], subjects };
  if (has('T1562')) return { type: 'endpoint.security_tool_tampering', subjects };
  if (listAt(r, 'malware').length > 0)
    return {
      type: stopped(b) ? 'endpoint.malware_blocked' : 'endpoint.malware_executed',
      subjects,
    };
  if (has('T1110')) return { type: 'threat.password_spray_targeted', subjects };
  if (has('T1059')) return { type: 'endpoint.suspicious_script', subjects };
  return { ignored: 'OCSF Detection Finding without malware or a mapped ATT&CK technique' };
}

/**
 * A Data Security Finding is a DLP match unless the finding itself says data left: its types or
 * title name a data leak or exfiltration that was not stopped.
 */
function dataSecurityFinding(b: OcsfBase, r: Record<string, unknown>): OcsfRule {
  const subjects = one(firstPerson(r, ACTOR_PATHS));
  const info = isRecord(r.finding_info) ? r.finding_info : {};
  const text = [
    typeof info.title === 'string' ? info.title : '',
    ...listAt(info, 'types').filter((t) => typeof t === 'string'),
  ].join(' ');
  const leaked = /data leak|exfiltrat/i.test(text) && /confirm|leak/i.test(text) && !stopped(b);
  return { type: leaked ? 'data.leak_confirmed' : 'data.dlp_violation', subjects };
}

/** URL categories (OCSF category_ids) that mark a site as malicious; 18 is Phishing. */
const MALICIOUS_CATEGORIES = new Set([9, 17, 43, 44, 92]);
const PHISHING = 18;

function webResources(b: OcsfBase, r: Record<string, unknown>): OcsfRule {
  const subjects = one(firstPerson(r, ACTOR_PATHS));
  const categories = urlCategories(r);
  const malicious =
    categories.includes(PHISHING) || categories.some((c) => MALICIOUS_CATEGORIES.has(c));
  // A blocked visit to a malicious site is still a risky visit; other blocks are policy.
  if (stopped(b))
    return { type: malicious ? 'web.malicious_site_visited' : 'web.policy_violation', subjects };
  if (categories.includes(PHISHING)) return { type: 'phishing.real_clicked', subjects };
  if (categories.some((c) => MALICIOUS_CATEGORIES.has(c)) || carriesThreat(b, r))
    return { type: 'web.malicious_site_visited', subjects };
  return { ignored: 'OCSF Web Resources Activity allowed to a site with no malicious category' };
}

function urlCategories(r: Record<string, unknown>): number[] {
  const request = isRecord(r.http_request) ? r.http_request : {};
  const url = isRecord(request.url) ? request.url : {};
  return listAt(url, 'category_ids').filter((c): c is number => typeof c === 'number');
}

const byClass: Readonly<Record<number, (b: OcsfBase, r: Record<string, unknown>) => OcsfRule>> = {
  3002: authentication,
  3001: accountChange,
  4009: emailActivity,
  2004: detectionFinding,
  2006: dataSecurityFinding,
  6001: webResources,
};

export function classifyOcsf(base: OcsfBase, record: Record<string, unknown>): OcsfRule {
  const rule = byClass[base.class_uid];
  if (!rule) return { ignored: `OCSF class ${base.class_uid}: not read by Bulwark` };
  return rule(base, record);
}
