// A refusal said where it happens: the refusal's own words (src/i18n/refusals.ts) and, where the
// state can say more, why here and now — sends left today, who has not added whom, how many
// tries a code has left, when after-sales closed. Read after the command ran, so a wrong code's
// count is the one the refusal just left.
import type { Command } from '../../domain/commands';
import { CODE_TRIES } from '../../domain/claim';
import type { RefusalCode } from '../../domain/errors';
import { yuan } from '../../domain/money';
import { aftersaleClosesAt, lists, own } from '../../domain/rules';
import { setting } from '../../domain/settings';
import { sendsOn } from '../../domain/social';
import { beijingDay, toShort } from '../../domain/time';
import type { Packet, State, UserId } from '../../domain/types';
import { userName } from '../../i18n/events';
import { refusalMessage } from '../../i18n/refusals';
import { sayer, type Lang } from '../../i18n';
import { EXPLAIN } from '../../i18n/screens/explain';
import { displaySafe } from '../text/sanitize';

export function explainRefusal(code: RefusalCode, state: State, user: UserId, lang: Lang, command: Command): string {
  const detail = refusalDetail(code, state, user, lang, command);
  // The detail names people: as a pane may show them.
  return detail ? `${refusalMessage(code, lang)} · ${displaySafe(detail)}` : refusalMessage(code, lang);
}

/** The wrong codes a user has given on a code gift. */
export const wrongTries = (p: Packet, user: UserId) => (p.code ? (own(p.code.wrong, user) ?? 0) : 0);

function refusalDetail(code: RefusalCode, state: State, user: UserId, lang: Lang, command: Command): string | null {
  const t = sayer(lang);
  const to = command.type === 'send' ? command.to : undefined;
  const p = 'packet' in command ? own(state.packets, command.packet) : undefined;
  switch (code) {
    case 'DAILY_LIMIT':
      return t(EXPLAIN.dailyLimit, { n: sendsOn(state, user, beijingDay(state.now)), limit: setting(state.settings, 'dailySendLimit') });
    case 'NOT_MUTUAL_FRIEND':
      if (to === undefined) return null;
      return t(lists(state, to, user) ? EXPLAIN.notMutualYou : EXPLAIN.notMutualThey, { who: userName(state, to) });
    case 'NOT_FRIEND':
      return to === undefined ? null : t(EXPLAIN.notFriend, { who: userName(state, to) });
    case 'BAD_AMOUNT':
      return command.type === 'send' ? t(EXPLAIN.badAmount, { amount: yuan(command.amount ?? 0), n: command.count ?? 0 }) : null;
    case 'BAD_CODE': {
      if (command.type === 'send') return t(EXPLAIN.codeFormat);
      if (!p) return null;
      const n = wrongTries(p, user);
      return n >= CODE_TRIES ? t(EXPLAIN.nowLocked, { n }) : t(EXPLAIN.triesLeft, { left: CODE_TRIES - n });
    }
    case 'CODE_LOCKED':
      return p ? t(EXPLAIN.locked, { n: wrongTries(p, user) }) : null;
    case 'NOT_ACCEPTED':
      return t(EXPLAIN.notAccepted);
    case 'AFTERSALE_CLOSED': {
      const u = p?.units.find((x) => x.holder === user && x.state === 'claimed');
      const ends = u ? aftersaleClosesAt(state, u) : null;
      return ends === null ? t(EXPLAIN.noAftersale) : t(EXPLAIN.closedAt, { at: toShort(ends) });
    }
    case 'BAD_REPLY': {
      const orig = command.type === 'send' && command.replyTo !== undefined ? own(state.packets, command.replyTo) : undefined;
      return orig ? t(EXPLAIN.badReply, { who: userName(state, orig.sender) }) : null;
    }
    default:
      return null;
  }
}
