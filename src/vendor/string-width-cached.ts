// The bundle routes every `import 'string-width'` (Ink's included) here: the same function,
// remembered per string. Ink measures each text node on every frame, and most of them do not
// change between frames. (scripts/build.mjs sets the alias; tests use string-width itself.)
// eslint-disable-next-line import/no-relative-packages
import stringWidth from '../../node_modules/string-width/index.js';

const cache = new Map<string, number>();
const CACHE_MAX = 50_000;

export default function cachedStringWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (options !== undefined) return stringWidth(text, options);
  let w = cache.get(text);
  if (w === undefined) {
    w = stringWidth(text);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(text, w);
  }
  return w;
}
