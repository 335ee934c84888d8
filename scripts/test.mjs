// `npm test`: the type check side by side with the build and the tests. The type check is one
// process on one core for several seconds, and much of the tests' time is waiting (on a frame,
// a child process, a lock), so on two cores the two overlap well. Fails if either fails; the
// type check's errors come after the tests' report. Arguments go to vitest.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: opts.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let out = '';
    if (opts.capture) {
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out }));
  });
}

const typecheck = run(bin('tsc'), ['--noEmit'], { capture: true });
const built = await run(process.execPath, ['scripts/build.mjs']);
const tests = built.code === 0 ? await run(bin('vitest'), ['run', ...process.argv.slice(2)]) : built;
const types = await typecheck;
if (types.code !== 0) process.stdout.write(`\nThe type check failed (tsc --noEmit):\n${types.out}`);
process.exit(tests.code !== 0 ? tests.code : types.code);
