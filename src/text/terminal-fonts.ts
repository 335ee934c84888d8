// The monospace faces a terminal's text is drawn with outside a terminal: the exported web page
// (asciinema-player) and the lookbook's SVG frames. Both put every character on its cell grid
// themselves, so the faces decide only how each glyph looks within its cells. A Latin monospace
// face comes first, so the characters string-width counts as one column (·, →, ✗, …) are drawn
// one cell wide (a CJK face draws them two); then faces in which Chinese is exactly two Latin
// cells (Sarasa Term, Noto Sans Mono CJK / Source Han Mono); then each system's Chinese UI font;
// then the generic monospace. Single quotes, so the list fits in an XML or HTML attribute.
export const TERMINAL_FONTS = [
  "'Sarasa Term SC'",
  "'Cascadia Mono'",
  "'DejaVu Sans Mono'",
  'Menlo',
  'Consolas',
  "'Noto Sans Mono CJK SC'",
  "'Source Han Mono SC'",
  "'PingFang SC'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  'monospace',
].join(', ');
