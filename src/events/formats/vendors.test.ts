import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInBehaviours } from '../../catalog/behaviours.js';
import type { RawRecord } from './format.js';
import { problemsOf } from './results.js';
import { vendorFormats } from './vendors.js';

const raw: RawRecord = { text: '', line: 1, origin: 'test' };
const catalogue = new Set(builtInBehaviours.map((b) => b.type));
const fixtures = readdirSync(new URL('./fixtures/', import.meta.url));

/** Which fixtures feed which format, by file-name prefix. */
const prefixes: Readonly<Record<string, string>> = {
  ocsf: 'ocsf-',
  gophish: 'gophish-',
  'proofpoint-tap': 'proofpoint-',
  okta: 'okta-',
  'graph-signins': 'graph-signins',
  'graph-risk': 'graph-risk',
  'graph-alerts': 'graph-alerts',
  crowdstrike: 'crowdstrike-',
  knowbe4: 'knowbe4-',
  cef: 'cef-',
};

function recordsOf(name: string, file: string): unknown[] {
  const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
  if (name === 'cef') return text.split('\n').filter((l) => l !== '');
  return [JSON.parse(text)];
}

describe('vendor formats', () => {
  it('lists the ten PRODUCT.md format names once each', () => {
    expect(vendorFormats.map((f) => f.name)).toEqual(Object.keys(prefixes));
  });

  it.each(vendorFormats.map((f) => [f.name, f] as const))(
    '%s: every event from its fixtures has a catalogue type, a subject, an ISO time and its source',
    (name, format) => {
      const files = fixtures.filter((f) => f.startsWith(prefixes[name] ?? '\0'));
      expect(files.length).toBeGreaterThan(0);
      let events = 0;
      for (const file of files) {
        for (const record of recordsOf(name, file)) {
          const result = format.normalise(record, raw);
          expect(problemsOf(result), file).toEqual([]);
          if (result.kind !== 'events') continue;
          for (const event of result.events) {
            events += 1;
            expect(catalogue.has(event.type), `${file}: ${event.type}`).toBe(true);
            expect(event.subject.trim(), file).not.toBe('');
            expect(new Date(event.time).toISOString(), file).toBe(event.time);
            expect(event.source, file).toBe(name);
          }
        }
      }
      expect(events).toBeGreaterThan(0);
    },
  );

  it('rejects a value of the wrong kind without throwing', () => {
    for (const format of vendorFormats) {
      for (const value of [null, 42, 'text', [], {}]) {
        expect(
          () => format.normalise(value, raw),
          `${format.name} ${JSON.stringify(value)}`,
        ).not.toThrow();
      }
    }
  });
});
