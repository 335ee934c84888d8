import { Box, Text } from 'ink';
import React from 'react';
import { maskPhone } from '../../../domain/address';
import { sayer } from '../../../i18n';
import { ADDRESS } from '../../../i18n/screens/card';
import { TextField } from '../../components/TextField';
import { displaySafe } from '../../text/sanitize';
import { fit, truncate } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { ADDRESS_FIELDS, savedAddresses, type AddressFieldName, type AddressScreen } from './reducer';

const MAX: Record<AddressFieldName, number> = { name: 20, phone: 11, region: 40, detail: 120 };
const ROWS: Record<AddressFieldName, number> = { name: 1, phone: 1, region: 1, detail: 2 };

export function AddressView({ screen, env, focused, field }: ViewProps<AddressScreen>) {
  const t = sayer(env.lang);
  const w = env.width;
  const list = savedAddresses(env);
  const n = list.length;
  // Wide enough for the longest label (所在地区, four wide characters) and a space.
  const labelWidth = env.lang === 'zh' ? 10 : 8;
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title}>
        {t(ADDRESS.title)}
      </Text>
      {n > 0 && <Text color={THEME.muted}>{t(ADDRESS.saved)}</Text>}
      {list.map((a, i) => {
        const on = screen.cursor === i && !screen.editing;
        return (
          <Text key={i} inverse={on} color={on ? THEME.focus : undefined} wrap="truncate">
            {truncate(`${on ? '▶' : ' '} ${displaySafe(a.name)} ${maskPhone(a.phone)} ${displaySafe(a.region)}`, w)}
          </Text>
        );
      })}
      <Text color={THEME.muted}>{t(ADDRESS.orNew)}</Text>
      {ADDRESS_FIELDS.map((f, k) => {
        const on = screen.cursor === n + k;
        const err = screen.errors[f];
        return (
          <Box key={f} flexDirection="column" width={w}>
            <Box width={w}>
              <Text color={on ? THEME.focus : undefined} bold={on}>
                {fit(`${on ? '▶' : ' '}${t(ADDRESS[f])}`, labelWidth)}
              </Text>
              <TextField
                value={screen.values[f]}
                focus={focused && screen.editing === f}
                width={Math.max(4, w - labelWidth)}
                rows={ROWS[f]}
                max={MAX[f]}
                placeholder={screen.editing === f ? t(ADDRESS.typing) : on ? t(ADDRESS.type) : ''}
                field={field}
              />
            </Box>
            {err && (
              <Text color={THEME.error} wrap="truncate">
                {truncate(`  ⚠ ${err}`, w)}
              </Text>
            )}
          </Box>
        );
      })}
      <Text inverse={screen.cursor === n + 4} color={screen.cursor === n + 4 ? THEME.go.on : THEME.go.off} bold>
        {screen.cursor === n + 4 ? '▶ ' : '  '}
        {t(ADDRESS.submit)}
      </Text>
    </Box>
  );
}
