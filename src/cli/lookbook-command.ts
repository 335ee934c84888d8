// `bluepacket lookbook [NAME...] [--check] [--update] [--list] [--size COLSxROWS] [--lang en]`:
// the app's named states rendered as text (src/lookbook); and `lookbook --scenario FILE --out DIR`,
// a scenario's filmstrip (one frame per step, as text and SVG). Loaded only for this command: it
// brings the whole UI with it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packageRoot } from '../paths';
import { checkLookbook, header, renderStates, selectStates, STATES, UnknownStateError, updateLookbook } from '../lookbook';
import { writeFilmstrip } from '../lookbook/filmstrip';
import { bundledWorld } from '../world-file';
import { langOption } from './options';
import { readScenario } from './play-command';
import { printError, printErrorText, printOut } from './print';
import { UsageError } from './usage';

/** `--size 120x35`: the terminal a frame is drawn in. */
function sizeOption(value: string): { cols: number; rows: number } {
  const m = /^(\d{1,4})[x×](\d{1,4})$/.exec(value);
  const cols = Number(m?.[1]);
  const rows = Number(m?.[2]);
  if (!m || cols < 30 || cols > 400 || rows < 20 || rows > 200) throw new UsageError('lookbook: --size is COLSxROWS, 30–400 columns and 20–200 rows (e.g. 120x35)');
  return { cols, rows };
}

export async function lookbookCommand(argv: string[]): Promise<number> {
  const { values, positionals: names } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean' },
      update: { type: 'boolean' },
      list: { type: 'boolean' },
      dir: { type: 'string' },
      scenario: { type: 'string' },
      out: { type: 'string' },
      size: { type: 'string' },
      lang: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if ([values.check, values.update, values.list].filter(Boolean).length > 1) throw new UsageError('lookbook: give one of --check, --update, --list');
  const size = values.size !== undefined ? sizeOption(values.size) : undefined;
  const lang = values.lang !== undefined ? langOption(values.lang, 'lookbook: ') : undefined;
  if (values.scenario !== undefined || values.out !== undefined) {
    if (values.scenario === undefined || values.out === undefined) throw new UsageError('lookbook: a filmstrip needs both --scenario FILE and --out DIR');
    if (values.check || values.update || values.list || names.length > 0) throw new UsageError('lookbook: --scenario makes a filmstrip; it takes no state names, --check, --update or --list');
    const scenario = await readScenario(values.scenario);
    const files = await writeFilmstrip(scenario, scenario.world ?? bundledWorld(), { ...(size ?? { cols: 120, rows: 35 }), lang: lang ?? 'zh', out: values.out });
    printOut(`lookbook: ${files.length / 2} frames of ${scenario.steps.length} steps in ${values.out} (.txt and .svg)\n${files.map((f) => `  ${f}\n`).join('')}`);
    return 0;
  }
  // The golden files are drawn at each state's own size and language.
  if ((size || lang) && (values.check || values.update)) throw new UsageError('lookbook: --size and --lang show states another way; --check and --update compare them as they are');
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
  const states = selectStates(names).map((s) => ({ ...s, ...(size ?? {}), ...(lang ? { options: { ...s.options, lang } } : {}) }));
  const rendered = await renderStates(states);
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
