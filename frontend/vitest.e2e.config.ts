import { defineConfig } from 'vitest/config';

// End-to-end specs drive a real Chromium against a running stack (see e2e/README.md).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { concurrent: false },
    maxWorkers: 1,
  },
});
