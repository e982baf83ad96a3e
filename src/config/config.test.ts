import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses safe defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('sqlite:./data/bulwark.db');
  });

  it('lets overrides win over the environment', () => {
    expect(loadConfig({ BULWARK_PORT: '9000' }, { port: '9100' }).port).toBe(9100);
  });

  it('lists every problem before failing', () => {
    try {
      loadConfig({
        BULWARK_PORT: 'abc',
        BULWARK_LOG_LEVEL: 'loud',
        BULWARK_DATABASE_URL: 'mysql://x',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/BULWARK_PORT.*abc/);
      expect(problems.join('\n')).toMatch(/BULWARK_LOG_LEVEL/);
      expect(problems.join('\n')).toMatch(/BULWARK_DATABASE_URL/);
    }
  });
});
