export type Criticality = 'low' | 'medium' | 'high' | 'critical';

export interface ResourceSpec {
  name: string;
  criticality: Criticality;
}

/** Systems of the demo organisation, rated by what their compromise would cost. */
export const resources = {
  mail: { name: 'Microsoft 365 Mail', criticality: 'low' },
  chat: { name: 'Slack', criticality: 'low' },
  intranet: { name: 'Intranet', criticality: 'low' },
  expenses: { name: 'Expensify', criticality: 'low' },
  sharepoint: { name: 'SharePoint', criticality: 'medium' },
  jira: { name: 'Jira', criticality: 'medium' },
  confluence: { name: 'Confluence', criticality: 'medium' },
  zendesk: { name: 'Zendesk', criticality: 'medium' },
  hubspot: { name: 'HubSpot', criticality: 'medium' },
  crm: { name: 'Salesforce CRM', criticality: 'high' },
  github: { name: 'GitHub', criticality: 'high' },
  warehouse: { name: 'Snowflake data warehouse', criticality: 'high' },
  hris: { name: 'Workday HRIS', criticality: 'high' },
  contracts: { name: 'Contract repository', criticality: 'high' },
  edr: { name: 'CrowdStrike Falcon console', criticality: 'high' },
  erp: { name: 'NetSuite ERP', criticality: 'critical' },
  treasury: { name: 'Treasury banking portal', criticality: 'critical' },
  payroll: { name: 'ADP Payroll', criticality: 'critical' },
  aws: { name: 'AWS production account', criticality: 'critical' },
  kubernetes: { name: 'Kubernetes production cluster', criticality: 'critical' },
  customerDb: { name: 'Customer database', criticality: 'critical' },
  okta: { name: 'Okta admin console', criticality: 'critical' },
  entra: { name: 'Microsoft Entra ID', criticality: 'critical' },
  signing: { name: 'Code-signing keys', criticality: 'critical' },
} as const satisfies Record<string, ResourceSpec>;

export type ResourceKey = keyof typeof resources;

/** One entitlement a member of a department may hold. */
export interface Grant {
  resource: ResourceKey;
  entitlement: string;
  /** Probability among eligible members. */
  p: number;
  admin?: boolean;
  /** Only members flagged privileged, or only those with financial authority, or managers. */
  only?: 'privileged' | 'financial' | 'manager';
}

const everyone: readonly Grant[] = [
  { resource: 'mail', entitlement: 'mailbox user', p: 1 },
  { resource: 'chat', entitlement: 'member', p: 1 },
  { resource: 'intranet', entitlement: 'reader', p: 1 },
  { resource: 'sharepoint', entitlement: 'member', p: 0.9 },
  { resource: 'expenses', entitlement: 'approver', p: 1, only: 'manager' },
];

const byDepartment: Readonly<Record<string, readonly Grant[]>> = {
  Executive: [
    { resource: 'crm', entitlement: 'read only', p: 0.6 },
    { resource: 'erp', entitlement: 'executive approver', p: 1, only: 'financial' },
    { resource: 'treasury', entitlement: 'payment approver', p: 0.5, only: 'financial' },
    { resource: 'hris', entitlement: 'executive viewer', p: 0.5 },
  ],
  Finance: [
    { resource: 'erp', entitlement: 'accountant', p: 1 },
    { resource: 'erp', entitlement: 'payment approver', p: 1, only: 'financial' },
    { resource: 'treasury', entitlement: 'payment initiator', p: 0.7, only: 'financial' },
    { resource: 'payroll', entitlement: 'payroll viewer', p: 0.2 },
    { resource: 'erp', entitlement: 'administrator', p: 1, admin: true, only: 'privileged' },
  ],
  Sales: [
    { resource: 'crm', entitlement: 'sales user', p: 1 },
    { resource: 'hubspot', entitlement: 'viewer', p: 0.4 },
  ],
  Marketing: [
    { resource: 'hubspot', entitlement: 'marketer', p: 1 },
    { resource: 'crm', entitlement: 'read only', p: 0.5 },
  ],
  'Customer Support': [
    { resource: 'zendesk', entitlement: 'agent', p: 1 },
    { resource: 'crm', entitlement: 'read only', p: 0.7 },
    { resource: 'customerDb', entitlement: 'read', p: 0.3 },
  ],
  Engineering: [
    { resource: 'github', entitlement: 'write', p: 1 },
    { resource: 'jira', entitlement: 'user', p: 1 },
    { resource: 'confluence', entitlement: 'editor', p: 0.9 },
    { resource: 'aws', entitlement: 'developer', p: 0.6 },
    { resource: 'warehouse', entitlement: 'analyst', p: 0.3 },
    { resource: 'customerDb', entitlement: 'read', p: 0.2 },
    {
      resource: 'aws',
      entitlement: 'AdministratorAccess',
      p: 0.7,
      admin: true,
      only: 'privileged',
    },
    {
      resource: 'kubernetes',
      entitlement: 'cluster-admin',
      p: 0.6,
      admin: true,
      only: 'privileged',
    },
    { resource: 'github', entitlement: 'owner', p: 0.3, admin: true, only: 'privileged' },
    { resource: 'signing', entitlement: 'signer', p: 0.2, only: 'privileged' },
  ],
  Product: [
    { resource: 'jira', entitlement: 'user', p: 1 },
    { resource: 'confluence', entitlement: 'editor', p: 1 },
    { resource: 'warehouse', entitlement: 'analyst', p: 0.4 },
    { resource: 'github', entitlement: 'read', p: 0.5 },
  ],
  IT: [
    { resource: 'jira', entitlement: 'user', p: 1 },
    {
      resource: 'okta',
      entitlement: 'help desk administrator',
      p: 0.6,
      admin: true,
      only: 'privileged',
    },
    {
      resource: 'okta',
      entitlement: 'super administrator',
      p: 0.25,
      admin: true,
      only: 'privileged',
    },
    {
      resource: 'entra',
      entitlement: 'global administrator',
      p: 0.2,
      admin: true,
      only: 'privileged',
    },
    {
      resource: 'entra',
      entitlement: 'user administrator',
      p: 0.6,
      admin: true,
      only: 'privileged',
    },
    { resource: 'aws', entitlement: 'read-only', p: 0.4 },
  ],
  Security: [
    {
      resource: 'edr',
      entitlement: 'falcon administrator',
      p: 0.7,
      admin: true,
      only: 'privileged',
    },
    {
      resource: 'okta',
      entitlement: 'read-only administrator',
      p: 0.8,
      admin: true,
      only: 'privileged',
    },
    { resource: 'aws', entitlement: 'SecurityAudit', p: 0.8 },
    { resource: 'jira', entitlement: 'user', p: 1 },
  ],
  HR: [
    { resource: 'hris', entitlement: 'HR partner', p: 1 },
    {
      resource: 'payroll',
      entitlement: 'payroll administrator',
      p: 0.25,
      admin: true,
      only: 'privileged',
    },
    { resource: 'payroll', entitlement: 'payroll processor', p: 0.2 },
  ],
  Legal: [
    { resource: 'contracts', entitlement: 'editor', p: 1 },
    { resource: 'hris', entitlement: 'case viewer', p: 0.3 },
  ],
  Operations: [
    { resource: 'erp', entitlement: 'procurement', p: 0.4 },
    { resource: 'erp', entitlement: 'purchase approver', p: 1, only: 'financial' },
    { resource: 'jira', entitlement: 'user', p: 0.5 },
    { resource: 'crm', entitlement: 'read only', p: 0.2 },
  ],
};

export function grantsFor(department: string): readonly Grant[] {
  return [...everyone, ...(byDepartment[department] ?? [])];
}
