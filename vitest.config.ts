import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Store tests spawn processes; the UI tests render frames: give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default on 2 cores is one worker (cores - 1), which runs the files one after
    // another; the store tests spend much of their time waiting on child processes and locks,
    // so two workers keep both cores busy.
    maxWorkers: 2,
  },
});
