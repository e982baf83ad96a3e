import { describe, expect, it } from 'vitest';
import { baselineScores, seededRandom } from './backtest-baselines.js';
import type { ScoringEvent } from './event.js';
import { createModel } from './model.js';

const model = createModel();
const sim = (type: string, campaignId: number, automated = false): ScoringEvent => ({
  type,
  time: 10,
  details: { campaignId, ...(automated ? { automated: true } : {}) },
});

describe('baselineScores', () => {
  const zero = () => 0;

  it('divides simulated failures by simulations received, known or counted by campaign', () => {
    const events = [
      sim('phishing.sim_clicked', 1),
      sim('phishing.sim_submitted', 1),
      sim('phishing.sim_reported', 2),
      sim('phishing.sim_opened', 3),
    ];
    expect(baselineScores(model, events, 100, zero).simulationClickRate).toBeCloseTo(1 / 3, 12);
    expect(baselineScores(model, events, 100, zero, 10).simulationClickRate).toBeCloseTo(0.1, 12);
  });

  it("ignores a scanner's clicks and events after the cut", () => {
    const events = [
      sim('phishing.sim_clicked', 1, true),
      { type: 'phishing.real_clicked', time: 10, details: { automated: true } },
      { type: 'phishing.real_clicked', time: 200 },
    ];
    const scores = baselineScores(model, events, 100, zero);
    expect(scores.simulationClickRate).toBe(0);
    expect(scores.realClicks).toBe(0);
  });

  it('counts training as a gap, and no training on record as the full gap', () => {
    const events = [
      { type: 'training.completed', time: 1 },
      { type: 'training.overdue', time: 2 },
      { type: 'training.completed', time: 3 },
    ];
    expect(baselineScores(model, events, 100, zero).trainingGap).toBeCloseTo(1 / 3, 12);
    expect(baselineScores(model, [], 100, zero).trainingGap).toBe(1);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});
