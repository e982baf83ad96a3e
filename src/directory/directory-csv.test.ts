import { describe, expect, it } from 'vitest';
import { headerProblems, parseDirectoryRow } from './directory-csv.js';

describe('headerProblems', () => {
  it('requires an email column and names unknown ones', () => {
    expect(headerProblems(['name', 'colour'])).toEqual([
      'the header has no "email" column; it is required',
      expect.stringContaining('"colour"'),
    ]);
    expect(headerProblems(['email', 'name', 'groups'])).toEqual([]);
  });
});

describe('parseDirectoryRow', () => {
  it('parses a full person row', () => {
    const result = parseDirectoryRow({
      email: 'Alice@Example.com',
      name: 'Alice',
      department: 'Finance',
      timezone: 'Europe/London',
      start_date: '2024-02-29',
      groups: 'finance; vpn;finance',
      privileged: 'TRUE',
    });
    expect(result).toEqual({
      ok: true,
      input: expect.objectContaining({
        kind: 'person',
        email: 'Alice@Example.com',
        groups: ['finance', 'vpn'],
        privileged: true,
        timezone: 'Europe/London',
      }),
    });
  });

  it('reports every problem with its column', () => {
    const result = parseDirectoryRow({
      email: 'not-an-email',
      kind: 'robot',
      timezone: 'Mars/Olympus',
      start_date: '2024-02-30',
      privileged: 'maybe',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      'email',
      'kind',
      'timezone',
      'start_date',
      'privileged',
    ]);
  });

  it('requires an owner for agents', () => {
    const result = parseDirectoryRow({ email: 'bot@example.com', kind: 'agent' });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'owner_email', message: expect.stringContaining('owner') }],
    });
  });

  it('refuses a person who manages themselves', () => {
    const result = parseDirectoryRow({ email: 'a@example.com', manager_email: 'A@example.com' });
    expect(result.ok).toBe(false);
  });
});
