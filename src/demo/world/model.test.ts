import { describe, expect, it } from 'vitest';
import { generateOrganisation } from '../org/organisation.js';
import type { Member } from '../org/model.js';
import {
  campaignRamp,
  effectiveSusceptibility,
  incidentHazard,
  preventP,
  pushApproveP,
  realClickP,
  submitP,
} from './model.js';
import { simFailP, simReportP } from './recipient.js';
import { GOPHISH_TEMPLATES } from './templates.js';

const org = generateOrganisation({ people: 60, days: 30, seed: 2, endDate: '2026-01-31' });
const person = org.members.find((m) => m.kind === 'person' && m.index > 0) as Member;

function withTraits(s: number, d: number, e: number): Member {
  return { ...person, traits: { ...person.traits, susceptibility: s, diligence: d, exposure: e } };
}

describe('the behaviour model', () => {
  it('ramps the targeted campaign from nothing to full strength late in the period', () => {
    expect(campaignRamp(0, 180)).toBe(0);
    expect(campaignRamp(120, 180)).toBe(0);
    expect(campaignRamp(135, 180)).toBeGreaterThan(0);
    expect(campaignRamp(135, 180)).toBeLessThan(1);
    expect(campaignRamp(179, 180)).toBe(1);
  });

  it('lets training lower susceptibility for a while, and no longer than that', () => {
    expect(effectiveSusceptibility(0.5, 0)).toBeCloseTo(0.35);
    expect(effectiveSusceptibility(0.5, 365)).toBeGreaterThan(0.49);
    expect(effectiveSusceptibility(0.5, Infinity)).toBe(0.5);
  });

  it('keeps every probability in [0, 1] across the range of traits', () => {
    for (const s of [0, 0.3, 1])
      for (const d of [0, 0.5, 1]) {
        for (const p of [
          realClickP(s, 1.6),
          submitP(s, d),
          preventP(d),
          pushApproveP(s, d),
          simReportP(d),
        ]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        for (const template of GOPHISH_TEMPLATES)
          expect(simFailP(s, template)).toBeLessThanOrEqual(0.9);
      }
  });

  it('rates harder simulation templates as likelier to be failed', () => {
    const least = GOPHISH_TEMPLATES.find((t) => t.difficulty === 'least');
    const very = GOPHISH_TEMPLATES.find((t) => t.difficulty === 'very');
    if (!least || !very) throw new Error('templates of both difficulties are expected');
    expect(simFailP(0.3, very)).toBeGreaterThan(simFailP(0.3, least));
  });

  it('makes the hazard rise with susceptibility and exposure and fall with diligence', () => {
    expect(incidentHazard(withTraits(0.6, 0.5, 1))).toBeGreaterThan(
      incidentHazard(withTraits(0.2, 0.5, 1)),
    );
    expect(incidentHazard(withTraits(0.3, 0.5, 3))).toBeGreaterThan(
      incidentHazard(withTraits(0.3, 0.5, 1)),
    );
    expect(incidentHazard(withTraits(0.3, 0.9, 1))).toBeLessThan(
      incidentHazard(withTraits(0.3, 0.1, 1)),
    );
  });
});
