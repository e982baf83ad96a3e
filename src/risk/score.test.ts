import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import type { ScoringEvent } from './event.js';
import { DAY_MS, createModel } from './model.js';
import { recomputeAll, toEventColumns } from './recompute.js';
import { addEvent, scoreEvents, scoreState, stateFromEvents } from './score.js';
import { newState, stateFromJSON, stateText, stateToJSON } from './state.js';

const model = createModel();
const now = Date.UTC(2026, 5, 1);
const ev = (type: string, daysAgo: number, extra: Partial<ScoringEvent> = {}): ScoringEvent => ({
  type,
  time: now - daysAgo * DAY_MS,
  ...extra,
});

describe('scoring events', () => {
  it('counts a simulated click for less than a real one', () => {
    const sim = scoreEvents(model, [ev('phishing.sim_clicked', 1)], now);
    const real = scoreEvents(model, [ev('phishing.real_clicked', 1)], now);
    expect(real.behavior).toBeGreaterThan(sim.behavior);
  });

  it('gives a click flagged as a mail scanner no points at all', () => {
    const none = scoreEvents(model, [], now);
    const scanner = scoreEvents(
      model,
      [ev('phishing.real_clicked', 1, { details: { automated: true } })],
      now,
    );
    expect(scanner).toEqual(none);
  });

  it('still counts an automated flag on a behaviour a scanner cannot cause', () => {
    const agent = scoreEvents(
      model,
      [ev('agent.scope_violation', 1, { details: { automated: true } })],
      now,
    );
    expect(agent.behavior).toBeGreaterThan(scoreEvents(model, [], now).behavior);
  });

  it('weighs severity: low counts half of medium, critical twice', () => {
    const points = (severity: 'low' | 'medium' | 'critical'): number =>
      scoreEvents(model, [ev('data.dlp_violation', 0, { severity })], now).behavior;
    expect(points('low')).toBeLessThan(points('medium'));
    expect(points('critical')).toBeGreaterThan(points('medium'));
  });

  it('lowers the behaviour component with protective behaviour', () => {
    const risky = [ev('phishing.real_clicked', 5)];
    const withTraining = [...risky, ev('training.completed', 2), ev('phishing.real_reported', 1)];
    expect(scoreEvents(model, withTraining, now).risk).toBeLessThan(
      scoreEvents(model, risky, now).risk,
    );
  });

  it('ignores events after the as-of time', () => {
    const events = [ev('phishing.real_clicked', 10), ev('auth.account_compromised', -5)];
    expect(scoreEvents(model, events, now)).toEqual(scoreEvents(model, events.slice(0, 1), now));
  });

  it('rejects an unknown behaviour naming the field, and applies nothing', () => {
    const events = [ev('phishing.real_clicked', 1), ev('no.such', 1)];
    let caught: unknown;
    try {
      stateFromEvents(model, events, now);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('UNKNOWN_BEHAVIOUR');
    expect((caught as AppError).problems).toEqual([
      { path: 'events[1].type', message: 'unknown behaviour type "no.such"' },
    ]);
  });
});

describe('bad events', () => {
  it('refuses an event with an unknown type, time or severity without touching the state', () => {
    const state = newState(model, now);
    const bad = [
      { type: 'no.such', time: now },
      { type: 'phishing.real_clicked', time: Number.NaN },
      { type: 'phishing.real_clicked', time: now, severity: 'info' as never },
    ];
    const paths = bad.map((event) => {
      try {
        addEvent(model, state, event);
      } catch (error) {
        return (error as AppError).problems.map((p) => p.path);
      }
      return [];
    });
    expect(paths).toEqual([['type'], ['time'], ['severity']]);
    expect(state.sum.every((v) => v === 0)).toBe(true);
  });
});

describe('one code path', () => {
  const events = [
    ev('phishing.sim_clicked', 200),
    ev('phishing.real_clicked', 40),
    ev('threat.malicious_email_delivered', 3),
    ev('training.completed', 20),
    ev('data.dlp_violation', 1, { severity: 'high' }),
    ev('phishing.sim_clicked', 90),
  ];

  it('gives the same score incrementally (in any order), as of, and by full recompute', () => {
    const incremental = newState(model, now - 400 * DAY_MS);
    for (const e of [...events].reverse()) addEvent(model, incremental, e);
    const fromIncremental = scoreState(model, incremental, now, 7);
    const asOf = scoreEvents(model, events, now, 7);
    const columns = toEventColumns(
      model,
      events.map((e) => ({ ...e, identity: 1 })),
    );
    const all = recomputeAll(model, columns, 2, now, [0, 7]);
    expect(fromIncremental.risk).toBeCloseTo(asOf.risk, 9);
    expect(all.risk[1]).toBeCloseTo(asOf.risk, 4);
    expect(all.risk[0]).toBeCloseTo(scoreEvents(model, [], now).risk, 4);
  });

  it('stays exact across years of events by moving its reference time', () => {
    const state = newState(model, now - 3000 * DAY_MS);
    addEvent(model, state, ev('auth.signin_failed', 2999));
    addEvent(model, state, ev('auth.signin_failed', 0));
    expect(state.ref).toBeGreaterThan(now - 3000 * DAY_MS);
    expect(scoreState(model, state, now).risk).toBeCloseTo(
      scoreEvents(model, [ev('auth.signin_failed', 0), ev('auth.signin_failed', 2999)], now).risk,
      9,
    );
  });

  it('keeps each behaviour once in its active list, even for events too old to weigh anything', () => {
    const state = newState(model, now);
    addEvent(model, state, ev('auth.signin_failed', 40 * 365));
    addEvent(model, state, ev('auth.signin_failed', 40 * 365));
    addEvent(model, state, ev('auth.signin_failed', 1));
    addEvent(model, state, ev('auth.signin_failed', 0));
    expect(state.activeCount).toBe(1);
    const later = newState(model, now - 30 * 365 * DAY_MS);
    addEvent(model, later, ev('auth.signin_failed', 30 * 365));
    addEvent(model, later, ev('auth.signin_failed', 0));
    addEvent(model, later, ev('auth.signin_failed', 0));
    expect(later.activeCount).toBe(1);
    expect(scoreState(model, later, now).risk).toBeCloseTo(
      scoreEvents(model, [ev('auth.signin_failed', 0), ev('auth.signin_failed', 0)], now).risk,
      9,
    );
  });

  it('drops stored behaviours that are no longer in the catalogue', () => {
    const restored = stateFromJSON(model, {
      ref: now,
      latest: now,
      behaviours: { 'retired.behaviour': [1, 1], 'phishing.real_clicked': [1, 1] },
    });
    expect(restored.activeCount).toBe(1);
    expect(scoreState(model, restored, now).risk).toBeCloseTo(
      scoreEvents(model, [ev('phishing.real_clicked', 0)], now).risk,
      9,
    );
  });

  it('writes the same JSON text in one pass as stringifying its stored form', () => {
    const state = stateFromEvents(model, events, now);
    expect(stateText(model, state)).toBe(JSON.stringify(stateToJSON(model, state)));
    const empty = newState(model, now);
    expect(stateText(model, empty)).toBe(JSON.stringify(stateToJSON(model, empty)));
    expect(JSON.parse(stateText(model, state))).toEqual(stateToJSON(model, state));
  });

  it('survives a JSON round trip, and a weight change needs no recompute', () => {
    const state = stateFromEvents(model, events, now);
    const restored = stateFromJSON(model, JSON.parse(JSON.stringify(stateToJSON(model, state))));
    expect(scoreState(model, restored, now)).toEqual(scoreState(model, state, now));
    const tuned = createModel({ weightOverrides: { 'phishing.real_clicked': 40 } });
    expect(scoreState(tuned, restored, now).risk).toBeCloseTo(
      scoreEvents(tuned, events, now).risk,
      9,
    );
  });
});
