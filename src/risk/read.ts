import { ROLE_COUNT, type Model } from './model.js';
import type { IdentityState } from './state.js';

/** Raw points per role after decay, stacking caps and rank weighting. */
export interface RolePoints {
  behaviour: number;
  threat: number;
  /** Access points from access events; the directory's access profile is added separately. */
  access: number;
  protective: number;
}

/**
 * The points behaviour b holds at time t: its decayed sum, capped at `stackLimit` times its largest
 * single decayed event (Splunk RBA's anti-stacking rule `min(sum, k × max)`), times its weight.
 */
export function behaviourPoints(model: Model, state: IdentityState, b: number, t: number): number {
  const sum = state.sum[b] ?? 0;
  if (sum === 0) return 0;
  const capped = Math.min(sum, (model.stackLimit[b] ?? 0) * (state.peak[b] ?? 0));
  const decay = Math.exp(-(t - state.ref) * (model.lambda[b] ?? 0));
  return (model.weight[b] ?? 0) * capped * decay;
}

/** Scratch buffers for reading, one per role, reused to avoid allocation on the hot path. */
const scratch = new WeakMap<Model, Float64Array[]>();

function buffers(model: Model): Float64Array[] {
  let found = scratch.get(model);
  if (found === undefined) {
    const n = model.behaviours.length;
    found = Array.from({ length: ROLE_COUNT }, () => new Float64Array(n));
    scratch.set(model, found);
  }
  return found;
}

/**
 * Reads a state at time t (t ≥ state.latest; an earlier t reads at state.latest, because a state
 * cannot forget events). Within each role the behaviours' points are combined with Elastic's rank
 * weighting, Σ v_(i) / i^s over the values sorted in descending order.
 */
export function readRolePoints(model: Model, state: IdentityState, t: number): RolePoints {
  const at = Math.max(t, state.latest);
  const lists = buffers(model);
  const counts = [0, 0, 0, 0];
  for (let b = 0; b < state.sum.length; b++) {
    const v = behaviourPoints(model, state, b, at);
    if (v <= 0) continue;
    const role = model.role[b] ?? 0;
    const list = lists[role];
    if (list === undefined) continue;
    list[counts[role] ?? 0] = v;
    counts[role] = (counts[role] ?? 0) + 1;
  }
  const sum = (role: number): number =>
    rankWeightedSum(lists[role] ?? new Float64Array(0), counts[role] ?? 0, model.rankWeight);
  return { behaviour: sum(0), threat: sum(1), access: sum(2), protective: sum(3) };
}

/**
 * Elastic's entity risk aggregation (Kibana `MV_PSERIES_WEIGHTED_SUM`): sorts the first n values
 * in descending order in place and returns Σ v_i × weights[i]. Without Elastic's normalisation by
 * ζ(s): here the sum feeds a saturating curve instead (docs/risk-model.md).
 */
export function rankWeightedSum(values: Float64Array, n: number, weights: Float64Array): number {
  for (let i = 1; i < n; i++) {
    const v = values[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (values[j] ?? 0) < v) {
      values[j + 1] = values[j] ?? 0;
      j--;
    }
    values[j + 1] = v;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += (values[i] ?? 0) * (weights[i] ?? 0);
  return total;
}
