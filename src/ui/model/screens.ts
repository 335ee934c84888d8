// What each pane shows: a stack of screens, the top one active. Plain data, so the whole UI
// state can be reasoned about (and tested) without rendering.
import type { GiftMode as Mode, UserId } from '../../domain/types';

export type AddressFieldName = 'name' | 'phone' | 'region' | 'detail';
export const ADDRESS_FIELDS: AddressFieldName[] = ['name', 'phone', 'region', 'detail'];

export interface DraftItem {
  sku: string;
  spec: string;
  count: number;
}

/** A gift being put together: the shop, the mode and its options, then the confirm screen. */
export interface Draft {
  mode: Mode;
  items: DraftItem[];
  to: UserId | null;
  group: string | null;
  /** Lottery: hours from now to the draw (1–24). */
  drawHours: number;
  eligible: 'all' | UserId[];
  message: string;
}

export type Screen =
  | { kind: 'chat'; cursor: number | null; input: string; editing: 'input' | null }
  | { kind: 'chats'; cursor: number }
  | { kind: 'shop'; tab: number; cursor: number; query: string; editing: 'query' | null; bag: Draft | null }
  | { kind: 'product'; sku: string; cursor: number; bag: Draft | null }
  | { kind: 'mode'; sku: string; spec: string; cursor: number }
  | { kind: 'compose'; draft: Draft; cursor: number; editing: 'message' | null; error: string | null }
  | { kind: 'pick'; draft: Draft; cursor: number; chosen: UserId[] }
  | { kind: 'confirm'; draft: Draft; cursor: number; error: string | null }
  | { kind: 'card'; packet: string; cursor: number; error: string | null }
  | {
      kind: 'address';
      packet: string;
      /** -1..n: a saved address row, or the new-address form (index = saved.length). */
      cursor: number;
      values: Record<AddressFieldName, string>;
      editing: AddressFieldName | null;
      errors: Partial<Record<AddressFieldName, string>>;
      refusal: string | null;
    }
  | { kind: 'result'; packet: string; tone: 'good' | 'bad' | 'info'; title: string; detail: string };

export type ScreenKind = Screen['kind'];

export interface PaneState {
  user: UserId;
  /** The chat the pane's chat screen shows: `group:ID` or `dm:a|b`. */
  chat: string;
  stack: Screen[];
}

export interface UiState {
  panes: PaneState[];
  focus: number;
  overlay: 'help' | null;
  /** A line for the status bar: the last thing that happened (a refusal, a clock move). */
  notice: { text: string; tone: 'good' | 'bad' | 'info' } | null;
}

export const top = (p: PaneState): Screen => p.stack[p.stack.length - 1]!;

/** The text field that has the keyboard in this screen, or null. */
export function editingField(s: Screen): string | null {
  return 'editing' in s ? s.editing : null;
}

export const chatScreen = (): Screen => ({ kind: 'chat', cursor: null, input: '', editing: null });
