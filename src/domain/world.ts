// A world (users, groups, catalog) as written in data/world.json or inline in a scenario, and its
// validation. Pure: the caller reads the file.
// zod/mini, not zod: the same checks without the classic API and every locale in the bundle,
// which cost start-up time on every run. Only the English messages are loaded.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { addressProblems } from './address';
import { MAX_GROUP_MEMBERS } from './money';
import { CODE_DISCOUNT_MAX, COMMISSION_MAX, durationSetting } from './settings';

z.config(en());

const id = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9_-]{1,40}$/, 'ids are 1–40 letters, digits, _ or -'),
    z.refine((s) => s !== '__proto__', 'the id "__proto__" is reserved'),
  );
/** A whole number, like classic zod's `z.number().int()`. */
const int = () => z.number().check(z.int());
const fen = int().check(z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER));
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
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
  name: text(1, 40),
  wallet: fen,
  friends: orEmpty(id),
  addresses: orEmpty(addressSchema),
  bot: z.optional(z.boolean()),
});

const groupSchema = z.object({ id, name: text(1, 60), members: nonEmpty(id) });

const specSchema = z.object({
  id,
  label: text(1, 40),
  price: fen.check(z.gte(1)),
  stock: z.optional(int().check(z.nonnegative())),
});

const productSchema = z.object({
  id,
  title: text(1, 80),
  category: text(1, 40),
  delivery: z.enum(['address', 'voucher', 'virtual']),
  specs: nonEmpty(specSchema),
  giftable: z.optional(z.boolean()),
  brand: z.optional(z.string().check(z.maxLength(40))),
  emoji: z.optional(z.string().check(z.maxLength(8))),
  tier: z.optional(z.enum(['basic', 'custom', 'privilege'])),
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
        grabPolicy: z.optional(z.enum(['first-address', 'reserve-on-open'])),
        holdMinutes: z.optional(int().check(z.positive(), z.lte(24 * 60))),
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
    z.superRefine((w, ctx) => {
      const users = new Set<string>();
      w.users.forEach((u, i) => {
        if (users.has(u.id)) ctx.addIssue({ code: 'custom', path: ['users', i, 'id'], message: `duplicate user id "${u.id}"` });
        users.add(u.id);
      });
      w.users.forEach((u, i) => {
        u.friends.forEach((f, j) => {
          if (!users.has(f)) ctx.addIssue({ code: 'custom', path: ['users', i, 'friends', j], message: `unknown user "${f}"` });
        });
        u.addresses.forEach((a, j) => {
          const p = addressProblems(a)[0];
          if (p) ctx.addIssue({ code: 'custom', path: ['users', i, 'addresses', j, p.field], message: `invalid address (${p.problem})` });
        });
      });
      const groups = new Set<string>();
      w.groups.forEach((g, i) => {
        if (groups.has(g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `duplicate group id "${g.id}"` });
        groups.add(g.id);
        if (g.members.length > MAX_GROUP_MEMBERS)
          ctx.addIssue({ code: 'custom', path: ['groups', i, 'members'], message: `a group holds at most ${MAX_GROUP_MEMBERS} members` });
        if (new Set(g.members).size !== g.members.length)
          ctx.addIssue({ code: 'custom', path: ['groups', i, 'members'], message: 'a member is listed twice' });
        g.members.forEach((m, j) => {
          if (!users.has(m)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'members', j], message: `unknown user "${m}"` });
        });
      });
      const skus = new Set<string>();
      w.catalog.forEach((p, i) => {
        if (skus.has(p.id)) ctx.addIssue({ code: 'custom', path: ['catalog', i, 'id'], message: `duplicate product id "${p.id}"` });
        skus.add(p.id);
        if (p.creator !== undefined && !users.has(p.creator))
          ctx.addIssue({ code: 'custom', path: ['catalog', i, 'creator'], message: `product "${p.id}": its creator "${p.creator}" is not a user` });
        const specs = new Set<string>();
        p.specs.forEach((s, j) => {
          if (specs.has(s.id)) ctx.addIssue({ code: 'custom', path: ['catalog', i, 'specs', j, 'id'], message: `duplicate variant id "${s.id}"` });
          specs.add(s.id);
        });
      });
    }),
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
