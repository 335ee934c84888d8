import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Store tests spawn processes; the UI tests render frames: give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
