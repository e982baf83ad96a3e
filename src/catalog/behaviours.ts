import type { Behaviour, Category, Component } from './behaviour.js';
import { DEFAULT_STACK_LIMIT } from './behaviour.js';

interface Spec {
  title: string;
  weight: number;
  halfLifeDays: number;
  attack?: string[];
  frameworks?: string[];
  vendorEvents?: string[];
  incident?: boolean;
  component?: Component;
  stackLimit?: number;
  scannerProne?: boolean;
}

function risk(type: string, category: Category, spec: Spec): Behaviour {
  return build(type, category, 'risk', spec);
}

function protective(type: string, category: Category, spec: Spec): Behaviour {
  return build(type, category, 'protective', spec);
}

function build(
  type: string,
  category: Category,
  polarity: Behaviour['polarity'],
  spec: Spec,
): Behaviour {
  return {
    type,
    category,
    polarity,
    component: spec.component ?? (category === 'threat' ? 'threat' : 'behavior'),
    title: spec.title,
    weight: spec.weight,
    halfLifeDays: spec.halfLifeDays,
    incident: spec.incident ?? false,
    attack: spec.attack ?? [],
    frameworks: spec.frameworks ?? [],
    vendorEvents: spec.vendorEvents ?? [],
    stackLimit: spec.stackLimit ?? DEFAULT_STACK_LIMIT,
    scannerProne: spec.scannerProne ?? false,
  };
}

const AWARENESS = ['NIST CSF 2.0 PR.AT-01', 'ISO/IEC 27001:2022 A.6.3', 'NIST SP 800-53 AT-2'];
const IDENTITY = ['NIST CSF 2.0 PR.AA-03', 'ISO/IEC 27001:2022 A.8.5', 'NIST SP 800-53 IA-2'];
const DATA = ['NIST CSF 2.0 PR.DS-01', 'ISO/IEC 27001:2022 A.8.12', 'NIST SP 800-53 SC-7'];
const ENDPOINT = ['NIST CSF 2.0 DE.CM-09', 'ISO/IEC 27001:2022 A.8.7', 'NIST SP 800-53 SI-3'];
const INCIDENT = ['NIST CSF 2.0 RS.MA-01', 'ISO/IEC 27001:2022 A.5.26', 'NIST SP 800-53 IR-4'];

/**
 * The built-in behaviour catalogue. Weights and half-lives are defaults chosen so that the index
 * works untuned (docs/risk-model.md explains them); tenants may override weights.
 */
export const builtInBehaviours: readonly Behaviour[] = [
  // Phishing and social engineering: what a person does with a lure.
  risk('phishing.sim_clicked', 'phishing', {
    title: 'Clicked a simulated phishing link',
    weight: 8,
    halfLifeDays: 90,
    scannerProne: true,
    attack: ['T1566.002', 'T1204.001'],
    frameworks: AWARENESS,
    vendorEvents: ['gophish: Clicked Link', 'knowbe4: clicked_date'],
  }),
  risk('phishing.sim_submitted', 'phishing', {
    title: 'Submitted data to a simulated phishing page',
    weight: 15,
    halfLifeDays: 120,
    scannerProne: true,
    attack: ['T1566.002', 'T1056.003'],
    frameworks: AWARENESS,
    vendorEvents: ['gophish: Submitted Data', 'knowbe4: data_entered_date'],
  }),
  risk('phishing.sim_attachment_opened', 'phishing', {
    title: 'Opened a simulated phishing attachment',
    weight: 10,
    halfLifeDays: 90,
    scannerProne: true,
    attack: ['T1566.001', 'T1204.002'],
    frameworks: AWARENESS,
    vendorEvents: ['knowbe4: attachment_opened_date'],
  }),
  risk('phishing.sim_opened', 'phishing', {
    title: 'Opened a simulated phishing email',
    weight: 1,
    halfLifeDays: 30,
    scannerProne: true,
    attack: ['T1566'],
    frameworks: AWARENESS,
    vendorEvents: ['gophish: Email Opened', 'knowbe4: opened_date'],
  }),
  protective('phishing.sim_reported', 'protective', {
    title: 'Reported a simulated phishing email',
    weight: 6,
    halfLifeDays: 120,
    frameworks: AWARENESS,
    vendorEvents: ['gophish: Email Reported', 'knowbe4: reported_date'],
  }),
  risk('phishing.real_clicked', 'phishing', {
    title: 'Clicked a malicious link in a real email (permitted)',
    weight: 20,
    halfLifeDays: 90,
    scannerProne: true,
    attack: ['T1566.002', 'T1204.001'],
    frameworks: AWARENESS,
    vendorEvents: ['proofpoint-tap: clicksPermitted', 'ocsf: 6001 malicious URL allowed'],
  }),
  risk('phishing.real_click_blocked', 'phishing', {
    title: 'Clicked a malicious link in a real email (blocked)',
    weight: 10,
    halfLifeDays: 90,
    scannerProne: true,
    attack: ['T1566.002'],
    frameworks: AWARENESS,
    vendorEvents: ['proofpoint-tap: clicksBlocked'],
  }),
  risk('phishing.real_credentials_submitted', 'phishing', {
    title: 'Entered credentials on a real phishing page',
    weight: 40,
    halfLifeDays: 180,
    incident: true,
    attack: ['T1566.002', 'T1078'],
    frameworks: INCIDENT,
    vendorEvents: ['graph-alerts: credential phishing user compromised'],
  }),
  protective('phishing.real_reported', 'protective', {
    title: 'Reported a real phishing email',
    weight: 8,
    halfLifeDays: 120,
    frameworks: AWARENESS,
    vendorEvents: ['ocsf: 4009 reported', 'cef: user reported phish'],
  }),
  risk('social.bec_engaged', 'phishing', {
    title: 'Replied to or acted on a business email compromise attempt',
    weight: 18,
    halfLifeDays: 120,
    attack: ['T1534', 'T1656'],
    frameworks: AWARENESS,
    vendorEvents: ['graph-alerts: BEC financial fraud'],
  }),
  risk('social.payment_fraud_attempted', 'phishing', {
    title: 'Started a payment requested by a fraudulent message',
    weight: 25,
    halfLifeDays: 180,
    attack: ['T1656'],
    frameworks: AWARENESS,
  }),

  // Threat: how hard the identity is attacked.
  risk('threat.malicious_email_delivered', 'threat', {
    title: 'Received a malicious email that was delivered',
    weight: 3,
    halfLifeDays: 60,
    stackLimit: 50,
    attack: ['T1566'],
    vendorEvents: ['proofpoint-tap: messagesDelivered', 'ocsf: 4009 delivered with threat'],
  }),
  risk('threat.malicious_email_blocked', 'threat', {
    title: 'Was sent a malicious email that was blocked',
    weight: 1,
    halfLifeDays: 60,
    stackLimit: 100,
    attack: ['T1566'],
    vendorEvents: ['proofpoint-tap: messagesBlocked'],
  }),
  risk('threat.very_attacked', 'threat', {
    title: 'Listed among Very Attacked People',
    weight: 15,
    halfLifeDays: 30,
    attack: ['T1566'],
    vendorEvents: ['proofpoint-tap: People API VAP'],
  }),
  risk('threat.impersonation_targeted', 'threat', {
    title: 'Targeted by impersonation or BEC',
    weight: 5,
    halfLifeDays: 60,
    stackLimit: 10,
    attack: ['T1656', 'T1534'],
    vendorEvents: ['proofpoint-tap: impostor classification'],
  }),
  risk('threat.password_spray_targeted', 'threat', {
    title: 'Targeted by password spraying or brute force',
    weight: 4,
    halfLifeDays: 60,
    stackLimit: 10,
    attack: ['T1110.003', 'T1110.001'],
    vendorEvents: ['okta: security.threat.detected', 'graph-risk: passwordSpray'],
  }),
  risk('threat.mfa_fatigue_attack', 'threat', {
    title: 'Targeted by a burst of MFA push requests',
    weight: 8,
    halfLifeDays: 30,
    attack: ['T1621'],
    vendorEvents: ['okta: system.push.send_factor_verify_push burst'],
  }),
  risk('threat.leaked_credentials', 'threat', {
    title: 'Credentials found in a leak',
    weight: 12,
    halfLifeDays: 90,
    attack: ['T1589.001', 'T1078'],
    vendorEvents: ['graph-risk: leakedCredentials'],
  }),
  risk('threat.risky_signin', 'threat', {
    title: 'A sign-in flagged as risky by the identity provider',
    weight: 6,
    halfLifeDays: 30,
    attack: ['T1078'],
    frameworks: IDENTITY,
    vendorEvents: ['graph-signins: riskLevelDuringSignIn', 'okta: user.session.start with risk'],
  }),
  risk('threat.impossible_travel', 'threat', {
    title: 'Sign-ins from places too far apart',
    weight: 6,
    halfLifeDays: 30,
    attack: ['T1078'],
    vendorEvents: ['graph-risk: impossibleTravel'],
  }),
  risk('threat.user_risk_elevated', 'threat', {
    title: 'Identity provider raised the user risk level',
    weight: 10,
    halfLifeDays: 30,
    attack: ['T1078'],
    vendorEvents: ['graph-risk: riskyUser riskLevel', 'okta: user.risk.change'],
  }),

  // Credentials and authentication: how the person handles their own access.
  risk('auth.mfa_push_approved_suspicious', 'credentials', {
    title: 'Approved an MFA push during a fatigue attack',
    weight: 25,
    halfLifeDays: 120,
    attack: ['T1621'],
    frameworks: IDENTITY,
    vendorEvents: ['okta: push approved within a burst'],
  }),
  protective('auth.mfa_push_denied', 'protective', {
    title: 'Denied a suspicious MFA push',
    weight: 2,
    halfLifeDays: 60,
    frameworks: IDENTITY,
    vendorEvents: ['okta: user.mfa.okta_verify.deny_push'],
  }),
  risk('auth.mfa_factor_removed', 'credentials', {
    title: 'Removed or reset an MFA factor',
    weight: 6,
    halfLifeDays: 60,
    attack: ['T1556.006'],
    frameworks: IDENTITY,
    vendorEvents: ['okta: user.mfa.factor.deactivate', 'okta: user.mfa.factor.reset_all'],
  }),
  protective('auth.mfa_enrolled', 'protective', {
    title: 'Enrolled a strong MFA factor',
    weight: 5,
    halfLifeDays: 365,
    frameworks: IDENTITY,
    vendorEvents: ['okta: user.mfa.factor.activate'],
  }),
  risk('auth.signin_failed', 'credentials', {
    title: 'Failed sign-in',
    weight: 0.5,
    halfLifeDays: 7,
    attack: ['T1110'],
    frameworks: IDENTITY,
    vendorEvents: ['okta: user.session.start FAILURE', 'graph-signins: errorCode != 0'],
  }),
  risk('auth.account_locked', 'credentials', {
    title: 'Account locked out',
    weight: 2,
    halfLifeDays: 30,
    attack: ['T1110'],
    frameworks: IDENTITY,
    vendorEvents: ['okta: user.account.lock'],
  }),
  risk('auth.policy_denied', 'credentials', {
    title: 'Access denied by a sign-in policy',
    weight: 1,
    halfLifeDays: 30,
    frameworks: IDENTITY,
    vendorEvents: ['okta: policy.evaluate_sign_on DENY'],
  }),
  risk('auth.weak_password', 'credentials', {
    title: 'Weak, reused or breached password in use',
    weight: 8,
    halfLifeDays: 90,
    attack: ['T1110.004'],
    frameworks: IDENTITY,
  }),
  protective('auth.suspicious_activity_reported', 'protective', {
    title: 'Reported suspicious account activity',
    weight: 5,
    halfLifeDays: 120,
    frameworks: IDENTITY,
    vendorEvents: ['okta: user.account.report_suspicious_activity_by_enduser'],
  }),
  risk('auth.account_compromised', 'credentials', {
    title: 'Account confirmed compromised (account takeover)',
    weight: 45,
    halfLifeDays: 180,
    incident: true,
    attack: ['T1078'],
    frameworks: INCIDENT,
    vendorEvents: [
      'graph-risk: confirmedCompromised',
      'okta: security.session.detect_client_roaming takeover',
    ],
  }),

  // Access: temporary widening of what the identity can reach (feeds the access component).
  risk('access.privilege_elevated', 'credentials', {
    title: 'Activated a privileged role (just-in-time elevation)',
    weight: 10,
    halfLifeDays: 14,
    component: 'access',
    attack: ['T1098.003', 'T1078.004'],
    frameworks: IDENTITY,
    vendorEvents: ['graph-alerts: PIM role activation', 'okta: user.account.privilege.grant'],
  }),
  risk('access.sensitive_data_accessed', 'data', {
    title: 'Opened data classified as sensitive',
    weight: 4,
    halfLifeDays: 30,
    component: 'access',
    attack: ['T1530', 'T1213'],
    frameworks: DATA,
  }),

  // Endpoint.
  risk('endpoint.malware_blocked', 'endpoint', {
    title: 'Malware detected and blocked on a device',
    weight: 6,
    halfLifeDays: 60,
    attack: ['T1204.002'],
    frameworks: ENDPOINT,
    vendorEvents: ['crowdstrike: detection prevented', 'graph-alerts: Defender malware prevented'],
  }),
  risk('endpoint.malware_executed', 'endpoint', {
    title: 'Malware executed on a device',
    weight: 45,
    halfLifeDays: 180,
    incident: true,
    attack: ['T1204.002', 'T1059'],
    frameworks: INCIDENT,
    vendorEvents: ['crowdstrike: detection not prevented', 'ocsf: 2004 malware'],
  }),
  risk('endpoint.suspicious_script', 'endpoint', {
    title: 'Ran a suspicious script or macro',
    weight: 8,
    halfLifeDays: 60,
    attack: ['T1059.001', 'T1204.002'],
    frameworks: ENDPOINT,
    vendorEvents: ['crowdstrike: tactic Execution'],
  }),
  risk('endpoint.unapproved_software', 'endpoint', {
    title: 'Installed unapproved software',
    weight: 3,
    halfLifeDays: 60,
    attack: ['T1072'],
    frameworks: ENDPOINT,
  }),
  risk('endpoint.security_tool_tampering', 'endpoint', {
    title: 'Disabled or tampered with security software',
    weight: 15,
    halfLifeDays: 120,
    attack: ['T1562.001'],
    frameworks: ENDPOINT,
    vendorEvents: ['crowdstrike: sensor tampering'],
  }),
  risk('endpoint.patch_overdue', 'endpoint', {
    title: 'Device updates overdue',
    weight: 2,
    halfLifeDays: 30,
    frameworks: ENDPOINT,
  }),

  // Data handling.
  risk('data.dlp_violation', 'data', {
    title: 'Data-loss prevention policy matched',
    weight: 6,
    halfLifeDays: 60,
    attack: ['T1567', 'T1048'],
    frameworks: DATA,
    vendorEvents: ['graph-alerts: Purview DLP', 'ocsf: 2006'],
  }),
  risk('data.external_share', 'data', {
    title: 'Shared sensitive files outside the organisation',
    weight: 5,
    halfLifeDays: 60,
    attack: ['T1567.002'],
    frameworks: DATA,
  }),
  risk('data.personal_cloud_upload', 'data', {
    title: 'Uploaded company data to personal cloud storage',
    weight: 6,
    halfLifeDays: 60,
    attack: ['T1567.002'],
    frameworks: DATA,
  }),
  risk('data.mass_download', 'data', {
    title: 'Downloaded an unusual volume of data',
    weight: 8,
    halfLifeDays: 60,
    attack: ['T1530', 'T1213'],
    frameworks: DATA,
  }),
  risk('data.leak_confirmed', 'data', {
    title: 'Confirmed data leak',
    weight: 45,
    halfLifeDays: 180,
    incident: true,
    attack: ['T1048', 'T1567'],
    frameworks: INCIDENT,
  }),

  // Cloud and SaaS.
  risk('cloud.risky_oauth_consent', 'cloud', {
    title: 'Granted a risky OAuth application access',
    weight: 10,
    halfLifeDays: 90,
    attack: ['T1528'],
    frameworks: IDENTITY,
  }),
  risk('cloud.shadow_it', 'cloud', {
    title: 'Used an unsanctioned cloud service',
    weight: 2,
    halfLifeDays: 60,
    attack: ['T1567'],
    frameworks: DATA,
  }),
  risk('cloud.public_link_created', 'cloud', {
    title: 'Made a file or resource public',
    weight: 4,
    halfLifeDays: 60,
    attack: ['T1530'],
    frameworks: DATA,
  }),
  risk('web.malicious_site_visited', 'cloud', {
    title: 'Visited a malicious or phishing website',
    weight: 6,
    halfLifeDays: 60,
    attack: ['T1189', 'T1204.001'],
    frameworks: ENDPOINT,
    vendorEvents: ['ocsf: 6001 malicious category'],
  }),
  risk('web.policy_violation', 'cloud', {
    title: 'Web access blocked by policy',
    weight: 1,
    halfLifeDays: 30,
    frameworks: ENDPOINT,
    vendorEvents: ['ocsf: 6001 denied'],
  }),

  // Device and physical.
  risk('device.lost_or_stolen', 'device', {
    title: 'Reported a device lost or stolen',
    weight: 8,
    halfLifeDays: 120,
    frameworks: ['ISO/IEC 27001:2022 A.8.1'],
  }),
  risk('device.unencrypted', 'device', {
    title: 'Device without disk encryption',
    weight: 5,
    halfLifeDays: 60,
    frameworks: ['ISO/IEC 27001:2022 A.8.24'],
  }),
  risk('device.removable_media', 'device', {
    title: 'Copied data to removable media',
    weight: 4,
    halfLifeDays: 60,
    attack: ['T1052.001'],
    frameworks: DATA,
  }),
  risk('device.tailgating', 'device', {
    title: 'Let someone tailgate into a secure area',
    weight: 4,
    halfLifeDays: 90,
    frameworks: ['ISO/IEC 27001:2022 A.7.2'],
  }),

  // Protective behaviour.
  protective('training.completed', 'protective', {
    title: 'Completed security training',
    weight: 4,
    halfLifeDays: 180,
    frameworks: AWARENESS,
    vendorEvents: ['knowbe4: enrollment Passed/Completed'],
  }),
  risk('training.overdue', 'protective', {
    title: 'Assigned security training is overdue',
    weight: 2,
    halfLifeDays: 60,
    frameworks: AWARENESS,
    vendorEvents: ['knowbe4: enrollment Past Due'],
  }),

  // AI agents' own signals.
  risk('agent.prompt_injection_detected', 'agent', {
    title: 'Prompt injection reached the agent',
    weight: 10,
    halfLifeDays: 60,
    attack: ['T1059'],
    frameworks: ENDPOINT,
  }),
  risk('agent.data_exfiltration_attempt', 'agent', {
    title: 'Agent attempted to move data out',
    weight: 20,
    halfLifeDays: 90,
    attack: ['T1048', 'T1567'],
    frameworks: DATA,
  }),
  risk('agent.scope_violation', 'agent', {
    title: 'Agent acted outside its granted scopes',
    weight: 10,
    halfLifeDays: 60,
    attack: ['T1078.004'],
    frameworks: IDENTITY,
  }),
  risk('agent.anomalous_usage', 'agent', {
    title: 'Agent used unusually',
    weight: 4,
    halfLifeDays: 30,
    attack: ['T1078.004'],
    frameworks: IDENTITY,
  }),
  risk('agent.secret_exposed', 'agent', {
    title: 'An agent credential was exposed',
    weight: 15,
    halfLifeDays: 90,
    attack: ['T1552.001'],
    frameworks: IDENTITY,
  }),
];
