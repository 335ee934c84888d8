// The page export writes, as text: self-contained, deterministic, and nothing from the recording
// can end a script block or become markup. (test/export/browser.test.ts opens it in a browser.)
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCast } from '../../src/export/cast';
import { castPage, clock, htmlText, scriptJson } from '../../src/export/page';
import { readPlayerAssets } from '../../src/export/player-assets';
import { HOSTILE } from '../support/hostile';

const PLAYER = { js: 'window.AsciinemaPlayer = { create() {} };', css: '.ap-player { color: red; }' };
const ATTACK = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & </style>';

function recording(title: string, labels: string[]) {
  const header = JSON.stringify({ version: 2, width: 100, height: 30, title });
  const events = labels.flatMap((l, i) => [JSON.stringify([i + 0.5, 'o', `frame ${i} ${ATTACK}`]), JSON.stringify([i + 1, 'm', l])]);
  return parseCast([header, ...events].join('\n'));
}

/** The page's parts: every <script> block with its type, and the CSP's script hashes. */
function parts(html: string) {
  const scripts = [...html.matchAll(/<script( type="application\/json" id="bp-cast")?>([\s\S]*?)<\/script>/g)].map((m) => ({ json: m[1] !== undefined, text: m[2]! }));
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
  return { scripts, csp };
}

describe('castPage', () => {
  it('carries the recording as JSON that reads back exactly, and scripts the CSP allows by hash', () => {
    const cast = recording('群发礼物 · 抢', ['卡片到了', '爸爸抢到了']);
    const html = castPage(cast, PLAYER);
    const { scripts, csp } = parts(html);
    // Exactly three blocks: the data, the player, the page's own; only the last two run.
    expect(scripts.map((s) => s.json)).toEqual([true, false, false]);
    const data = JSON.parse(scripts[0]!.text) as { cast: string; options: Record<string, unknown> };
    expect(parseCast(data.cast)).toEqual(cast);
    expect(data.options).toMatchObject({ cols: 100, rows: 30, preload: true });
    expect(scripts[1]!.text).toBe(PLAYER.js);
    for (const s of scripts.slice(1)) expect(csp).toContain(`'sha256-${createHash('sha256').update(s.text).digest('base64')}'`);
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'; /);
    expect(html).toContain(`<style>\n${PLAYER.css}\n</style>`);
    // Self-contained: no address to fetch anything from.
    expect(html.replace(scripts[0]!.text, '')).not.toMatch(/\b(src|href)=|https?:\/\//);
  });

  it('is the same bytes for the same recording', () => {
    const cast = recording('demo', ['a', 'b']);
    expect(castPage(cast, PLAYER)).toBe(castPage(recording('demo', ['a', 'b']), PLAYER));
  });

  it('lists the markers as chapters, in order, with their times; none when there are none', () => {
    const html = castPage(recording('demo', ['卡片到了', '']), PLAYER);
    expect(html).toContain('<h2 id="bp-chapters-title">章节</h2>');
    expect(html).toContain('<li><button type="button" data-marker="0"><time>0:01</time>卡片到了</button></li>\n<li><button type="button" data-marker="1"><time>0:02</time>#2</button></li>');
    expect(castPage(recording('demo', []), PLAYER)).not.toContain('bp-chapters"');
    const en = castPage(recording('', ['x']), PLAYER, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2 id="bp-chapters-title">Chapters</h2>');
    expect(en).toContain('<title>bluepacket demo</title>');
  });

  it('lets no title, label or terminal output end a block or become markup', () => {
    const html = castPage(recording(ATTACK, [ATTACK, ...HOSTILE]), PLAYER);
    const { scripts } = parts(html);
    expect(scripts).toHaveLength(3);
    // Outside the player's own script, the only tags are the page's.
    const tags = [...html.replace(scripts[1]!.text, '').matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'p', 'div', 'noscript', 'nav', 'h2', 'ol', 'li', 'button', 'time', 'script'].filter((t) => t !== '!doctype')));
    expect(html).toContain(`<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- &lt;img src=x onerror=alert(2)&gt; &amp; &lt;/style&gt;</title>`);
    expect(scripts[0]!.text).not.toMatch(/[<>&\u2028\u2029\u202e\u2066\u200b\u001b]/);
    // Each hostile label is in the chapter list with its unsafe characters shown, not raw.
    for (const h of HOSTILE) expect(html).toContain(htmlText(h));
    expect(html.replace(scripts[1]!.text, '')).not.toMatch(/[\u001b\u202e\u2066\u200b]/);
  });

  it('inlines the installed asciinema-player, whose bundle holds no </script', () => {
    const player = readPlayerAssets();
    expect(player.js).toContain('AsciinemaPlayer');
    expect(player.css).toContain('.ap-player');
    const html = castPage(recording('demo', ['a']), player);
    expect(parts(html).scripts[1]!.text).toBe(player.js);
  });
});

describe('the page helpers', () => {
  it('escape HTML after showing unsafe characters', () => {
    expect(htmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(htmlText('\u202eevil\u001b[2J')).toBe('\\u202eevil\\u001b[2J');
  });

  it('write JSON that no HTML parser can end early, and that reads back the same', () => {
    const value = { s: '</script><!--&\u2028\u2029>' };
    expect(scriptJson(value)).toBe('{"s":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029\\u003e"}');
    expect(JSON.parse(scriptJson(value))).toEqual(value);
  });

  it('write times as m:ss, or h:mm:ss past the hour', () => {
    expect([0, 5.9, 65, 3599, 3600, 7384].map(clock)).toEqual(['0:00', '0:05', '1:05', '59:59', '1:00:00', '2:03:04']);
  });
});
