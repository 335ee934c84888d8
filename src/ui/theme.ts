// Every colour the app draws with, by the role it plays. Components name roles (THEME.focus,
// THEME.tone.bad), never colours, so a theme is changed here alone.
import type { DomainEvent } from '../domain/types';
import type { CardState } from '../domain/views';
import type { ReportRole } from '../scenario/report-text';

/** A colour name Ink and chalk know, or nothing (no colour escape at all: NO_COLOR). */
export type Colour = string | undefined;

/** The roles a palette gives a colour. */
export interface Roles {
  /** A screen's title. */
  title: Colour;
  /** What has the keyboard: the focused pane, the selected row, the help's headings. */
  focus: Colour;
  /** Hints, placeholders, rules, what is done with. */
  muted: Colour;
  /** Others' names and words in a chat, an unfocused pane's title. */
  text: Colour;
  /** The viewer's own words and units. */
  mine: Colour;
  /** A field's or a screen's error line. */
  error: Colour;
  /** The prompt of a field that has the keyboard. */
  typing: Colour;
  /** The shop's tab strip and the status bar's clock line. */
  strip: Colour;
  /** The row that goes on (下一步, 提交): on and off. */
  go: { on: Colour; off: Colour };
  /** The wallet after paying, when it is short. */
  short: Colour;
  /** Notices and results, by tone. */
  tone: { good: Colour; bad: Colour; info: Colour };
  /** A gift card: its border, when selected, its title. */
  card: { border: Colour; selected: Colour; title: Colour };
  /** A card's state line, by the viewer's state. */
  cardState: Record<CardState, Colour>;
  /** An opened card's detail lines. */
  detail: { message: Colour; winners: Colour; proof: Colour };
  /** The timeline's lines, by event. */
  event: Partial<Record<DomainEvent['type'], Colour>>;
  /** The scenario player's bar and marks, and its caption. */
  player: Colour;
  caption: Colour;
  /** The enlarge message, the question before quitting. */
  warn: Colour;
  /** A pane's line about news in another chat. */
  news: Colour;
  /** Who else is connected to the data file (the live line). */
  live: Colour;
  /** A red packet (红包): its card beside the blue ones, the amount revealed, 手气最佳. */
  redCard: { border: Colour; selected: Colour; title: Colour; amount: Colour; best: Colour };
  /** A card's tags: a 回礼, a 保密 gift, a mystery (神秘礼物) the viewer has not opened yet. */
  badge: { reply: Colour; secret: Colour; mystery: Colour };
  /** A code gift: the 口令 share text and the 4-digit code to pass on. */
  kouling: { share: Colour; code: Colour };
  /** The orders view: a step of an order done, to come, or refunded. */
  order: { done: Colour; pending: Colour; refunded: Colour };
  /** The settings panel: a value changed but not applied yet. */
  changed: Colour;
  /** The insights view (and `bluepacket insights` on a terminal). */
  insights: {
    heading: Colour;
    node: Colour;
    company: Colour;
    /** A pair's line and words, by relationship strength: bright and heavy to faint and dotted. */
    tie: { strong: Colour; medium: Colour; weak: Colour };
    bar: Colour;
    peak: Colour;
    tag: Colour;
    /** Where the money went, one colour a destination. */
    money: { merchants: Colour; commission: Colour; creators: Colour; redPackets: Colour; refunds: Colour; escrow: Colour; subsidy: Colour };
    sums: Colour;
    broken: Colour;
  };
  /** The 朋友圈 feed: who posted, the effect, the price. */
  feed: { who: Colour; effect: Colour; price: Colour; time: Colour };
}

/** For a dark terminal (the default). */
const DARK: Roles = {
  title: 'blueBright',
  focus: 'cyanBright',
  muted: 'gray',
  text: 'white',
  mine: 'green',
  error: 'red',
  typing: 'greenBright',
  strip: 'cyan',
  go: { on: 'greenBright', off: 'green' },
  short: 'red',
  tone: { good: 'greenBright', bad: 'redBright', info: 'yellow' },
  card: { border: 'blue', selected: 'whiteBright', title: 'blueBright' },
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
  },
  detail: { message: 'yellow', winners: 'magenta', proof: 'gray' },
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
  },
  player: 'magentaBright',
  caption: 'yellow',
  warn: 'yellow',
  news: 'yellowBright',
  live: 'green',
  redCard: { border: 'red', selected: 'yellowBright', title: 'redBright', amount: 'yellowBright', best: 'yellow' },
  badge: { reply: 'magentaBright', secret: 'magenta', mystery: 'magentaBright' },
  kouling: { share: 'yellowBright', code: 'greenBright' },
  order: { done: 'green', pending: 'gray', refunded: 'red' },
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
};

/** For a light terminal (`--theme light`): no white or yellow text, which vanish on white; the
 * plain text is black. */
const LIGHT: Roles = {
  title: 'blue',
  focus: 'blue',
  muted: 'gray',
  text: 'black',
  mine: 'green',
  error: 'red',
  typing: 'green',
  strip: 'blue',
  go: { on: 'green', off: 'green' },
  short: 'red',
  tone: { good: 'green', bad: 'red', info: 'magenta' },
  card: { border: 'blue', selected: 'black', title: 'blue' },
  cardState: {
    claimable: 'blue',
    toAccept: 'blue',
    claimed: 'green',
    soldOut: 'gray',
    joinable: 'magenta',
    joined: 'magenta',
    notEligible: 'gray',
    won: 'magenta',
    lost: 'gray',
    expired: 'red',
    sent: 'cyan',
    refunded: 'gray',
    notForYou: 'gray',
  },
  detail: { message: 'magenta', winners: 'magenta', proof: 'gray' },
  event: {
    paid: 'magenta',
    settled: 'green',
    refunded: 'red',
    drawn: 'magenta',
    sent: 'blue',
    claimed: 'green',
    clock: 'gray',
    subsidised: 'magenta',
    received: 'green',
    redRefunded: 'red',
    shipped: 'cyan',
    delivered: 'cyan',
    aftersale: 'red',
    codeTried: 'red',
    settings: 'magenta',
  },
  player: 'magenta',
  caption: 'blue',
  warn: 'red',
  news: 'magenta',
  live: 'green',
  redCard: { border: 'red', selected: 'black', title: 'red', amount: 'red', best: 'magenta' },
  badge: { reply: 'magenta', secret: 'magenta', mystery: 'magenta' },
  kouling: { share: 'magenta', code: 'green' },
  order: { done: 'green', pending: 'gray', refunded: 'red' },
  changed: 'magenta',
  insights: {
    heading: 'blue',
    node: 'black',
    company: 'blue',
    tie: { strong: 'magenta', medium: 'red', weak: 'gray' },
    bar: 'blue',
    peak: 'magenta',
    tag: 'green',
    money: { merchants: 'blue', commission: 'magenta', creators: 'green', redPackets: 'red', refunds: 'red', escrow: 'gray', subsidy: 'cyan' },
    sums: 'green',
    broken: 'red',
  },
  feed: { who: 'blue', effect: 'magenta', price: 'red', time: 'gray' },
};

/** No colour at all (NO_COLOR): every role draws in the terminal's own colour; what has the
 * keyboard shows by its border style (bold) and the selected row by ▶ and inverse video. */
const NONE: Roles = noColours(DARK);

/** The same roles, every colour taken away (however deeply a role nests its colours). */
function noColours<T>(r: T): T {
  if (typeof r !== 'object' || r === null) return undefined as T;
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, noColours(v)])) as T;
}

const copy = (r: Roles): Roles => structuredClone(r);

/** The palette the app draws with now: components name roles (THEME.focus, THEME.tone.bad),
 * never colours, so a palette is changed here alone (applyTheme). */
export const THEME: Roles = copy(DARK);

export type ThemeName = 'dark' | 'light';
export const THEME_NAMES: readonly ThemeName[] = ['dark', 'light'];

/** Draw with this palette from now on; `colour: false` (NO_COLOR) draws with none. */
export function applyTheme(name: ThemeName, colour = true): void {
  Object.assign(THEME, copy(!colour ? NONE : name === 'light' ? LIGHT : DARK));
}

/** The colours of the printed reports (`play`), by role, for chalk when stdout is a terminal. */
export const REPORT_COLOURS: Record<ReportRole, 'bold' | 'cyan' | 'yellow' | 'magenta' | 'red' | 'green' | 'redBright' | undefined> = {
  title: 'bold',
  step: 'cyan',
  note: 'yellow',
  mark: 'magenta',
  refused: 'red',
  event: undefined,
  end: 'bold',
  check: 'green',
  broken: 'redBright',
};

export type Tone = keyof Roles['tone'];

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
