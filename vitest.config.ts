import { defineConfig } from 'vitest/config';

/** Unit tests are pure and fast; integration tests touch real SQLite files and a real HTTP host. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // Crash and migration tests spawn children and write files: keep them off each other's disks.
          fileParallelism: false,
        },
      },
    ],
  },
});
