import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { parseDemoOptions, parseHistoryDays, type DemoOptionsInput } from './options.js';

function problems(input: DemoOptionsInput): string[] {
  try {
    parseDemoOptions(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('VALIDATION_FAILED');
    return appError.problems.map((p) => `${p.path}: ${p.message}`);
  }
  return [];
}

describe('parseDemoOptions', () => {
  it('fills in defaults except the end date', () => {
    expect(parseDemoOptions({ endDate: '2026-06-30' })).toEqual({
      people: 2000,
      days: 180,
      seed: 1,
      endDate: '2026-06-30',
      domain: 'haldenrowe.example',
    });
  });

  it('accepts numbers given as text, as a command line passes them', () => {
    const options = parseDemoOptions({ people: '50', days: '7', seed: '9', endDate: '2026-01-31' });
    expect(options).toMatchObject({ people: 50, days: 7, seed: 9 });
  });

  it('refuses negative people and zero days, naming the option', () => {
    expect(problems({ people: -5, endDate: '2026-06-30' })).toEqual([
      'people: must be between 1 and 1000000, got -5',
    ]);
    expect(problems({ days: 0, endDate: '2026-06-30' })).toEqual([
      'days: must be between 1 and 3650, got 0',
    ]);
  });

  it('refuses fractions, words, seeds out of range and impossible dates, all at once', () => {
    const found = problems({ people: 1.5, days: 'many', seed: -1, endDate: '2026-02-30' });
    expect(found).toEqual([
      'people: must be a whole number, got 1.5',
      'days: must be a whole number, got "many"',
      'seed: must be between 0 and 4294967295, got -1',
      'endDate: "2026-02-30" is not a calendar date',
    ]);
  });

  it('requires an end date, since the generator never reads the clock', () => {
    expect(problems({})).toEqual(['endDate: must be a date in YYYY-MM-DD form, got undefined']);
  });

  it('puts every problem in the message too', () => {
    expect(() => parseDemoOptions({ people: 0, days: -1, endDate: '2026-06-30' })).toThrow(
      /people must be between 1 and 1000000, got 0; days must be between 1 and 3650, got -1/,
    );
  });

  it('refuses a domain that is not a mail domain', () => {
    expect(problems({ endDate: '2026-06-30', domain: 'Not A Domain' })).toEqual([
      'domain: must be a lowercase mail domain, got "Not A Domain"',
    ]);
  });
});

describe('parseHistoryDays', () => {
  it('defaults to 90 days and accepts 0 or a number given as text', () => {
    expect(parseHistoryDays(undefined)).toBe(90);
    expect(parseHistoryDays('0')).toBe(0);
    expect(parseHistoryDays(30)).toBe(30);
  });

  it('refuses what is not a number of days, naming the option', () => {
    expect(() => parseHistoryDays('-1')).toThrow(/historyDays must be between 0 and 3650, got -1/);
    expect(() => parseHistoryDays('soon')).toThrow(/historyDays must be a whole number/);
  });
});
