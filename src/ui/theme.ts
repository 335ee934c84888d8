// Every colour the app draws with, by the role it plays. Components name roles (THEME.focus,
// THEME.tone.bad), never colours, so a theme is changed here alone.
import type { DomainEvent } from '../domain/types';
import type { CardState } from '../domain/views';

export const THEME = {
  /** A screen's title. */
  title: 'blueBright',
  /** What has the keyboard: the focused pane, the selected row, the help's headings. */
  focus: 'cyanBright',
  /** Hints, placeholders, rules, what is done with. */
  muted: 'gray',
  /** Others' names and words in a chat, an unfocused pane's title. */
  text: 'white',
  /** The viewer's own words and units. */
  mine: 'green',
  /** A field's or a screen's error line. */
  error: 'red',
  /** The prompt of a field that has the keyboard. */
  typing: 'greenBright',
  /** The shop's tab strip and the status bar's clock line. */
  strip: 'cyan',
  /** The row that goes on (下一步, 提交): on and off. */
  go: { on: 'greenBright', off: 'green' },
  /** The wallet after paying, when it is short. */
  short: 'red',
  /** Notices and results, by tone. */
  tone: { good: 'greenBright', bad: 'redBright', info: 'yellow' },
  /** A gift card: its border, when selected, its title. */
  card: { border: 'blue', selected: 'whiteBright', title: 'blueBright' },
  /** A card's state line, by the viewer's state. */
  cardState: {
    claimable: 'blueBright',
    toAccept: 'blueBright',
    claimed: 'green',
    soldOut: 'gray',
    joinable: 'yellow',
    joined: 'yellow',
    notEligible: 'gray',
    won: 'magentaBright',
    lost: 'gray',
    expired: 'red',
    sent: 'cyan',
    refunded: 'gray',
    notForYou: 'gray',
  } satisfies Record<CardState, string>,
  /** An opened card's detail lines. */
  detail: { message: 'yellow', winners: 'magenta', proof: 'gray' },
  /** The timeline's lines, by event. */
  event: {
    paid: 'yellow',
    settled: 'green',
    refunded: 'red',
    drawn: 'magenta',
    sent: 'blueBright',
    claimed: 'greenBright',
    clock: 'gray',
  } satisfies Partial<Record<DomainEvent['type'], string>> as Partial<Record<DomainEvent['type'], string>>,
  /** The scenario player's bar and marks, and its caption. */
  player: 'magentaBright',
  caption: 'yellow',
  /** The enlarge message. */
  warn: 'yellow',
} as const;

export type Tone = keyof typeof THEME.tone;
