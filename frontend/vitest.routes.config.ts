import { defineConfig } from 'vitest/config';

// The all-routes audit (e2e/all-routes.audit.ts): every route as every demo user, with axe-core, against a running
// stack as the e2e specs (E2E_BASE_URL). Not yet part of test:e2e, because it still reports findings (see the
// spec); it joins test:e2e once it is green.
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
