// The status bar: Beijing time, the seed, the grab rule, the last notice; then the keys that
// work now, from the same key table that handles them.
import { Box, Text } from 'ink';
import React from 'react';
import { toShort } from '../../domain/time';
import type { Controller } from '../controller';
import { activeBindings, bindingLabel } from '../keys/keymap';
import { tr } from '../model/effects';
import { displaySafe } from '../text/sanitize';
import { truncate } from '../text/width';

const TONE = { good: 'greenBright', bad: 'redBright', info: 'yellow' } as const;

export function StatusBar({ c, width }: { c: Controller; width: number }) {
  const t = tr(c.lang);
  const state = c.state();
  const ui = c.snapshot();
  const policy = state.settings.grabPolicy === 'first-address' ? t('先填地址先得', 'first address wins') : t('打开即占位', 'reserve on open');
  const head = `🕒 ${toShort(state.now)} ${t('北京时间', 'Beijing')} · ${t('种子', 'seed')} ${state.seed} · ${policy}`;
  // Help first, then this screen's own keys, then the other app keys: when the line is cut,
  // it is the always-the-same keys that go, not the ones this screen adds (a, /, +).
  const rank = (b: { id: string; scope: string }) => (b.id === 'help' ? 0 : b.scope === 'global' ? 2 : 1);
  const keys = activeBindings(c.context())
    .filter((b) => b.id !== 'pane' && b.id !== 'prevPane')
    .sort((a, b) => rank(a) - rank(b))
    .map((b) => bindingLabel(b, c.lang));
  const keyLine = ui.overlay ? t('任意键关闭帮助', 'any key closes the help') : `${keys.join(' · ')}${c.context().editing ? '' : ' · ^C'}`;
  return (
    <Box flexDirection="column" width={width} height={2}>
      <Box width={width}>
        <Text color="cyan" wrap="truncate">
          {truncate(head, Math.max(10, width - (ui.notice ? Math.min(width / 2, 40) : 0)))}
        </Text>
        {ui.notice && (
          <Text color={TONE[ui.notice.tone]} wrap="truncate">
            {truncate(`  ${displaySafe(ui.notice.text)}`, Math.floor(Math.min(width / 2, 40)))}
          </Text>
        )}
      </Box>
      <Text color="gray" wrap="truncate">
        {truncate(keyLine, width)}
      </Text>
    </Box>
  );
}
