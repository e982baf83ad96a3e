/** What Bulwark reads of an alerts_v2 `alert` to choose a behaviour. */
export interface AlertFacts {
  title: string;
  category: string;
  serviceSource: string;
  detectionSource: string;
  mitreTechniques: readonly string[];
  threatFamilyName: string;
  /** Some evidence says the threat was prevented, blocked or remediated. */
  prevented: boolean;
  /** The analyst's verdict: `truePositive`, `informationalExpectedActivity`, … or empty. */
  classification?: string;
}

type Rule = { when: (a: AlertFacts) => boolean; type: string };

const titled = (pattern: RegExp) => (a: AlertFacts) => pattern.test(a.title);
const technique = (prefix: string) => (a: AlertFacts) =>
  a.mitreTechniques.some((t) => t.toUpperCase().startsWith(prefix));
const identitySource = (a: AlertFacts): boolean =>
  /identityprotection|azureadidentityprotection|microsoftdefenderforidentity/i.test(
    a.serviceSource,
  );

/**
 * Ordered: the first rule that matches wins. Titles are Defender's alert names, which carry the
 * meaning more reliably than the coarse MITRE-tactic `category`.
 */
const rules: readonly Rule[] = [
  {
    // A DLP alert an analyst resolved as a true positive is a confirmed leak, an incident.
    when: (a) =>
      /datalossprevention/i.test(`${a.serviceSource} ${a.detectionSource}`) &&
      a.classification === 'truePositive',
    type: 'data.leak_confirmed',
  },
  {
    when: (a) => /datalossprevention/i.test(`${a.serviceSource} ${a.detectionSource}`),
    type: 'data.dlp_violation',
  },
  { when: titled(/reported by (the )?user|user[- ]reported/i), type: 'phishing.real_reported' },
  {
    when: titled(/business email compromise|\bBEC\b|financial fraud|payment fraud/i),
    type: 'social.bec_engaged',
  },
  {
    when: titled(
      /adversary[- ]in[- ]the[- ]middle|\bAiTM\b|credential phish|phish\w* .*compromis|compromis\w* .*phish/i,
    ),
    type: 'phishing.real_credentials_submitted',
  },
  { when: titled(/click/i), type: 'phishing.real_clicked' },
  {
    when: (a) => titled(/tamper/i)(a) || technique('T1562')(a),
    type: 'endpoint.security_tool_tampering',
  },
  {
    when: (a) => identitySource(a) && titled(/leaked credential/i)(a),
    type: 'threat.leaked_credentials',
  },
  {
    when: (a) => titled(/password spray|brute force/i)(a) || technique('T1110')(a),
    type: 'threat.password_spray_targeted',
  },
  {
    when: titled(/impossible travel|atypical travel|unlikely travel/i),
    type: 'threat.impossible_travel',
  },
  { when: identitySource, type: 'threat.risky_signin' },
  {
    when: titled(/(email|message)s? .*(removed after delivery|delivered)|zap/i),
    type: 'threat.malicious_email_delivered',
  },
  {
    when: (a) => /malware|ransomware/i.test(a.category) || a.threatFamilyName !== '',
    type: 'malware',
  },
  {
    when: (a) => /execution/i.test(a.category) || technique('T1059')(a),
    type: 'endpoint.suspicious_script',
  },
];

/** The behaviour an alert stands for, or undefined when none of the catalogue fits. */
export function alertBehaviour(alert: AlertFacts): string | undefined {
  const type = rules.find((r) => r.when(alert))?.type;
  if (type !== 'malware') return type;
  return alert.prevented ? 'endpoint.malware_blocked' : 'endpoint.malware_executed';
}
