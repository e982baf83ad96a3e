import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { accessCsv, accessHeader, csvField, directoryCsv, directoryHeader } from './csv.js';
import { generateOrganisation } from './org/organisation.js';

describe('csvField', () => {
  it('leaves plain text alone and quotes what CSV cannot hold bare', () => {
    expect(csvField('Sales')).toBe('Sales');
    expect(csvField('Director, Sales')).toBe('"Director, Sales"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('')).toBe('');
  });
});

describe('directory and access CSV', () => {
  const org = generateOrganisation({ people: 400, days: 30, seed: 4, endDate: '2026-03-31' });

  it('round-trips the directory through a CSV parser, row for row', () => {
    const text = directoryCsv(org.directory);
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...directoryHeader]);
    expect(rows).toEqual(org.directory);
  });

  it('round-trips the access snapshot, including titles with commas', () => {
    const text = accessCsv(org.access);
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...accessHeader]);
    expect(rows).toEqual(org.access);
    expect(directoryCsv(org.directory)).toContain('"Director, ');
  });
});
