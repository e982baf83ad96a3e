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

interface Scratch {
  lists: Float64Array[];
  counts: Int32Array;
  factors: Float64Array;
}

/** Buffers for reading, one set per model, reused so that the hot path allocates nothing. */
const scratchByModel = new WeakMap<Model, Scratch>();

function scratchOf(model: Model): Scratch {
  let found = scratchByModel.get(model);
  if (found === undefined) {
    const n = model.behaviours.length;
    found = {
      lists: Array.from({ length: ROLE_COUNT }, () => new Float64Array(n)),
      counts: new Int32Array(ROLE_COUNT),
      factors: new Float64Array(model.groupLambda.length),
    };
    scratchByModel.set(model, found);
  }
  return found;
}

/**
 * Reads a state at time t (t ≥ state.latest; an earlier t reads at state.latest, because a state
 * cannot forget events). Within each role the behaviours' points are combined with Elastic's rank
 * weighting, Σ v_(i) / i^s over the values sorted in descending order. Same arithmetic as
 * `behaviourPoints`, with one exponential per distinct half-life instead of one per behaviour.
 */
export function readRolePoints(model: Model, state: IdentityState, t: number): RolePoints {
  const elapsed = Math.max(t, state.latest) - state.ref;
  const { lists, counts, factors } = scratchOf(model);
  counts.fill(0);
  for (let g = 0; g < factors.length; g++)
    factors[g] = Math.exp(-elapsed * (model.groupLambda[g] ?? 0));
  const { sum: sums, peak } = state;
  const { stackLimit, weight, decayGroup, role } = model;
  for (let i = 0; i < state.activeCount; i++) {
    const b = state.active[i] ?? 0;
    const sum = sums[b] ?? 0;
    const capped = Math.min(sum, (stackLimit[b] ?? 0) * (peak[b] ?? 0));
    const v = (weight[b] ?? 0) * capped * (factors[decayGroup[b] ?? 0] ?? 0);
    if (v <= 0) continue;
    const r = role[b] ?? 0;
    const c = counts[r] ?? 0;
    const list = lists[r];
    if (list !== undefined) list[c] = v;
    counts[r] = c + 1;
  }
  const rw = model.rankWeight;
  return {
    behaviour: rankWeightedSum(lists[0] ?? rw, counts[0] ?? 0, rw),
    threat: rankWeightedSum(lists[1] ?? rw, counts[1] ?? 0, rw),
    access: rankWeightedSum(lists[2] ?? rw, counts[2] ?? 0, rw),
    protective: rankWeightedSum(lists[3] ?? rw, counts[3] ?? 0, rw),
  };
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
