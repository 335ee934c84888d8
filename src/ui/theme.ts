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
    subsidised: 'yellow',
    received: 'greenBright',
    redRefunded: 'red',
    shipped: 'cyan',
    delivered: 'cyan',
    aftersale: 'redBright',
    codeTried: 'red',
    settings: 'magenta',
  } satisfies Partial<Record<DomainEvent['type'], string>> as Partial<Record<DomainEvent['type'], string>>,
  /** The scenario player's bar and marks, and its caption. */
  player: 'magentaBright',
  caption: 'yellow',
  /** The enlarge message. */
  warn: 'yellow',
  /** Who else is connected to the data file (the live line). */
  live: 'green',
  /** A red packet (红包): its card beside the blue ones, the amount revealed, 手气最佳. */
  redCard: { border: 'red', selected: 'yellowBright', title: 'redBright', amount: 'yellowBright', best: 'yellow' },
  /** A card's tags: a 回礼, a 保密 gift, a mystery (神秘礼物) the viewer has not opened yet. */
  badge: { reply: 'magentaBright', secret: 'magenta', mystery: 'magentaBright' },
  /** A code gift: the 口令 share text and the 4-digit code to pass on. */
  kouling: { share: 'yellowBright', code: 'greenBright' },
  /** The orders view: a step of an order done, to come, or refunded. */
  order: { done: 'green', pending: 'gray', refunded: 'red' },
  /** The settings panel: a value changed but not applied yet. */
  changed: 'yellowBright',
  /** The insights view (and `bluepacket insights` on a terminal). */
  insights: {
    heading: 'cyanBright',
    node: 'whiteBright',
    company: 'blueBright',
    /** A pair's line and words, by relationship strength: bright and heavy to faint and dotted. */
    tie: { strong: 'magentaBright', medium: 'yellow', weak: 'gray' },
    bar: 'blue',
    peak: 'magentaBright',
    tag: 'green',
    money: { merchants: 'blue', commission: 'magenta', creators: 'green', redPackets: 'red', refunds: 'yellow', escrow: 'gray', subsidy: 'cyan' },
    sums: 'green',
    broken: 'redBright',
  },
  /** The 朋友圈 feed: who posted, the effect, the price. */
  feed: { who: 'cyanBright', effect: 'magentaBright', price: 'yellow', time: 'gray' },
} as const;

export type Tone = keyof typeof THEME.tone;

/**
 * What the 16 indexed colours look like when the app draws outside a terminal (the lookbook's SVG
 * frames): a terminal's palette, dark (the default) or light. The light one keeps white and bright
 * white readable on white (they are greys), as a light terminal theme does.
 */
export const PALETTES: Record<'dark' | 'light', { background: string; foreground: string; palette: readonly string[] }> = {
  dark: {
    background: '#16181d',
    foreground: '#d7dae0',
    palette: ['#1c1f24', '#e05561', '#8cc265', '#d18f52', '#4aa5f0', '#c162de', '#42b3c2', '#d7dae0', '#7f848e', '#ff616e', '#a5e075', '#f0a45d', '#4dc4ff', '#de73ff', '#4cd1e0', '#ffffff'],
  },
  light: {
    background: '#ffffff',
    foreground: '#1f2328',
    palette: ['#24292f', '#cf222e', '#116329', '#7d4e00', '#0969da', '#8250df', '#1b7c83', '#57606a', '#6e7781', '#a40e26', '#1a7f37', '#633c01', '#0550ae', '#6f42c1', '#0e6f78', '#424a53'],
  },
};
