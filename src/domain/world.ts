// A world (users, groups, catalog) as written in data/world.json or inline in a scenario, and its
// validation. Pure: the caller reads the file.
// zod/mini, not zod: the same checks without the classic API and every locale in the bundle,
// which cost start-up time on every run. Only the English messages are loaded.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { CODE_DISCOUNT_MAX, COMMISSION_MAX, durationSetting } from './settings';
import { DELIVERIES, GRAB_POLICIES, HOLD_MINUTES_MAX, ID, LENGTHS, TIERS, worldProblems } from './world-check';

z.config(en());

const id = z
  .string()
  .check(
    z.regex(ID, 'ids are 1–40 letters, digits, _ or -'),
    z.refine((s) => s !== '__proto__', 'the id "__proto__" is reserved'),
  );
/** A whole number, like classic zod's `z.number().int()`. */
const int = () => z.number().check(z.int());
const fen = int().check(z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER));
const text = ([min, max]: readonly [number, number]) => z.string().check(z.minLength(min), z.maxLength(max));
const nonEmpty = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1));
const orEmpty = <T extends z.core.SomeType>(item: T) => z._default(z.array(item), []);

const addressSchema = z.object({
  name: z.string(),
  phone: z.string(),
  region: z.string(),
  detail: z.string(),
});

const userSchema = z.object({
  id,
  name: text(LENGTHS.userName),
  wallet: fen,
  friends: orEmpty(id),
  addresses: orEmpty(addressSchema),
  bot: z.optional(z.boolean()),
  company: z.optional(z.boolean()),
});

const groupSchema = z.object({ id, name: text(LENGTHS.groupName), members: nonEmpty(id) });

const specSchema = z.object({
  id,
  label: text(LENGTHS.specLabel),
  price: fen.check(z.gte(1)),
  stock: z.optional(int().check(z.nonnegative())),
});

const productSchema = z.object({
  id,
  title: text(LENGTHS.productTitle),
  category: text(LENGTHS.category),
  delivery: z.enum(DELIVERIES),
  specs: nonEmpty(specSchema),
  giftable: z.optional(z.boolean()),
  brand: z.optional(text(LENGTHS.brand)),
  emoji: z.optional(text(LENGTHS.emoji)),
  tier: z.optional(z.enum(TIERS)),
  merchant: z.optional(id),
  creator: z.optional(id),
});

const duration = z.string().check(z.refine((s) => durationSetting(s) !== null, 'a duration like 30m, 2h or 48h'));

export const worldSchema = z
  .object({
    users: nonEmpty(userSchema),
    groups: orEmpty(groupSchema),
    catalog: orEmpty(productSchema),
    settings: z.optional(
      z.object({
        grabPolicy: z.optional(z.enum(GRAB_POLICIES)),
        holdMinutes: z.optional(int().check(z.positive(), z.lte(HOLD_MINUTES_MAX))),
        crowd: z.optional(int().check(z.nonnegative())),
        commission: z.optional(int().check(z.gte(0), z.lte(COMMISSION_MAX))),
        codeDiscount: z.optional(int().check(z.gte(0), z.lte(CODE_DISCOUNT_MAX))),
        dailySendLimit: z.optional(int().check(z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER))),
        mutualFriendsOnly: z.optional(z.boolean()),
        shipAfter: z.optional(duration),
        deliverAfter: z.optional(duration),
      }),
    ),
  })
  .check(
    z.superRefine((w, ctx) => worldProblems(w, (path, message) => ctx.addIssue({ code: 'custom', path, message }))),
  );

export type World = z.output<typeof worldSchema>;
export type WorldInput = z.input<typeof worldSchema>;

/** Where a world is wrong: a path like `users[2].friends[0]` and what is wrong there. */
export interface WorldProblem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

export function parseWorld(input: unknown): { ok: true; world: World } | { ok: false; problems: WorldProblem[] } {
  const r = worldSchema.safeParse(input);
  if (r.success) return { ok: true, world: r.data };
  return { ok: false, problems: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

// The initial State lives beside the schema, in world-state.ts, so that code which only builds a
// state (the headless runner) does not load the schema library.
export { DEFAULT_HOLD, initialState } from './world-state';
