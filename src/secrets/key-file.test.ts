import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedSecretKey, KEY_FILE_NAME } from './key-file.js';
import { parseSecretKey } from './secret-box.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the secret key kept beside the embedded database', () => {
  it('is made on first use, readable by its owner only, and the same afterwards', () => {
    const dir = path.join(tempDir(), 'data');
    const url = `sqlite:${path.join(dir, 'bulwark.db')}`;
    const first = embeddedSecretKey(url);
    expect(first && parseSecretKey(first)).toBeInstanceOf(Buffer);
    const file = path.join(dir, KEY_FILE_NAME);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(embeddedSecretKey(url)).toBe(first);
  });

  it('is different for another database folder', () => {
    const a = embeddedSecretKey(`sqlite:${path.join(tempDir(), 'a.db')}`);
    const b = embeddedSecretKey(`sqlite:${path.join(tempDir(), 'b.db')}`);
    expect(a).not.toBe(b);
  });

  it('does not apply to PostgreSQL or an in-memory database', () => {
    expect(embeddedSecretKey('postgres://postgres@127.0.0.1:5432/x')).toBeUndefined();
    expect(embeddedSecretKey('sqlite::memory:')).toBeUndefined();
  });

  it('refuses a damaged key file, naming it and what to do', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, KEY_FILE_NAME), 'not a key\n');
    expect(() => embeddedSecretKey(`sqlite:${path.join(dir, 'bulwark.db')}`)).toThrow(
      /secret\.key: .*restore it from a backup or set BULWARK_SECRET_KEY/,
    );
  });
});
