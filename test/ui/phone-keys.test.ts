// On one person's phone (`--as`) the presenter's switches of the world's rules (p: the grab rule,
// s: the settings panel) and the pane keys do nothing and are not offered; the shared clock (t, n)
// still moves for everyone, as on any terminal on the file.
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { envFor, initialUi, keyContext, type Ctx } from '../../src/ui/app/decide';
import { activeBindings, resolveKey } from '../../src/ui/keys/keymap';
import { bundledState } from '../support/decider';

const world = () => bundledState('phone-keys');
const ctxOf = (phone: boolean): Ctx => ({ state: world(), lang: 'zh', layout: { paneWidth: 60, bodyHeight: 20 }, phone });
const ui = initialUi([{ user: 'ming', chat: 'group:family' }]);
const noKey = {} as Key;
const press = (input: string, phone: boolean) => resolveKey(input, noKey, keyContext(ui, ctxOf(phone)))?.id ?? null;

describe('keys on a phone', () => {
  it('the grab rule and the settings panel are the presenter’s: not on a phone', () => {
    expect(press('p', false)).toBe('policy');
    expect(press('s', false)).toBe('settings');
    expect(press('p', true)).toBeNull();
    expect(press('s', true)).toBeNull();
    expect(press('2', true)).toBeNull();
  });

  it('the shared clock and the person’s own keys still work', () => {
    expect(press('t', true)).toBe('hour');
    expect(press('g', true)).toBe('shop');
    expect(press('f', true)).toBe('feed');
  });

  it('what is offered is what works', () => {
    const ids = activeBindings(keyContext(ui, ctxOf(true))).map((b) => b.id);
    expect(ids).not.toContain('policy');
    expect(ids).not.toContain('settings');
    expect(ids).toContain('hour');
  });
});

describe('a phone’s screens', () => {
  it('know they are on a phone, as its drawing does (larger cards: PgUp counts their rows)', () => {
    expect(envFor(ui, 0, ctxOf(true)).phone).toBe(true);
    expect(envFor(ui, 0, ctxOf(false)).phone).toBeUndefined();
  });
});
