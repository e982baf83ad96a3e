/** What Bulwark reads of a Falcon detection, from the Alerts API or an Event Streams summary. */
export interface FalconFacts {
  product: string;
  tactic: string;
  tacticId: string;
  technique: string;
  techniqueId: string;
  name: string;
  /** The sensor killed, blocked or quarantined what it detected. */
  prevented: boolean;
}

/**
 * Pattern disposition flags that mean the sensor stopped the activity. Alerts API uses
 * snake_case (`kill_process`), Event Streams PascalCase (`KillProcess`); keys are compared
 * without case or underscores.
 */
const PREVENTING_FLAGS = new Set([
  'killprocess',
  'killsubprocess',
  'killparent',
  'quarantinefile',
  'quarantinemachine',
  'operationblocked',
  'processblocked',
  'registryoperationblocked',
  'fsoperationblocked',
  'suspendprocess',
  'suspendparent',
]);

export function preventedBy(
  flags: Record<string, unknown> | undefined,
  description: string,
): boolean {
  for (const [key, value] of Object.entries(flags ?? {})) {
    if (value === true && PREVENTING_FLAGS.has(key.replace(/_/g, '').toLowerCase())) return true;
  }
  return /prevent|block|kill|quarantin/i.test(description);
}

const isMalware = (f: FalconFacts): boolean =>
  /malware|machine ?learning|ransomware/i.test(`${f.tactic} ${f.name}`) ||
  /^CST/i.test(f.techniqueId);

/**
 * The behaviour a detection stands for. Identity detections are attacks on the account;
 * tampering, execution and malware are what happened on the person's device. A detection the
 * sensor stopped that fits none of these counts as blocked malware; one it did not stop as a
 * suspicious script, the closest behaviour for activity the person's session ran.
 */
export function falconBehaviour(f: FalconFacts): string {
  if (/^idp|identity/i.test(f.product))
    return /^T1110/i.test(f.techniqueId) || /brute force|spray/i.test(f.technique)
      ? 'threat.password_spray_targeted'
      : 'threat.risky_signin';
  if (/^T1562/i.test(f.techniqueId) || /tamper/i.test(`${f.technique} ${f.name}`))
    return 'endpoint.security_tool_tampering';
  // Potentially unwanted programs are installed software the person chose, not malware that ran.
  if (/adware|\bPUP\b|potentially unwanted/i.test(`${f.technique} ${f.name}`))
    return 'endpoint.unapproved_software';
  if (isMalware(f)) return f.prevented ? 'endpoint.malware_blocked' : 'endpoint.malware_executed';
  if (/^TA0002$/i.test(f.tacticId) || /^execution$/i.test(f.tactic))
    return 'endpoint.suspicious_script';
  return f.prevented ? 'endpoint.malware_blocked' : 'endpoint.suspicious_script';
}
