import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The specs in the order of their names (01-… to 06-…), then the all-routes audit. */
class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => (file.moduleId.endsWith('.audit.ts') ? 1 : 0);
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

// End-to-end specs drive a real Chromium against a running stack (see e2e/README.md); the all-routes audit
// (every route as every demo user, with axe-core) runs after the specs' own walks.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts', 'e2e/all-routes.audit.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { concurrent: false, sequencer: ByName },
    maxWorkers: 1,
  },
});
