// The status bar: Beijing time, the seed, the grab rule, the last notice; then the keys that
// work now, from the same key table that handles them.
import { Box, Text } from 'ink';
import React from 'react';
import { toShort } from '../../domain/time';
import { sayer } from '../../i18n';
import { APP } from '../../i18n/app';
import { keyContext } from '../app/decide';
import type { Runner, Snapshot } from '../app/runner';
import { activeBindings, bindingLabel } from '../keys/keymap';
import { displaySafe } from '../text/sanitize';
import { truncate } from '../text/width';
import { THEME } from '../theme';

export function StatusBar({ runner, snap, width }: { runner: Runner; snap: Snapshot; width: number }) {
  const t = sayer(runner.lang);
  const { ui } = snap;
  const state = snap.world.state;
  const policy = state.settings.grabPolicy === 'first-address' ? t(APP.firstAddress) : t(APP.reserveOnOpen);
  const head = `🕒 ${toShort(state.now)} ${t(APP.beijing)} · ${t(APP.seed)} ${state.seed} · ${policy}`;
  const ctx = keyContext(ui, runner.ctx(), snap.player);
  // Help first, then this screen's own keys, then the other app keys: when the line is cut,
  // it is the always-the-same keys that go, not the ones this screen adds (a, /, +).
  const rank = (b: { id: string; scope: string }) => (b.id === 'help' ? 0 : b.scope === 'global' ? 2 : 1);
  const keys = activeBindings(ctx)
    .filter((b) => b.id !== 'pane' && b.id !== 'prevPane')
    .sort((a, b) => rank(a) - rank(b))
    .map((b) => bindingLabel(b, runner.lang));
  const keyLine = ui.overlay === 'help' ? t(APP.anyKeyCloses) : `${keys.join(' · ')}${ctx.editing ? '' : ' · ^C'}`;
  return (
    <Box flexDirection="column" width={width} height={2}>
      <Box width={width}>
        <Text color={THEME.strip} wrap="truncate">
          {truncate(head, Math.max(10, width - (ui.notice ? Math.min(width / 2, 40) : 0)))}
        </Text>
        {ui.notice && (
          <Text color={THEME.tone[ui.notice.tone]} wrap="truncate">
            {truncate(`  ${displaySafe(ui.notice.text)}`, Math.floor(Math.min(width / 2, 40)))}
          </Text>
        )}
      </Box>
      <Text color={THEME.muted} wrap="truncate">
        {truncate(keyLine, width)}
      </Text>
    </Box>
  );
}
