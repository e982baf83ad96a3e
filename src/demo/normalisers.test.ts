import { describe, expect, it } from 'vitest';
import { findFormat } from '../events/formats/index.js';
import { problemsOf } from '../events/formats/results.js';
import type { Normalised } from '../events/formats/format.js';
import { generateOrganisation } from './org/organisation.js';
import { simulate } from './world/simulate.js';
import type { TracedSignal } from './world/output.js';

const options = { people: 250, days: 150, seed: 21, endDate: '2026-05-31' };
const org = generateOrganisation(options);

interface Outcome {
  signal: TracedSignal;
  result: Normalised;
}

/** Every record as the CLI would send it: serialised, parsed, then normalised. */
const outcomes: Outcome[] = [];
let line = 0;
for (const signal of simulate(org, options)) {
  line += 1;
  const format = findFormat(signal.format);
  if (!format) throw new Error(`no normaliser for ${signal.format}`);
  const text = JSON.stringify(signal.record);
  outcomes.push({
    signal,
    result: format.normalise(JSON.parse(text), { text, line, origin: 'demo' }),
  });
}

function typesOf(result: Normalised): string[] {
  return result.kind === 'events' ? result.events.map((e) => e.type) : [];
}

describe('demo records through the real normalisers', () => {
  it('are never rejected, in whole or in part', () => {
    const refused = outcomes
      .filter(({ result }) => result.kind === 'rejected' || problemsOf(result).length > 0)
      .map(
        ({ signal, result }) =>
          `${signal.format}: ${result.kind === 'rejected' ? result.reason : problemsOf(result).join('; ')}`,
      );
    expect(refused).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(5000);
  });

  it('name the people the simulation meant', () => {
    const emails = new Set(org.directory.map((r) => r.email));
    for (const { result } of outcomes)
      if (result.kind === 'events')
        for (const event of result.events)
          expect(emails.has(event.subject), `${event.source} ${event.type} ${event.subject}`).toBe(
            true,
          );
  });

  it('turn each kind of real incident into the incident behaviour of the catalogue', () => {
    const incidents = [
      'phishing.real_credentials_submitted',
      'auth.account_compromised',
      'endpoint.malware_executed',
    ];
    for (const incident of incidents) {
      const meant = outcomes.filter(({ signal }) =>
        signal.truth.some((t) => t.behaviour === incident),
      );
      expect(meant.length, incident).toBeGreaterThan(0);
      for (const { result } of meant) expect(typesOf(result)).toContain(incident);
    }
  });

  it('map simulations, training, threats and reports to the behaviours they stand for', () => {
    const expected = [
      'phishing.sim_clicked',
      'phishing.sim_submitted',
      'phishing.sim_reported',
      'training.completed',
      'training.overdue',
      'threat.malicious_email_delivered',
      'threat.very_attacked',
      'threat.leaked_credentials',
      'threat.mfa_fatigue_attack',
      'phishing.real_clicked',
      'phishing.real_reported',
      'data.dlp_violation',
    ];
    const produced = new Set(outcomes.flatMap(({ result }) => typesOf(result)));
    for (const type of expected) expect(produced, type).toContain(type);
  });
});
