import { authentication, detectionFinding } from '../formats/ocsf-classes.js';
import type { Member } from '../org/model.js';
import type { Build } from './output.js';
import { trace, type World } from './world.js';

interface AgentFinding {
  behaviour: string;
  title: string;
  types: string[];
  analytic: string;
  technique: [string, string];
  tactic: [string, string];
  product: { name: string; vendor_name: string };
  severityId: 2 | 3 | 4;
}

/**
 * Agent findings carry MITRE ATLAS techniques where ATLAS has one (prompt injection, data
 * leakage, tool misuse) and ATT&CK techniques otherwise, as AI-security products report them.
 */
const GUARD = { name: 'AI Gateway Prompt Shield', vendor_name: 'Halden & Rowe Platform' };

const FINDINGS = {
  injection: {
    behaviour: 'agent.prompt_injection_detected',
    title: 'Prompt injection in agent input',
    types: ['Prompt Injection'],
    analytic: 'indirect-prompt-injection',
    technique: ['AML.T0051.001', 'LLM Prompt Injection: Indirect'],
    tactic: ['AML.TA0005', 'Execution'],
    product: GUARD,
    severityId: 3,
  },
  exfiltration: {
    behaviour: 'agent.data_exfiltration_attempt',
    title: 'Agent attempted to send data to an external destination',
    types: ['Data Exfiltration'],
    analytic: 'agent-egress-policy',
    technique: ['AML.T0057', 'LLM Data Leakage'],
    tactic: ['AML.TA0010', 'Exfiltration'],
    product: GUARD,
    severityId: 4,
  },
  scope: {
    behaviour: 'agent.scope_violation',
    title: 'Agent called a tool outside its granted scopes',
    types: ['Scope Violation'],
    analytic: 'agent-scope-enforcement',
    technique: ['AML.T0053', 'LLM Plugin Compromise'],
    tactic: ['AML.TA0005', 'Execution'],
    product: GUARD,
    severityId: 3,
  },
  anomalous: {
    behaviour: 'agent.anomalous_usage',
    title: 'Agent activity far above its baseline',
    types: ['Anomalous Usage'],
    analytic: 'agent-volume-baseline',
    technique: ['T1078.004', 'Cloud Accounts'],
    tactic: ['TA0001', 'Initial Access'],
    product: GUARD,
    severityId: 2,
  },
  secret: {
    behaviour: 'agent.secret_exposed',
    title: 'Agent credential committed to a repository',
    types: ['Secret Exposure'],
    analytic: 'secret-scanning',
    technique: ['T1552.001', 'Credentials In Files'],
    tactic: ['TA0006', 'Credential Access'],
    product: { name: 'GitHub Advanced Security', vendor_name: 'GitHub' },
    severityId: 4,
  },
} as const satisfies Record<string, AgentFinding>;

/**
 * An AI agent's day: it authenticates (ordinary), untrusted input sometimes carries prompt
 * injection — which a steerable agent may follow into exfiltration or out-of-scope calls — and
 * its credentials leak more often when its owner keeps them carelessly.
 */
export function agentDay(world: World, agent: Member): void {
  const { rng } = world;
  const { susceptibility: s, diligence: d, exposure: e } = agent.traits;
  if (rng.chance(0.3)) logon(world, agent);
  if (rng.chance(0.03 * e)) {
    const blocked = rng.chance(0.8);
    finding(world, agent, FINDINGS.injection, blocked);
    if (!blocked && rng.chance(s))
      finding(world, agent, rng.chance(0.5) ? FINDINGS.exfiltration : FINDINGS.scope, true);
  }
  if (rng.chance(0.004 * (1.2 - d))) finding(world, agent, FINDINGS.scope, true);
  if (rng.chance(0.008)) finding(world, agent, FINDINGS.anomalous, false);
  if (rng.chance(0.0008 * (1.2 - d))) finding(world, agent, FINDINGS.secret, false);
}

function logon(world: World, agent: Member): void {
  const time = world.anyTime();
  const record: Build = (r) =>
    authentication(r, {
      time,
      product: { name: 'Vault', vendor_name: 'HashiCorp' },
      severityId: 1,
      message: 'Workload authenticated with AppRole',
      member: agent,
      success: true,
      ip: `10.250.${agent.index % 256}.${10 + (agent.index % 200)}`,
      service: 'approle',
      mfa: false,
    });
  world.emit('ocsf', time, record, trace(agent, 'none'));
}

function finding(world: World, agent: Member, spec: AgentFinding, blocked: boolean): void {
  const time = world.anyTime();
  const record: Build = (r) =>
    detectionFinding(r, {
      time,
      product: spec.product,
      severityId: spec.severityId,
      message: `${spec.title}: ${agent.email}`,
      member: agent,
      title: spec.title,
      types: spec.types,
      analytic: spec.analytic,
      attacks: [
        {
          techniqueUid: spec.technique[0],
          techniqueName: spec.technique[1],
          tacticUid: spec.tactic[0],
          tacticName: spec.tactic[1],
        },
      ],
      blocked,
      description: `${spec.title} (${agent.title}, owner ${world.members[agent.ownerIndex]?.email ?? 'unknown'}).`,
    });
  world.emit('ocsf', time, record, trace(agent, spec.behaviour));
}
