import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/db/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    // At least two test files at once, even on two cores: many of them spend their time waiting on the
    // command line or a child process they started (vitest's default there would be one at a time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
