// Terminal manners: the session draws on the alternate screen (after q the shell looks as it
// did), NO_COLOR means no colour escape at all (the focus shows by its border), --theme light
// draws no white text, and the text reports are coloured on a terminal and plain when piped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chalk, { Chalk } from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { noColor, reportPaint } from '../../src/cli/colour';
import { renderApp, type AppHarness } from '../../src/testing';
import { applyTheme, THEME } from '../../src/ui/theme';
import { hasTmux, q, Tmux, until } from '../support/tmux';

const BIN = join(__dirname, '../../bin/bluepacket');
const STORY = join(__dirname, '../../data/scenarios/direct-variant-switch.json');
const COMPANY = join(__dirname, '../../data/scenarios/company-annual-gifts.json');
// eslint-disable-next-line no-control-regex
const COLOUR_SGR = /\u001b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/;

let app: AppHarness | undefined;
let level = chalk.level;
afterEach(() => {
  app?.unmount();
  app = undefined;
  applyTheme('dark');
  chalk.level = level;
});

describe('colours in the panes', () => {
  it('NO_COLOR: not one colour escape; the focused pane is still the bold one', async () => {
    level = chalk.level;
    chalk.level = 1; // as on a terminal: Ink colours through chalk
    applyTheme('dark', false);
    app = await renderApp({ users: ['mom', 'dad'], cols: 100, rows: 30 });
    await app.press('mom', { text: 'g' });
    const raw = app.stdout.lastFrame();
    expect(raw).not.toMatch(COLOUR_SGR);
    expect(app.frame().split('\n')[0]!.startsWith('┏')).toBe(true); // bold border: the focus
    expect(raw).toContain('\u001b[7m'); // the selected row in inverse video
  });

  it('the dark theme does colour (the check above can fail)', async () => {
    level = chalk.level;
    chalk.level = 1;
    app = await renderApp({ users: ['mom', 'dad'], cols: 100, rows: 30 });
    expect(app.stdout.lastFrame()).toMatch(COLOUR_SGR);
  });

  it('the insights and the 朋友圈 take their colours from the palette: some in dark, none under NO_COLOR', async () => {
    level = chalk.level;
    chalk.level = 1;
    const frames = async () => {
      app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40 });
      await app.runner.run({ type: 'send', as: 'grandpa', mode: 'direct', to: 'mom', sku: 'fireworks', spec: 'std', showPrice: true });
      await app.press('mom', { text: 'i' });
      await app.waitFor('钱去哪儿了');
      const insights = app.stdout.lastFrame()!;
      await app.press('mom', 'esc', { text: 'f' });
      await app.waitFor('全屏烟花', { user: 'mom' });
      const feed = app.stdout.lastFrame()!;
      app.unmount();
      app = undefined;
      return [insights, feed];
    };
    for (const f of await frames()) expect(f).toMatch(COLOUR_SGR);
    applyTheme('dark', false);
    for (const f of await frames()) expect(f).not.toMatch(COLOUR_SGR);
  });

  it('--theme light: no white or yellow text, which vanish on a white background', () => {
    applyTheme('light');
    const colours = JSON.stringify(THEME);
    expect(colours).not.toMatch(/"(white|whiteBright|yellow|yellowBright)"/);
    expect(THEME.text).toBe('black');
  });
});

describe('colours in the reports', () => {
  it('NO_COLOR (set and not empty) turns colour off; chalk decides the rest', () => {
    expect(noColor({ NO_COLOR: '1' })).toBe(true);
    expect(noColor({ NO_COLOR: '' })).toBe(false);
    expect(noColor({})).toBe(false);
    const paint = reportPaint({}, new Chalk({ level: 1 }));
    expect(paint('refused', 'x')).toBe('\u001b[31mx\u001b[39m');
    expect(reportPaint({ NO_COLOR: '1' }, new Chalk({ level: 1 }))('refused', 'x')).toBe('x');
    expect(reportPaint({}, new Chalk({ level: 0 }))('refused', 'x')).toBe('x');
  });

  // play's account and the insights follow one rule: plain when piped, coloured with
  // FORCE_COLOR (the same words), plain again under NO_COLOR.
  it.each([
    ['play', STORY],
    ['insights', COMPANY],
  ])('%s: plain when piped, coloured with FORCE_COLOR, plain again under NO_COLOR', (command, file) => {
    const run = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [BIN, command, file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
      expect(r.status).toBe(0);
      return r.stdout;
    };
    const piped = run({});
    expect(piped).not.toContain('\u001b');
    const forced = run({ FORCE_COLOR: '1' });
    expect(forced).toMatch(COLOUR_SGR);
    expect(forced.replace(/\u001b\[[0-9;]*m/g, '')).toBe(piped); // the same words
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(piped);
  });
});

describe.skipIf(!hasTmux)('bluepacket insights on a terminal (tmux)', () => {
  it('in colour, and in none under NO_COLOR', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-ins-'));
    const tmux = new Tmux(dir);
    const drawn = async (name: string, env: string) => {
      tmux.start(name, `${env} ${q(process.execPath)} ${q(BIN)} insights ${q(COMPANY)}; sleep 60`, 120, 100);
      const screen = () => tmux.capture(name);
      await until('the money bars', () => screen().includes('钱去哪儿了') && screen().includes('合计'), screen, 40_000);
      return tmux.run('capture-pane', '-p', '-e', '-t', `=${name}:`);
    };
    try {
      // CI unset too: chalk (supports-color) turns colour off on any terminal when CI is set,
      // and a CI machine sets it for every process, this tmux pane's included.
      expect(await drawn('colour', 'env -u NO_COLOR -u CI')).toMatch(COLOUR_SGR);
      expect(await drawn('plain', 'NO_COLOR=1')).not.toMatch(COLOUR_SGR);
    } finally {
      tmux.kill();
    }
  });
});

describe.skipIf(!hasTmux)('the alternate screen (tmux)', () => {
  it('after q the shell looks as it did before', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-alt-'));
    const tmux = new Tmux(dir);
    try {
      tmux.start('alt', `bash --norc --noprofile`, 100, 30);
      const screen = () => tmux.capture('alt');
      tmux.run('send-keys', '-t', '=alt:', '-l', `echo BEFORE-THE-DEMO; ${q(process.execPath)} ${q(BIN)} --db ${q(join(dir, 'db.json'))} --crowd 0`);
      tmux.run('send-keys', '-t', '=alt:', 'Enter');
      await until('the first frame', () => screen().includes('还没有消息'), screen, 40_000);
      expect(screen()).not.toContain('BEFORE-THE-DEMO'); // the app has a screen of its own
      await until('raw mode', () => tmux.raw('alt'));
      tmux.run('send-keys', '-t', '=alt:', '-l', 'q');
      await until('the shell again', () => !screen().includes('还没有消息') && screen().includes('BEFORE-THE-DEMO'), screen);
      expect(screen()).not.toMatch(/[┏╭│┃]/);
    } finally {
      tmux.kill();
    }
  });
});
