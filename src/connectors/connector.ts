/** The vendors Bulwark can pull from. */
export const connectorKinds = [
  'okta',
  'graph',
  'proofpoint-tap',
  'crowdstrike',
  'knowbe4',
  'gophish',
] as const;
export type ConnectorKind = (typeof connectorKinds)[number];

export function isConnectorKind(value: string): value is ConnectorKind {
  return (connectorKinds as readonly string[]).includes(value);
}

export type ConnectorState = 'never' | 'running' | 'ok' | 'failed';

/** What one run did: pages fetched, what became of the records, what was learned about people. */
export interface RunCounts {
  pages: number;
  retries: number;
  records: number;
  stored: number;
  duplicate: number;
  rejected: number;
  ignored: number;
  people: number;
  peopleHeld: number;
  aliasesAdded: number;
  linkedEvents: number;
}

export function emptyRunCounts(): RunCounts {
  return {
    pages: 0,
    retries: 0,
    records: 0,
    stored: 0,
    duplicate: 0,
    rejected: 0,
    ignored: 0,
    people: 0,
    peopleHeld: 0,
    aliasesAdded: 0,
    linkedEvents: 0,
  };
}

/** A connector as stored. `credentials` stays sealed; only a run opens it. */
export interface Connector {
  tenantId: string;
  id: string;
  kind: ConnectorKind;
  name: string;
  settings: Record<string, unknown>;
  sealedCredentials: string;
  intervalSeconds: number;
  enabled: boolean;
  cursor: unknown;
  nextRunAt: number;
  status: ConnectorStatus;
  createdAt: number;
  updatedAt: number;
}

export interface ConnectorStatus {
  state: ConnectorState;
  lastStartedAt: number | null;
  lastFinishedAt: number | null;
  lastSuccessAt: number | null;
  lastError: string | null;
  lastCounts: RunCounts | null;
  runs: number;
  failures: number;
  consecutiveFailures: number;
}
