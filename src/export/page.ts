// The page `bluepacket export FILE.cast --html OUT.html` writes: one self-contained HTML file that
// plays a recording with asciinema-player (its script and stylesheet inlined), with the
// recording's markers as a chapter list. Pure: the recording, the player's files and the language
// in, the page's text out; the same input gives the same bytes.
//
// Nothing from the recording can become markup or script:
//   - the recording travels as JSON in a `type="application/json"` block, with `<`, `>` and `&`
//     written as \u escapes, so no `</script>` or `<!--` can appear in it;
//   - the title and the markers' labels are shown with their unsafe characters made visible
//     (printable: no bidi override can reorder the page's text) and HTML-escaped;
//   - a Content-Security-Policy allows only this page's own two scripts (by their hashes) and no
//     network at all: no request can leave the page, whatever the player or the recording does.
import { createHash } from 'node:crypto';
import { type Lang } from '../i18n';
import { pageWord } from '../i18n/export-page';
import { jsonSafe, printable } from '../text/sanitize';
import { TERMINAL_FONTS } from '../text/terminal-fonts';
import { castDuration, castMarkers, castText, type Cast, type CastMarker } from './cast';

/** asciinema-player's standalone bundle: its script (defines AsciinemaPlayer) and stylesheet. */
export interface PlayerAssets {
  js: string;
  css: string;
}

/** The mark every page `export` writes carries in its head: an existing file is replaced only if it has it. */
export const PAGE_GENERATOR = '<meta name="generator" content="bluepacket export">';

/** The page's own script: mounts the player and wires the chapter buttons. Holds no data. */
const BOOT = `(() => {
  const data = JSON.parse(document.getElementById('bp-cast').textContent);
  const player = AsciinemaPlayer.create({ data: data.cast }, document.getElementById('bp-player'), data.options);
  window.bluepacketPlayer = player;
  const buttons = Array.from(document.querySelectorAll('button[data-marker]'));
  const current = (index) => buttons.forEach((b) => b.toggleAttribute('aria-current', Number(b.dataset.marker) === index));
  for (const b of buttons) {
    b.addEventListener('click', async () => {
      const index = Number(b.dataset.marker);
      await player.seek({ marker: index });
      current(index);
      await player.play();
    });
  }
  player.addEventListener('marker', (e) => current(e.index));
})();`;

const PAGE_CSS = `
:root { color-scheme: dark; }
body { margin: 0; background: #14161a; color: #e6e6e6; font: 15px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main { box-sizing: border-box; margin: 0 auto; padding: 20px; width: fit-content; max-width: 100%; }
h1 { font-size: 20px; margin: 0 0 4px; font-weight: 600; }
.bp-meta, .bp-keys { color: #9aa0a6; font-size: 13px; margin: 0 0 12px; }
.bp-keys { margin-top: 12px; }
#bp-player { width: var(--bp-width); max-width: 100%; }
.bp-chapters h2 { font-size: 15px; margin: 16px 0 8px; font-weight: 600; }
.bp-chapters ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
.bp-chapters button { font: inherit; color: inherit; background: #23262d; border: 1px solid #3a3f4a; border-radius: 6px; padding: 4px 10px; cursor: pointer; text-align: left; }
.bp-chapters button:hover, .bp-chapters button:focus-visible { border-color: #6aa9ff; }
.bp-chapters button[aria-current] { border-color: #6aa9ff; background: #1d2b40; }
.bp-chapters time { color: #9aa0a6; margin-right: 6px; font-variant-numeric: tabular-nums; }
`;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or attribute: unsafe characters made visible, markup characters escaped. */
export function htmlText(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for a `<script type="application/json">` block: no `<`, `>` or `&` can end or comment it
 * out, and no control, bidi or invisible character is left raw in the page's source (jsonSafe).
 */
export function scriptJson(value: unknown): string {
  return jsonSafe(JSON.stringify(value)).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/** `m:ss` (or `h:mm:ss`), for a chapter's time and the duration. */
export function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return hms[0]! > 0 ? `${hms[0]}:${String(hms[1]).padStart(2, '0')}:${String(hms[2]).padStart(2, '0')}` : `${hms[1]}:${String(hms[2]).padStart(2, '0')}`;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A script's text inside `<script>`: the player's bundle never holds `</script`, and must not. */
function inlineScript(js: string): string {
  if (/<\/script|<!--/i.test(js)) throw new Error('the player script contains "</script" or "<!--": it cannot be inlined');
  return js;
}

function inlineStyle(css: string): string {
  if (/<\/style/i.test(css)) throw new Error('the player stylesheet contains "</style": it cannot be inlined');
  return css;
}

/** Cell width as a share of the font size: DejaVu Sans Mono's and its kin's advance. */
const CELL_EM = 0.6;
const FONT_PX = 15;

function chapterList(markers: CastMarker[], lang: Lang): string {
  if (markers.length === 0) return '';
  const items = markers.map(
    (m) => `<li><button type="button" data-marker="${m.index}"><time>${clock(m.time)}</time>${htmlText(m.label === '' ? `#${m.index + 1}` : m.label)}</button></li>`,
  );
  return `<nav class="bp-chapters" aria-labelledby="bp-chapters-title">
<h2 id="bp-chapters-title">${htmlText(pageWord(lang, 'chapters'))}</h2>
<ol>
${items.join('\n')}
</ol>
</nav>
`;
}

/** The whole page. */
export function castPage(cast: Cast, player: PlayerAssets, lang: Lang = 'zh'): string {
  const title = cast.title !== undefined && cast.title.trim() !== '' ? cast.title : pageWord(lang, 'untitled');
  const duration = castDuration(cast);
  const options = {
    cols: cast.width,
    rows: cast.height,
    preload: true,
    // The first second holds the first whole frame: shown before play is pressed.
    poster: `npt:${Math.min(1, duration).toFixed(3)}`,
    fit: 'width',
    terminalFontFamily: TERMINAL_FONTS,
    terminalFontSize: `${FONT_PX}px`,
    ...(cast.idleTimeLimit !== undefined ? { idleTimeLimit: cast.idleTimeLimit } : {}),
  };
  const playerJs = inlineScript(player.js);
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(playerJs)} ${sha256(BOOT)} 'wasm-unsafe-eval'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const meta = pageWord(lang, 'size', { cols: cast.width, rows: cast.height, duration: clock(duration) });
  return `<!DOCTYPE html>
<html lang="${pageWord(lang, 'htmlLang')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${PAGE_GENERATOR}
<title>${htmlText(title)}</title>
<style>
${inlineStyle(player.css)}
</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
<h1>${htmlText(title)}</h1>
<p class="bp-meta">${htmlText(meta)}</p>
<div id="bp-player" style="--bp-width: ${Math.ceil(cast.width * CELL_EM * FONT_PX) + 2}px"></div>
<noscript><p>${htmlText(pageWord(lang, 'noScript'))}</p></noscript>
${chapterList(castMarkers(cast), lang)}<p class="bp-keys">${htmlText(pageWord(lang, 'keys'))}</p>
</main>
<script type="application/json" id="bp-cast">${scriptJson({ cast: castText(cast), options })}</script>
<script>${playerJs}</script>
<script>${BOOT}</script>
</body>
</html>
`;
}
