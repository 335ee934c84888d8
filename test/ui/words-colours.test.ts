// One place for words, one for colours: no string or JSX text in the front ends holds a Han
// character (the words are in src/i18n's tables, zh and en), and no colour is named outside the
// theme (src/ui/theme.ts). Comments may say what they like; only what reaches the screen counts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');
/** The front ends: what draws or says anything to a person. */
const FRONT = ['ui', 'player', 'crowd', 'testing', 'lookbook', 'insights'].map((d) => join(SRC, d));
/** The lookbook's states are data (a 赠言, a typed address, each state's description), like a scenario file. */
const DATA = new Set([join(SRC, 'lookbook/states.ts')]);
const THEME = join(SRC, 'ui/theme.ts');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Every piece of text the code holds: string literals, template pieces, JSX text. */
function texts(file: string): Array<{ text: string; line: number }> {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Array<{ text: string; line: number }> = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n) || ts.isJsxText(n))
      out.push({ text: n.text, line: src.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

const HAN = /\p{Script=Han}/u;
const COLOUR = /^(?:black|red|green|yellow|blue|magenta|cyan|white|gray|grey)(?:Bright)?$|^#[0-9a-f]{3,8}$|^rgb\(/i;

describe('words and colours', () => {
  const all = FRONT.flatMap(files);

  it('no Han character in the front ends outside src/i18n', () => {
    const found = all.filter((f) => !DATA.has(f)).flatMap((f) => texts(f).filter((t) => HAN.test(t.text)).map((t) => `${relative(SRC, f)}:${t.line} ${t.text}`));
    expect(found).toEqual([]);
  });

  it('no colour named outside the theme', () => {
    const found = all.filter((f) => f !== THEME).flatMap((f) => texts(f).filter((t) => COLOUR.test(t.text.trim())).map((t) => `${relative(SRC, f)}:${t.line} ${t.text}`));
    expect(found).toEqual([]);
  });

  it('the checks see what they look for', () => {
    expect(texts(THEME).some((t) => COLOUR.test(t.text))).toBe(true);
    expect(texts(join(SRC, 'i18n/app.ts')).some((t) => HAN.test(t.text))).toBe(true);
  });
});
