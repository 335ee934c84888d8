// `bluepacket export FILE.cast --html OUT.html`, opened in a real browser: Debian's Chromium,
// headless, driven by playwright-core (which never downloads a browser of its own). The recording
// is a real one: `play --tui --record` on a pseudo-terminal (`script`), which writes a marker at
// each of the scenario's marks. Two more markers are added to it, one with a hostile label, and a
// hostile title, then it is exported by the built bin/bluepacket as a user would, and the page is
// opened from a file:// URL.
//
// Without a browser this file says so and skips; CI sets BLUEPACKET_REQUIRE_BROWSER=1 (.ci/run
// installs Chromium), and then a missing browser fails instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameToSvg } from '../../src/lookbook/svg';
import { printable } from '../../src/text/sanitize';
import { HOSTILE } from '../support/hostile';

// The callbacks given to page.evaluate run in the page. The project's type check has no DOM (the
// app has none), so the little of it they use is declared here, for this file only.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
declare const Image: any;
declare function getComputedStyle(element: unknown): { getPropertyValue(name: string): string };
type Element = { textContent: string | null; children: ArrayLike<Element>; style: { getPropertyValue(name: string): string } };

const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'bin/bluepacket');
const CHROMIUM = process.env.BLUEPACKET_CHROMIUM ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
const required = process.env.BLUEPACKET_REQUIRE_BROWSER === '1';
if (!hasBrowser && !required) {
  console.warn(`test/export/browser.test.ts: no browser at ${CHROMIUM}, so the exported page is not opened in one (apt-get install chromium; CI does)`);
}

const COLS = 120;
const ROWS = 36;
const HOSTILE_TITLE = '群发礼物 </script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> \u202eevil';
const HOSTILE_LABEL = '</script><!-- <b onclick=x>卡片</b> & "quotes"';
/** The marks of the story recorded (work-grab-race), which play --tui --record writes as markers. */
const STORY_MARKS = ['sent', 'first-wave', 'second-wave', 'invalid-address', 'fixed', 'sold-out'];

/** `play --tui --speed 0 --record` on a pseudo-terminal of COLS×ROWS; quits once the story is over. */
async function recordPlay(cast: string): Promise<void> {
  const scenario = join(ROOT, 'data/scenarios/work-grab-race.json');
  const command = `stty cols ${COLS} rows ${ROWS}; exec '${process.execPath}' '${BIN}' play '${scenario}' --tui --speed 0 --users mom,dad,ming --record '${cast}'`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'ignore', 'pipe'], env: { ...process.env, TERM: 'xterm-256color' } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 30_000;
  while (!(existsSync(cast) && readFileSync(cast, 'utf8').includes('播放完毕'))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`play --tui did not finish its story (exit ${child.exitCode}): ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.stdin.write('q');
  expect(await exited).toBe(0);
}

interface Marker {
  time: number;
  label: string;
}

/** The recording with a hostile title and markers: before the first frame showing `text`, each. */
function addMarkers(cast: string, at: Array<{ text: string; label: string }>): Marker[] {
  const [header, ...events] = readFileSync(cast, 'utf8').trimEnd().split('\n');
  const parsed = events.map((l) => JSON.parse(l) as [number, string, string]);
  const markers = at.map(({ text, label }) => {
    const e = parsed.find(([, code, data]) => code === 'o' && data.includes(text));
    if (!e) throw new Error(`no frame shows ${text}`);
    return { time: e[0], label };
  });
  const out = [...parsed];
  for (const m of markers) out.splice(out.findIndex((e) => e[0] >= m.time), 0, [m.time, 'm', m.label]);
  writeFileSync(cast, [JSON.stringify({ ...JSON.parse(header!), title: HOSTILE_TITLE }), ...out.map((e) => JSON.stringify(e))].join('\n') + '\n');
  return markers;
}

/**
 * The player's screen: its text layer as rows (each run put at its cell offset; a wide character
 * takes two cells), and which cells hold anything at all, text or ink on the canvas layer (where
 * the player draws heavy lines and blocks itself).
 */
async function playerScreen(page: Page): Promise<{ rows: string[]; drawn: (row: number, col: number) => boolean }> {
  const { runs, ink } = await page.$eval('.ap-term', (term: any) => {
    const runs = Array.from(term.querySelectorAll('.ap-line') as ArrayLike<Element>, (line) =>
      Array.from(line.children, (span) => [Number(span.style.getPropertyValue('--offset')), span.textContent ?? ''] as [number, string]),
    );
    const canvas = term.querySelector('canvas');
    const cols = Number(getComputedStyle(term).getPropertyValue('--term-cols'));
    const ink = runs.map(() => new Array<boolean>(cols).fill(false));
    const g = canvas?.getContext('2d');
    if (canvas && g) {
      const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
      const cw = canvas.width / cols;
      const ch = canvas.height / runs.length;
      for (let i = 3; i < px.length; i += 4) {
        if (px[i] === 0) continue;
        const p = (i - 3) / 4;
        ink[Math.floor(Math.floor(p / canvas.width) / ch)]![Math.floor((p % canvas.width) / cw)] = true;
      }
    }
    return { runs, ink };
  });
  const rows = runs.map((line) => {
    let text = '';
    for (const [offset, run] of line) text += ' '.repeat(Math.max(0, offset - stringWidth(text))) + run;
    return text.trimEnd();
  });
  const textAt = (row: number, col: number): string => {
    let at = 0;
    for (const ch of rows[row] ?? '') {
      const w = stringWidth(ch);
      if (col < at + Math.max(w, 1)) return ch;
      at += w;
    }
    return ' ';
  };
  return { rows, drawn: (row, col) => textAt(row, col).trim() !== '' || ink[row]?.[col] === true };
}

/** Share of a PNG's pixels that differ from its most common colour, and how many colours it has: decoded by the browser. */
async function inkOnScreenshot(context: BrowserContext, png: Buffer): Promise<{ ink: number; colours: number }> {
  const page = await context.newPage();
  try {
    return await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, img.width, img.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < px.length; i += 4) {
        const key = (px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const total = px.length / 4;
      return { ink: 1 - Math.max(...counts.values()) / total, colours: counts.size };
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await page.close();
  }
}

describe.skipIf(!hasBrowser && !required)('the exported page in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext | undefined;
  let pageUrl: string;
  let markers: Marker[];

  beforeAll(async () => {
    if (!hasBrowser) throw new Error(`BLUEPACKET_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    dir = mkdtempSync(join(tmpdir(), 'bp-export-browser-'));
    const cast = join(dir, 'race.cast');
    await recordPlay(cast);
    markers = addMarkers(cast, [
      { text: '群发礼物 · 爸爸', label: '卡片出现' },
      { text: '播放完毕', label: HOSTILE_LABEL },
    ]);
    const html = join(dir, 'race.html');
    const r = spawnSync(process.execPath, [BIN, 'export', cast, '--html', html], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    pageUrl = pathToFileURL(html).href;
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Open the page; every request it makes and every console error or page error is kept. */
  async function open() {
    const page = await context!.newPage();
    page.setDefaultTimeout(10_000);
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.bluepacketPlayer?.getDuration() !== undefined);
    return { page, requests, errors };
  }

  it('plays the recording to its last frame: the panes, their borders and the group titles in Chinese, in colour', async () => {
    const { page, requests, errors } = await open();
    // Played as a visitor would: the player's own start button.
    const ended = page.evaluate(() => new Promise<void>((resolve) => window.bluepacketPlayer.addEventListener('ended', resolve)));
    await page.click('.ap-overlay-start');
    await ended;
    const { rows, drawn } = await playerScreen(page);
    expect(rows).toHaveLength(ROWS);
    // Three panes side by side (cells 0–39, 40–79, 80–119): each one's borders are drawn on every
    // row, and their titles sit where the app put them, Chinese and emoji taking two cells each.
    // One of them (the last to act) is focused: its border is heavy.
    expect(rows[0]).toMatch(/^(?:.━{38}.|╭─{38}╮){3}$/);
    expect(rows[0]!.match(/━{38}/g)).toHaveLength(1);
    for (let row = 0; row < 25; row++) {
      for (const col of [0, 39, 40, 79, 80, 119]) expect(drawn(row, col), `row ${row}, column ${col}: ${rows[row]}`).toBe(true);
    }
    expect(rows[1]).toMatch(/^.1 👥 相亲相爱一家人 \(8\) {15}..2 👥 产品研发部 \(41\) {18}..3 👥 产品研发部 \(41\) {18}.$/);
    const text = rows.join('\n');
    expect(text).toContain('新年快乐！10份瑞幸，先填地址先得');
    expect(text).toContain('播放完毕 步骤 #22（共 23 步）');

    const shot = await page.screenshot({ path: join(dir, 'played.png'), fullPage: true });
    const { ink, colours } = await inkOnScreenshot(context!, shot);
    expect(ink, 'share of the screenshot that is not background').toBeGreaterThan(0.1);
    expect(colours).toBeGreaterThan(50);

    expect(errors).toEqual([]);
    expect(requests).toEqual([pageUrl]);
    await page.close();
  });

  it("lists the markers as chapters that seek (the story's marks among them), and the player shows them on its timeline", async () => {
    const { page, errors } = await open();
    const buttons = page.locator('.bp-chapters button');
    const total = STORY_MARKS.length + markers.length;
    expect(await buttons.count()).toBe(total);
    expect(await page.locator('.ap-marker-container').count()).toBe(total);
    const labels = (await buttons.allInnerTexts()).map((t) => t.replace(/^\d+:\d\d\s*/, ''));
    expect(labels.filter((l) => STORY_MARKS.includes(l))).toEqual(STORY_MARKS);
    expect(labels).toContain('卡片出现');
    const last = labels.indexOf(HOSTILE_LABEL);
    await buttons.nth(last).click();
    await page.waitForFunction((t) => window.bluepacketPlayer.getCurrentTime() >= t, markers[1]!.time);
    expect(await buttons.nth(last).getAttribute('aria-current')).not.toBeNull();
    await page.waitForFunction(() => document.querySelector('.ap-term')?.textContent?.replace(/\s/g, '').includes('播放完毕'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs and loads nothing from the recording: hostile title and labels are text, no request leaves the page', async () => {
    const { page, requests, errors } = await open();
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('h1').innerText()).toBe(printable(HOSTILE_TITLE));
    expect(await page.title()).toBe(printable(HOSTILE_TITLE));
    expect(await page.locator('.bp-chapters button').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(HOSTILE_LABEL)]));
    expect(await page.locator('img, b').count()).toBe(0);
    // Even the player's own fetch is refused by the page's policy: there is no network to use.
    const fetched = await page.evaluate(() =>
      fetch('http://127.0.0.1:9/').then(
        () => 'fetched',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');
    expect(requests).toEqual([pageUrl]);
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });

  it('draws an SVG frame (src/lookbook/svg.ts) as a picture: well-formed, coloured, hostile text inert', async () => {
    const E = '\u001b[';
    const frame = [
      `${E}96m┏━━━━━━━━━━━━━━┓${E}39m${E}90m╭──────────────╮${E}39m`,
      `${E}96m┃${E}1m1 👥 相亲相爱${E}22m ┃${E}39m${E}90m│${E}39m${E}7m 可领取 ${E}27m      ${E}90m│${E}39m`,
      `${E}96m┃${E}4m</svg>&${E}24m       ┃${E}39m${E}90m│${E}39m${HOSTILE.join('')}`,
      `${E}96m┗━━━━━━━━━━━━━━┛${E}39m${E}90m╰──────────────╯${E}39m`,
    ].join('\n');
    const file = join(dir, 'frame.svg');
    writeFileSync(file, frameToSvg(frame, { cols: 32, rows: 4, title: HOSTILE_TITLE }));
    const page = await context!.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(file).href);
    // A document that is not well-formed XML shows Chromium's parser error instead of the picture.
    expect(await page.evaluate(() => [document.documentElement.tagName, document.querySelectorAll('parsererror').length])).toEqual(['svg', 0]);
    expect(await page.evaluate(() => document.querySelectorAll('script, foreignObject').length)).toBe(0);
    const text = await page.evaluate(() => Array.from(document.querySelectorAll('tspan') as ArrayLike<{ textContent: string }>, (t) => t.textContent).join(''));
    expect(text).toContain('相亲相爱');
    expect(text).toContain('</svg>&');
    const { ink, colours } = await inkOnScreenshot(context!, await page.locator('svg').screenshot({ path: join(dir, 'frame.png') }));
    expect(ink).toBeGreaterThan(0.05);
    expect(colours).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });
});
