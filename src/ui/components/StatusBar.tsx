// The status bar: Beijing time, the seed, the grab rule, the last notice; then the keys that
// work now, from the same key table that handles them. On one person's phone (`phone`): the time
// and the notice only, and no keys for moving between panes (a phone has one).
import { Box, Text } from 'ink';
import React from 'react';
import { toShort } from '../../domain/time';
import { sayer } from '../../i18n';
import { APP } from '../../i18n/app';
import { keyContext } from '../app/decide';
import type { Runner, Snapshot } from '../app/runner';
import { activeBindings, bindingLabel, type ActionId } from '../keys/keymap';
import { displaySafe } from '../text/sanitize';
import { truncate, width as widthOf } from '../text/width';
import { THEME } from '../theme';

/** Keys the help lists but the status bar leaves out: the line has room for the ones a person looks for. */
const IN_HELP_ONLY = new Set<ActionId>(['pane', 'prevPane', 'first', 'last', 'pageUp', 'pageDown']);

export function StatusBar({ runner, snap, width, phone = false }: { runner: Runner; snap: Snapshot; width: number; phone?: boolean }) {
  const t = sayer(runner.lang);
  const { ui } = snap;
  const state = snap.world.state;
  const policy = state.settings.grabPolicy === 'first-address' ? t(APP.firstAddress) : t(APP.reserveOnOpen);
  const clock = `🕒 ${toShort(state.now)} ${t(APP.beijing)}`;
  const head = phone ? clock : `${clock} · ${t(APP.seed)} ${displaySafe(state.seed)} · ${policy}`;
  const ctx = keyContext(ui, runner.ctx(), snap.player);
  // Help first, then this screen's own keys, then the other app keys: when the line is cut,
  // it is the always-the-same keys that go, not the ones this screen adds (a, /, +).
  const rank = (b: { id: string; scope: string }) => (b.id === 'help' ? 0 : b.scope === 'global' ? 2 : 1);
  const keys = activeBindings(ctx)
    .filter((b) => !IN_HELP_ONLY.has(b.id))
    .sort((a, b) => rank(a) - rank(b))
    .map((b) => bindingLabel(b, runner.lang));
  // Whole keys only, as many as fit before "Ctrl-C 随时退出", which closes the line (the help lists
  // the ones left out): a key cut to "p 切换…" says nothing.
  const ctrlC = ctx.editing || ctx.dialog ? [] : [t(APP.ctrlCAlways)];
  const shownKeys = [...keys];
  while (shownKeys.length > 1 && widthOf([...shownKeys, ...ctrlC].join(' · ')) > width) shownKeys.pop();
  const keyLine = ui.overlay === 'help' ? t(APP.anyKeyCloses) : [...shownKeys, ...ctrlC].join(' · ');
  // The notice gets the line: the clock line gives way to it, down to the time alone (the
  // phone's head is short already).
  const notice = ui.notice ? `  ${displaySafe(ui.notice.text)}` : '';
  const short = `🕒 ${toShort(state.now)}`;
  const shown = !notice || widthOf(head) + widthOf(notice) <= width ? head : widthOf(short) + widthOf(notice) <= width ? truncate(head, width - widthOf(notice)) : short;
  return (
    <Box flexDirection="column" width={width} height={2}>
      <Box width={width}>
        <Text color={THEME.strip} wrap="truncate">
          {shown}
        </Text>
        {ui.notice && (
          <Text color={THEME.tone[ui.notice.tone]} wrap="truncate">
            {truncate(notice, Math.max(0, width - widthOf(shown)))}
          </Text>
        )}
      </Box>
      <Text color={THEME.muted} wrap="truncate">
        {truncate(keyLine, width)}
      </Text>
    </Box>
  );
}
