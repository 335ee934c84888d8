// `bluepacket lookbook [NAME...] [--check] [--update] [--list]`: the app's named states rendered
// as text (src/lookbook). Loaded only for this command: it brings the whole UI with it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packageRoot } from '../paths';
import { checkLookbook, header, renderStates, selectStates, STATES, UnknownStateError, updateLookbook } from '../lookbook';
import { printError, printErrorText, printOut } from './print';
import { UsageError } from './usage';

export async function lookbookCommand(argv: string[]): Promise<number> {
  const { values, positionals: names } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean' },
      update: { type: 'boolean' },
      list: { type: 'boolean' },
      dir: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if ([values.check, values.update, values.list].filter(Boolean).length > 1) throw new UsageError('lookbook: give one of --check, --update, --list');
  try {
    selectStates(names);
  } catch (e) {
    if (e instanceof UnknownStateError) throw new UsageError(`lookbook: ${e.message}`);
    throw e;
  }
  const stale = staleBundle();
  if (stale && (values.check || values.update)) printError(`warning: ${stale}`);
  const dir = values.dir !== undefined ? { dir: values.dir } : {};
  if (values.list) {
    const wide = Math.max(...STATES.map((s) => s.name.length));
    printOut(selectStates(names).map((s) => `${s.name.padEnd(wide)}  ${`${s.cols}×${s.rows}`.padEnd(7)}  ${s.description}\n`).join(''));
    return 0;
  }
  if (values.check) {
    const r = await checkLookbook({ ...dir, names });
    printOut(r.report);
    return r.ok ? 0 : 1;
  }
  if (values.update) {
    const r = await updateLookbook({ ...dir, names });
    printOut(r.report);
    return r.ok ? 0 : 1;
  }
  let code = 0;
  const rendered = await renderStates(selectStates(names));
  rendered.forEach((r, i) => {
    if ('error' in r) {
      printErrorText(`${header(r.state)}\n`);
      printError(`the state did not render: ${r.error.message}`);
      code = 1;
    } else printOut(`${i > 0 ? '\n' : ''}${r.text}`);
  });
  return code;
}

/**
 * bin/bluepacket runs the bundle in dist/: after an edit in src/ and before `npm run build`, it
 * still draws the old screens, and --update would write them. Say so (null when up to date, or
 * when not running from a bundle, or when there is no src/ beside it).
 */
function staleBundle(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (!here.includes(`${sep}dist${sep}`)) return null;
  const root = packageRoot();
  const bundle = join(root, 'dist', 'bluepacket.js');
  const src = join(root, 'src');
  if (!existsSync(bundle) || !existsSync(src)) return null;
  const built = statSync(bundle).mtimeMs;
  const newer = (dir: string): string | null => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const f = join(dir, e.name);
      if (e.isDirectory()) {
        const n = newer(f);
        if (n) return n;
      } else if (statSync(f).mtimeMs > built) return f;
    }
    return null;
  };
  const f = newer(src);
  return f ? `${f.slice(root.length + 1)} is newer than the bundle: run \`npm run build\` first, or the lookbook shows the old screens` : null;
}
