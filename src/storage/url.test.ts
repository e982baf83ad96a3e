import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { parseDatabaseUrl, redactUrl } from './url.js';

describe('parseDatabaseUrl', () => {
  it('resolves a relative sqlite path', () => {
    expect(parseDatabaseUrl('sqlite:./data/x.db')).toMatchObject({
      dialect: 'sqlite',
      file: path.resolve('data/x.db'),
    });
  });

  it('accepts postgres URLs', () => {
    expect(parseDatabaseUrl('postgres://u@127.0.0.1:5432/db')).toMatchObject({
      dialect: 'postgres',
    });
  });

  it('explains an unsupported scheme without leaking a password', () => {
    const result = parseDatabaseUrl('mysql://root:hunter2@host/db');
    expect(result).toContain('unsupported');
    expect(result).not.toContain('hunter2');
  });

  it('redacts passwords', () => {
    expect(redactUrl('postgres://u:secret@h/db')).toBe('postgres://u:***@h/db');
  });
});
