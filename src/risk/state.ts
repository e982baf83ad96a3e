import type { Model } from './model.js';

/**
 * The decayed accumulators of one identity, valid at the reference time `ref`:
 * `sum[b]` = Σ scale × 2^(−(ref − t)/halfLife) over the identity's events of behaviour b, and
 * `peak[b]` the largest single such term. `scale` is the event's severity multiplier (zero for a
 * scanner's click); the behaviour's weight is applied when reading, so a tenant's weight change
 * needs no recompute. Because every term of one behaviour decays at the same
 * rate, both can be carried forward by one multiplication, so adding an event is O(1) and reading
 * at a time t ≥ `latest` is O(number of behaviours).
 */
export interface IdentityState {
  ref: number;
  /** Latest event time added; a state reads correctly at any t ≥ latest. */
  latest: number;
  readonly sum: Float64Array;
  readonly peak: Float64Array;
  /** The behaviours with a non-zero sum, in order of first use: reading visits only these. */
  readonly active: Uint16Array;
  activeCount: number;
}

/** Beyond e^50 growth the accumulators are moved to a later reference to keep precision. */
const MAX_GROWTH_EXPONENT = 50;

export function newState(model: Model, ref: number): IdentityState {
  const n = model.behaviours.length;
  return {
    ref,
    latest: -Infinity,
    sum: new Float64Array(n),
    peak: new Float64Array(n),
    active: new Uint16Array(n),
    activeCount: 0,
  };
}

/** Empties a state for reuse, as full recompute does for each identity. */
export function resetState(state: IdentityState, ref: number): void {
  for (let i = 0; i < state.activeCount; i++) {
    const b = state.active[i] ?? 0;
    state.sum[b] = 0;
    state.peak[b] = 0;
  }
  state.activeCount = 0;
  state.ref = ref;
  state.latest = -Infinity;
}

/** Adds one event of behaviour `b` with the given scale at `time`: constant work. */
export function accumulate(
  model: Model,
  state: IdentityState,
  b: number,
  scale: number,
  time: number,
): void {
  if (time > state.latest) state.latest = time;
  if (scale <= 0) return;
  const lambda = model.lambda[b] ?? 0;
  let exponent = (time - state.ref) * lambda;
  if (exponent > MAX_GROWTH_EXPONENT) {
    rebase(model, state, time);
    exponent = 0;
  }
  const term = scale * Math.exp(exponent);
  if (!(term > 0)) return; // an event so old that its weight underflows to nothing
  const before = state.sum[b] ?? 0;
  if (before === 0) state.active[state.activeCount++] = b;
  state.sum[b] = before + term;
  if (term > (state.peak[b] ?? 0)) state.peak[b] = term;
}

/**
 * Moves every accumulator to a new reference time. A sum that underflows to zero leaves the
 * active list, keeping "active ⇔ sum > 0" true.
 */
export function rebase(model: Model, state: IdentityState, ref: number): void {
  let kept = 0;
  for (let i = 0; i < state.activeCount; i++) {
    const b = state.active[i] ?? 0;
    const factor = Math.exp(-(ref - state.ref) * (model.lambda[b] ?? 0));
    const sum = (state.sum[b] ?? 0) * factor;
    state.sum[b] = sum;
    state.peak[b] = sum > 0 ? (state.peak[b] ?? 0) * factor : 0;
    if (sum > 0) state.active[kept++] = b;
  }
  state.activeCount = kept;
  state.ref = ref;
}

/** A JSON-safe form keyed by behaviour type, so that it survives catalogue changes. */
export interface StoredState {
  ref: number;
  latest: number | null;
  behaviours: Record<string, [sum: number, peak: number]>;
}

export function stateToJSON(model: Model, state: IdentityState): StoredState {
  const behaviours: StoredState['behaviours'] = {};
  model.behaviours.forEach((b, i) => {
    const sum = state.sum[i] ?? 0;
    if (sum > 0) behaviours[b.type] = [sum, state.peak[i] ?? 0];
  });
  const latest = Number.isFinite(state.latest) ? state.latest : null;
  return { ref: state.ref, latest, behaviours };
}

const quotedTypes = new WeakMap<Model, string[]>();

/**
 * `JSON.stringify(stateToJSON(model, state))`, written in one pass without the intermediate
 * object: scoring stores tens of thousands of states per run.
 */
export function stateText(model: Model, state: IdentityState): string {
  let keys = quotedTypes.get(model);
  if (keys === undefined) {
    keys = model.behaviours.map((b) => JSON.stringify(b.type));
    quotedTypes.set(model, keys);
  }
  let body = '';
  for (let i = 0; i < keys.length; i++) {
    const sum = state.sum[i] ?? 0;
    if (!(sum > 0)) continue;
    body += `${body ? ',' : ''}${keys[i]}:[${JSON.stringify(sum)},${JSON.stringify(state.peak[i] ?? 0)}]`;
  }
  const latest = Number.isFinite(state.latest) ? JSON.stringify(state.latest) : 'null';
  return `{"ref":${JSON.stringify(state.ref)},"latest":${latest},"behaviours":{${body}}}`;
}

/** Restores a stored state; behaviours no longer in the catalogue are dropped. */
export function stateFromJSON(model: Model, stored: StoredState): IdentityState {
  const state = newState(model, stored.ref);
  state.latest = stored.latest ?? -Infinity;
  for (const [type, [sum, peak]] of Object.entries(stored.behaviours)) {
    const b = model.indexOf.get(type);
    if (b === undefined) continue;
    if (!(sum > 0)) continue;
    state.sum[b] = sum;
    state.peak[b] = peak;
    state.active[state.activeCount++] = b;
  }
  return state;
}
