import type { Model } from '../risk/index.js';
import type { ScoringCursor } from './cursor.repository.js';
import type { PopulationMember, StoredScore } from './population.repository.js';
import type { IdentityRecord } from './tenant-scorer.js';

/**
 * What one scoring run of a tenant hands to the next in the same process: exactly what the
 * run committed (the members, every identity's state, the scores as stored, access points).
 * It stands for the database only while the tenant's cursor still has the version that run
 * wrote, so a run anywhere else (the CLI, another server) makes it stale and it is dropped.
 */
export interface TenantMemory {
  /** The cursor version the run committed. */
  cursorVersion: number;
  modelVersion: string;
  behaviourCount: number;
  members: readonly PopulationMember[];
  /** Every stored state of the tenant: an identity without one has no events. */
  records: Map<string, IdentityRecord>;
  scores: Map<string, StoredScore>;
  access: Map<string, number>;
}

/**
 * At most this many identities are kept, over all tenants (about 1.5 KB each with their states):
 * a larger tenant is not kept, and keeping one evicts the tenants kept longest ago until it fits.
 */
export const MEMORY_IDENTITIES_MAX = 250_000;

/**
 * The scoring memories of one process, one per tenant. A run takes its tenant's memory out
 * (so a run that fails half-way leaves nothing behind that its changes may have touched) and
 * puts the new one back only after its transaction committed.
 */
export class ScoringMemory {
  private readonly tenants = new Map<string, TenantMemory>();

  constructor(readonly maxIdentities = MEMORY_IDENTITIES_MAX) {}

  /** The tenant's memory if it still matches the stored cursor and model; removed either way. */
  take(
    tenantId: string,
    cursor: ScoringCursor | undefined,
    model: Model,
  ): TenantMemory | undefined {
    const memory = this.tenants.get(tenantId);
    this.tenants.delete(tenantId);
    if (memory === undefined || cursor === undefined) return undefined;
    const current =
      memory.cursorVersion === cursor.version &&
      memory.modelVersion === model.version &&
      memory.behaviourCount === model.behaviours.length;
    return current ? memory : undefined;
  }

  keep(tenantId: string, memory: TenantMemory): void {
    this.tenants.delete(tenantId);
    if (memory.members.length > this.maxIdentities) return;
    let total = memory.members.length;
    for (const m of this.tenants.values()) total += m.members.length;
    for (const [id, m] of this.tenants) {
      if (total <= this.maxIdentities) break;
      this.tenants.delete(id);
      total -= m.members.length;
    }
    this.tenants.set(tenantId, memory);
  }
}
