import type { ResourceKey } from './resources.js';

export type AgentKind = 'service account' | 'bot' | 'LLM agent';

/** A kind of AI agent or non-human account the demo organisation runs. */
export interface AgentSpec {
  slug: string;
  kind: AgentKind;
  title: string;
  ownerDepartment: string;
  scopes: readonly string[];
  grants: readonly { resource: ResourceKey; entitlement: string; admin?: boolean }[];
  /** How much untrusted outside content it reads (mail, tickets, web pages), 0–1. */
  untrustedInput: number;
}

export const agentSpecs: readonly AgentSpec[] = [
  {
    slug: 'support-assistant',
    kind: 'LLM agent',
    title: 'LLM agent (customer support)',
    ownerDepartment: 'Customer Support',
    scopes: ['tickets.read', 'tickets.write', 'kb.read', 'customers.read'],
    grants: [
      { resource: 'zendesk', entitlement: 'agent' },
      { resource: 'customerDb', entitlement: 'read' },
    ],
    untrustedInput: 0.9,
  },
  {
    slug: 'ci-deployer',
    kind: 'service account',
    title: 'Service account (CI/CD deployment)',
    ownerDepartment: 'Engineering',
    scopes: ['repo.read', 'aws.deploy', 'k8s.deploy'],
    grants: [
      { resource: 'github', entitlement: 'read' },
      { resource: 'aws', entitlement: 'deployer', admin: true },
      { resource: 'kubernetes', entitlement: 'deployer' },
    ],
    untrustedInput: 0.1,
  },
  {
    slug: 'sales-outreach-assistant',
    kind: 'LLM agent',
    title: 'LLM agent (sales outreach)',
    ownerDepartment: 'Sales',
    scopes: ['mail.send', 'mail.read', 'crm.read', 'crm.write'],
    grants: [
      { resource: 'crm', entitlement: 'sales user' },
      { resource: 'mail', entitlement: 'send as' },
    ],
    untrustedInput: 0.8,
  },
  {
    slug: 'invoice-agent',
    kind: 'LLM agent',
    title: 'LLM agent (accounts payable)',
    ownerDepartment: 'Finance',
    scopes: ['mail.read', 'erp.invoices.read', 'erp.payments.draft'],
    grants: [
      { resource: 'erp', entitlement: 'invoice clerk' },
      { resource: 'mail', entitlement: 'shared mailbox reader' },
    ],
    untrustedInput: 0.9,
  },
  {
    slug: 'code-review-agent',
    kind: 'LLM agent',
    title: 'LLM agent (code review)',
    ownerDepartment: 'Engineering',
    scopes: ['repo.read', 'pull_requests.write'],
    grants: [{ resource: 'github', entitlement: 'write' }],
    untrustedInput: 0.5,
  },
  {
    slug: 'backup',
    kind: 'service account',
    title: 'Service account (backup)',
    ownerDepartment: 'IT',
    scopes: ['files.read.all', 'mail.read.all'],
    grants: [
      { resource: 'sharepoint', entitlement: 'site collection reader' },
      { resource: 'mail', entitlement: 'full access', admin: true },
    ],
    untrustedInput: 0,
  },
  {
    slug: 'chatops-bot',
    kind: 'bot',
    title: 'Bot (chat operations)',
    ownerDepartment: 'IT',
    scopes: ['chat.write', 'okta.users.read', 'okta.users.unlock'],
    grants: [
      { resource: 'chat', entitlement: 'bot' },
      { resource: 'okta', entitlement: 'help desk administrator', admin: true },
    ],
    untrustedInput: 0.4,
  },
  {
    slug: 'data-pipeline',
    kind: 'service account',
    title: 'Service account (data pipeline)',
    ownerDepartment: 'Engineering',
    scopes: ['warehouse.write', 'customers.read'],
    grants: [
      { resource: 'warehouse', entitlement: 'loader' },
      { resource: 'customerDb', entitlement: 'read' },
    ],
    untrustedInput: 0.1,
  },
  {
    slug: 'onboarding-bot',
    kind: 'bot',
    title: 'Bot (HR onboarding)',
    ownerDepartment: 'HR',
    scopes: ['hris.read', 'mail.send'],
    grants: [{ resource: 'hris', entitlement: 'reader' }],
    untrustedInput: 0.2,
  },
  {
    slug: 'content-agent',
    kind: 'LLM agent',
    title: 'LLM agent (marketing content)',
    ownerDepartment: 'Marketing',
    scopes: ['drive.read', 'cms.write', 'web.browse'],
    grants: [
      { resource: 'hubspot', entitlement: 'marketer' },
      { resource: 'sharepoint', entitlement: 'member' },
    ],
    untrustedInput: 0.7,
  },
];
