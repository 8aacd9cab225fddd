import { defineConfig } from 'vitest/config';

const sources = ['apps/*/src/**', 'packages/*/src/**', 'scripts/**', 'tests/**'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: sources.map((dir) => `${dir}/*.test.ts`),
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        // Against real PostgreSQL, Redis and Chromium; each file makes its own database and Redis prefix.
        test: {
          name: 'integration',
          // Each file starts whole platforms (several processes and Chromium): on two cores, one at a time.
          fileParallelism: false,
          include: sources.map((dir) => `${dir}/*.int.test.ts`),
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
