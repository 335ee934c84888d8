// A terminal frame as SVG: colours, widths, box drawing, escaping, determinism; and a real frame
// of the app, in colour, drawn whole.
import chalk from 'chalk';
import { describe, expect, it } from 'vitest';
import { frameCells } from '../../src/lookbook/ansi-cells';
import { DARK_THEME, frameToSvg, LIGHT_THEME, xmlText } from '../../src/lookbook/svg';
import { renderApp } from '../../src/testing';
import { HOSTILE } from '../support/hostile';

const E = '\u001b[';
const PAD = 10;
const CW = 8.4; // 0.6 × 14
const LH = 18; // round(1.3 × 14)
const rnd = (n: number) => Math.round(n * 100) / 100;
const centre = (col: number, width = 1) => rnd(PAD + col * CW + (width * CW) / 2);

/** Each <text> of the SVG: its attributes and its glyphs with their x. */
function texts(svg: string) {
  return [...svg.matchAll(/<text y="([\d.]+)" ([^>]*)>(.*?)<\/text>/g)].map((m) => ({
    y: Number(m[1]),
    attrs: m[2]!,
    glyphs: [...m[3]!.matchAll(/<tspan x="([\d.]+)">(.*?)<\/tspan>/g)].map((g) => [Number(g[1]), g[2]!] as const),
  }));
}
const rects = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="(#[0-9a-f]{6})"\/>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), fill: m[5] }));
const paths = (svg: string) => [...svg.matchAll(/<path stroke="(#[0-9a-f]{6})" stroke-width="([\d.]+)" d="([^"]*)"\/>/g)].map((m) => ({ stroke: m[1]!, width: Number(m[2]), d: m[3]! }));

/** Well-formed XML of the shapes this module writes: balanced tags, entities only, no stray markup. */
function expectWellFormed(svg: string) {
  const stack: string[] = [];
  const rest = svg.replace(/<(\/?)([a-z]+)((?:\s+[a-zA-Z:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>/g, (_, close: string, name: string, _a: string, self: string) => {
    if (close) expect(stack.pop(), `</${name}>`).toBe(name);
    else if (!self) stack.push(name);
    return '';
  });
  expect(stack).toEqual([]);
  expect(rest.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[<>&]/);
}

describe('frameToSvg', () => {
  it('keeps the colours: 16, bright, 256 and truecolor, foreground and background, in either theme', () => {
    const frame = `${E}31mr${E}91mR${E}38;5;208mo${E}38;2;1;2;3mt${E}39md${E}42m ${E}49m${E}48;5;21m ${E}48:2::250:128:114m ${E}0m`;
    const svg = frameToSvg(frame, { cols: 8, rows: 1 });
    expect(texts(svg).map((t) => [/fill="([^"]+)"/.exec(t.attrs)![1], t.glyphs.map((g) => g[1]).join('')])).toEqual([
      [DARK_THEME.palette[1], 'r'],
      [DARK_THEME.palette[9], 'R'],
      ['#ff8700', 'o'],
      ['#010203', 't'],
      [DARK_THEME.foreground, 'd'],
    ]);
    expect(rects(svg).map((r) => [r.x, r.fill])).toEqual([
      [rnd(PAD + 5 * CW), DARK_THEME.palette[2]],
      [rnd(PAD + 6 * CW), '#0000ff'],
      [rnd(PAD + 7 * CW), '#fa8072'],
    ]);
    expect(svg).toContain(`<rect width="100%" height="100%" fill="${DARK_THEME.background}"/>`);
    const light = frameToSvg(frame, { cols: 8, rows: 1, theme: 'light' });
    expect(light).toContain(`fill="${LIGHT_THEME.palette[1]}"`);
    expect(light).toContain(`<rect width="100%" height="100%" fill="${LIGHT_THEME.background}"/>`);
    const own = { background: '#000000', foreground: '#00ff00', palette: Array.from({ length: 16 }, () => '#123456') };
    expect(frameToSvg(`${E}34mx`, { cols: 1, rows: 1, theme: own })).toContain('fill="#123456"');
  });

  it('draws bold, dim, italic, inverse, underline, strikethrough and hidden as a terminal does', () => {
    const frame = `${E}1mB${E}22m${E}2mD${E}22m${E}3mI${E}23m${E}7;36mV${E}27;39m${E}4mU ${E}24m${E}9mS${E}29m${E}8mH${E}28m`;
    const svg = frameToSvg(frame, { cols: 8, rows: 1 });
    const [b, d, i, v, u, s] = texts(svg);
    expect(b!.attrs).toBe(`fill="${DARK_THEME.foreground}" font-weight="bold"`);
    expect(d!.attrs).toBe('fill="#808388"'); // 55% of the foreground (#d7dae0), 45% of the background (#16181d)
    expect(i!.attrs).toBe(`fill="${DARK_THEME.foreground}" font-style="italic"`);
    // Inverse: the background takes the text's colour, the text the picture's background.
    expect(v!.attrs).toBe(`fill="${DARK_THEME.background}"`);
    expect(rects(svg)).toEqual([{ x: rnd(PAD + 3 * CW), y: PAD, w: CW, fill: DARK_THEME.palette[6] }]);
    expect(u!.glyphs.map((g) => g[1])).toEqual(['U']);
    expect(s!.glyphs.map((g) => g[1])).toEqual(['S']);
    expect(texts(svg)).toHaveLength(6); // H is hidden
    // The underline runs under "U " (spaces too); the strikethrough through "S".
    expect(paths(svg).map((p) => p.d).join('')).toBe(`M${rnd(PAD + 4 * CW)} ${PAD + LH - 1.8}H${rnd(PAD + 6 * CW)}M${rnd(PAD + 6 * CW)} ${PAD + LH / 2}H${rnd(PAD + 7 * CW)}`);
  });

  it('puts every glyph on its cells: CJK and emoji take two, marks join their letter, the grid cuts the rest', () => {
    const svg = frameToSvg('你好ab\n👥x\u0301y\n12345678', { cols: 6, rows: 2 });
    const [row0, row1] = texts(svg);
    expect(row0!.glyphs).toEqual([
      [centre(0, 2), '你'],
      [centre(2, 2), '好'],
      [centre(4), 'a'],
      [centre(5), 'b'],
    ]);
    expect(row1!.glyphs).toEqual([
      [centre(0, 2), '👥'],
      [centre(2), 'x\u0301'],
      [centre(3), 'y'],
    ]);
    expect(rnd(row1!.y - row0!.y)).toBe(LH);
    expect(texts(svg)).toHaveLength(2); // the third line is past the grid
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="70\.4" height="56" viewBox="0 0 70\.4 56">/);
    // A wide character that would straddle the grid's edge is not drawn.
    expect(texts(frameToSvg('abcde你', { cols: 6, rows: 1 }))[0]!.glyphs.map((g) => g[1]).join('')).toBe('abcde');
    expect(frameCells('ab你', 4, 1)[0]!.map((c) => [c.text, c.width])).toEqual([['a', 1], ['b', 1], ['你', 2], ['', 0]]);
  });

  it('draws box-drawing characters as lines that meet, from row to row and cell to cell', () => {
    const frame = ['╭─┏━┓╔═╗', '│ ┃ ┃║ ║', '╰─┗━┛╚═╝'].join('\n');
    const svg = frameToSvg(frame, { cols: 8, rows: 3 });
    expect(texts(svg)).toEqual([]);
    const all = paths(svg);
    expect(new Set(all.map((p) => p.width))).toEqual(new Set([1.2, 2.4]));
    const d = all.map((p) => p.d).join('');
    // The left edge is one line from top to bottom: ╭ comes down to its row's edge, │ spans its
    // row from edge to edge, ╰ starts at its row's top edge.
    const x0 = centre(0);
    const r = Math.min(CW, LH) / 2;
    expect(d).toContain(`M${x0} ${PAD + LH}V${PAD + LH / 2 + r}Q${x0} ${PAD + LH / 2} ${rnd(x0 + r)} ${PAD + LH / 2}H${PAD + CW}`);
    expect(d).toContain(`M${x0} ${PAD + 1.5 * LH}V${PAD + LH}`);
    expect(d).toContain(`M${x0} ${PAD + 1.5 * LH}V${PAD + 2 * LH}`);
    expect(d).toContain(`M${x0} ${PAD + 2 * LH}V${PAD + 2.5 * LH - r}`);
    // ─ spans its cell's width; a rounded corner is an arc.
    expect(d).toContain(`H${rnd(PAD + 2 * CW)}`);
    expect(d).toMatch(/Q/);
    // The double box's corners turn: ╔'s outer strokes start where the other arm's outer stroke is.
    expect(d).toContain(`M${rnd(centre(5) - 1.8)} ${PAD + LH / 2 - 1.8}H`);
  });

  it('escapes text, drops what is never drawn, and stays well-formed XML for any input', () => {
    const svg = frameToSvg(`<script>&"'</script>${E}2J\u001b]0;title\u0007\u202eX`, { cols: 40, rows: 1, title: '</title><x> \u001b[31m' });
    expect(texts(svg)[0]!.glyphs.map((g) => g[1]).join('')).toBe('&lt;script&gt;&amp;&quot;&apos;&lt;/script&gt;X');
    expect(svg).toContain('<title>&lt;/title&gt;&lt;x&gt; \\u001b[31m</title>');
    expectWellFormed(svg);
    for (const h of HOSTILE) {
      const s = frameToSvg(`${h}\n${E}31m${h}`, { cols: 30, rows: 3, title: h });
      expectWellFormed(s);
      expect(s).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/);
    }
    expect(xmlText('a<b>&"\'\uffff')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('is the same bytes for the same frame', () => {
    const frame = `${E}96m┏━┓${E}39m\n${E}1m你好${E}22m 👥\n${E}7m反${E}27m`;
    const a = frameToSvg(frame, { cols: 10, rows: 3, title: 't' });
    expect(frameToSvg(frame, { cols: 10, rows: 3, title: 't' })).toBe(a);
    expect(a.endsWith('</svg>\n')).toBe(true);
  });

  it("draws a real frame of the app whole, in Ink's colours", async () => {
    // Ink colours through chalk, which is off without a terminal: turned on here, as a filmstrip would.
    const level = chalk.level;
    chalk.level = 1;
    const app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 100, rows: 30, seed: 'svg' });
    try {
      await app.press('mom', { text: 'g' }, 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter', 'enter');
      await app.waitFor('可领取', { user: 'dad' });
      const frame = app.stdout.lastFrame()!;
      expect(frame).toContain(`${E}96m`); // the focused pane's border, cyanBright
      const svg = frameToSvg(frame, { cols: 100, rows: 30 });
      expectWellFormed(svg);
      expect(paths(svg).some((p) => p.stroke === DARK_THEME.palette[14] && p.width === 2.4)).toBe(true); // heavy, cyanBright
      const shown = texts(svg).flatMap((t) => t.glyphs.map((g) => g[1])).join('');
      expect(shown).toContain('相亲相爱一家人');
      expect(shown).toContain('可领取');
      expect(svg).not.toContain('\u001b');
    } finally {
      app.unmount();
      chalk.level = level;
    }
  });
});
