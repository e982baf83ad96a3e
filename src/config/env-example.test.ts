import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settings } from './config.js';

describe('.env.example', () => {
  it('lists every setting with its default and description', () => {
    const text = fs.readFileSync('.env.example', 'utf8');
    for (const s of Object.values(settings)) {
      expect(text, s.env).toContain(`${s.env}=${String(s.default)}`);
      expect(text, s.env).toContain(`# ${s.description}`);
    }
  });
});
