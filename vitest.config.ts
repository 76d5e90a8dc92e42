import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The WordNet cache is made once before the workers start, not by each of them at once.
    globalSetup: ['test/support/wordnet-cache-setup.ts'],
    // Test files share a worker's loaded modules: the text-analysis model and WordNet are read
    // once per worker, not once per file (this halves the suite's CPU time). No test relies on
    // module state another file may leave: each builds its own engines and folders, and vitest
    // still resets vi.setConfig and mocks between files.
    isolate: false,
    // Several files mostly wait on child processes (npm start, index rebuilds), so one worker
    // per core leaves the cores idle; vitest's default on 2 cores is a single worker.
    maxWorkers: Math.max(3, availableParallelism()),
  },
});
