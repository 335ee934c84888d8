// The phone's status line: Beijing time (with seconds while the crowd runs) and the last notice,
// then the keys that work now, from the same key table that handles them (no pane keys: a phone
// has one screen).
import { Box, Text } from 'ink';
import React from 'react';
import { toShort } from '../../domain/time';
import { sayer } from '../../i18n';
import { APP } from '../../i18n/app';
import { keyContext } from '../app/decide';
import type { Runner, Snapshot } from '../app/runner';
import { activeBindings, bindingLabel, type ActionId } from '../keys/keymap';
import { displaySafe } from '../text/sanitize';
import { truncate, width as textWidth } from '../text/width';
import { THEME } from '../theme';

const PANE_KEYS = new Set<ActionId>(['nextPane', 'prevPane', 'pane']);

export function PhoneStatus({ runner, snap, width }: { runner: Runner; snap: Snapshot; width: number }) {
  const t = sayer(runner.lang);
  const { ui } = snap;
  const clock = `🕒 ${toShort(snap.world.state.now)} ${t(APP.beijing)}`;
  const ctx = keyContext(ui, runner.ctx(), snap.player);
  // This screen's own keys first: when the line is cut, the always-the-same ones go.
  const keys = activeBindings(ctx)
    .filter((b) => !PANE_KEYS.has(b.id))
    .sort((a, b) => Number(a.scope === 'global') - Number(b.scope === 'global'))
    .map((b) => bindingLabel(b, runner.lang));
  const keyLine = ui.overlay ? t(APP.anyKeyCloses) : `${keys.join(' · ')}${ctx.editing ? '' : ' · ^C'}`;
  const notice = ui.notice ? `  ${displaySafe(ui.notice.text)}` : '';
  return (
    <Box flexDirection="column" width={width} height={2}>
      <Box width={width}>
        <Text color={THEME.strip} wrap="truncate">
          {clock}
        </Text>
        {ui.notice && (
          <Text color={THEME.tone[ui.notice.tone]} wrap="truncate">
            {truncate(notice, Math.max(0, width - textWidth(clock)))}
          </Text>
        )}
      </Box>
      <Text color={THEME.muted} wrap="truncate">
        {truncate(keyLine, width)}
      </Text>
    </Box>
  );
}
