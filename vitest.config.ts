import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts', 'src/**/*.api.test.ts'] } },
      { test: { name: 'integration', include: ['src/**/*.int.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'api', include: ['src/**/*.api.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
