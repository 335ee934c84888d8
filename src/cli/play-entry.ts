// The entry of a headless `play FILE [--json] [--lang]`, bundled on its own (dist/play.cjs): the
// command a benchmark and a script run most, and the one whose start-up is most of its time.
// bin/bluepacket picks it for `play` without --tui and without help; it ends as main.ts does.
import { exitWhenDone, settle } from './outcome';
import { printPlayCommand } from './play-command';

exitWhenDone(settle(() => printPlayCommand(process.argv.slice(3))));
