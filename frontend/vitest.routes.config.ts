import { defineConfig } from 'vitest/config';

// The all-routes audit (e2e/all-routes.audit.ts) alone: every route as every demo user, with axe-core, against a
// running stack as the e2e specs (E2E_BASE_URL). `npm run test:e2e` runs it too, after the specs.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/all-routes.audit.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { concurrent: false },
    maxWorkers: 1,
  },
});
