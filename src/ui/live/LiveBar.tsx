// One line for a session on a shared data file: who else is connected right now, who runs the
// bots, and, when presence fails, why (the session goes on without it).
import { Box, Text } from 'ink';
import React from 'react';
import type { State } from '../../domain/types';
import { say, type Lang } from '../../i18n';
import { LIVE } from '../../i18n/live';
import type { LiveView } from '../app/types';
import { displaySafe } from '../text/sanitize';
import { truncate, width as textWidth } from '../text/width';
import { THEME } from '../theme';
import { crowdLine, onlineLine } from './peers';

export const LiveBar = React.memo(function LiveBar({ live, state, lang, width }: { live: LiveView; state: State; lang: Lang; width: number }) {
  if (live.error !== null)
    return (
      <Text color={THEME.tone.bad} wrap="truncate">
        {truncate(say(lang, LIVE.failed, { reason: displaySafe(live.error) }), width)}
      </Text>
    );
  const online = onlineLine(live, state, lang);
  const tail = [crowdLine(live, state, lang), live.hearing === 'poll' ? say(lang, LIVE.polling) : null].filter((x): x is string => x !== null).join(' · ');
  const room = Math.max(0, width - textWidth(online) - 3);
  return (
    <Box width={width}>
      <Text color={THEME.live} wrap="truncate">
        {truncate(online, width)}
      </Text>
      {tail && room > 4 && (
        <Text color={THEME.muted} wrap="truncate">
          {truncate(`   ${tail}`, room + 3)}
        </Text>
      )}
    </Box>
  );
});
