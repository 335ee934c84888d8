// fill() splits each template once and caches the parts: it must fill exactly as one pass of the
// placeholder expression does, a placeholder with no value left as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n';

const byExpression = (template: string, params: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

describe('fill', () => {
  it('fills like the placeholder expression, for any template and values', () => {
    const template = fc.array(fc.constantFrom('a', '{', '}', ' ', '妈', '{who}', '{n}', '{x_1}', '{constructor}', '{}', '{a-b}', '{{n}}'), { maxLength: 12 }).map((p) => p.join(''));
    const params = fc.dictionary(fc.constantFrom('who', 'n', 'x_1', 'y'), fc.oneof(fc.string({ maxLength: 4 }), fc.integer()));
    fc.assert(
      fc.property(template, params, (t, p) => {
        expect(fill(t, p)).toBe(byExpression(t, p));
        expect(fill(t)).toBe(byExpression(t));
      }),
      { numRuns: 3000 },
    );
  });
  it('fills a table line', () => {
    expect(fill('{who} 发出{mode} {pk}', { who: '妈妈', mode: '群礼物', pk: 'p0001' })).toBe('妈妈 发出群礼物 p0001');
    expect(fill('{n} 人', { n: 3 })).toBe('3 人');
    expect(fill('keep {this}')).toBe('keep {this}');
  });
});
