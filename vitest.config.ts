import { defineConfig } from 'vitest/config';

// Store tests spawn processes; the UI tests render frames: give them room on 2 cores.
const timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };
// Tests that race several processes on one file: they run first, on their own, so that nothing
// else competes for the cores while the processes race.
const ALONE = ['test/store/processes.test.ts'];
// Tests that mock a module (vi.mock): they need their own module graph, which the shared one of
// the other files (isolate: false) cannot give.
const ISOLATED = ['test/store/history.test.ts'];

export default defineConfig({
  test: {
    ...timeouts,
    // Vitest's default on 2 cores is one worker (cores - 1), which runs the files one after
    // another; much of a UI or store test is waiting (on a frame, a child process, a lock), so
    // two workers keep both cores busy.
    maxWorkers: 2,
    // Vitest empties every stylesheet by default; the exported page inlines asciinema-player's
    // (`?raw`, src/export/player-assets.ts), which its tests read.
    css: { include: [/asciinema-player\.css/] },
    projects: [
      { extends: true, test: { name: 'alone', include: ALONE, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, sequence: { groupOrder: 1 }, isolate: true } },
      {
        extends: true,
        test: {
          name: 'all',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: [...ALONE, ...ISOLATED],
          sequence: { groupOrder: 1 },
          // The files of a worker share its loaded modules (Ink, React, the engine) instead of
          // loading them again for each file: no test changes a module's state for the next
          // (the one that sets TZ puts it back).
          isolate: false,
        },
      },
    ],
  },
});
