// Every refusal code, given / when / then, and the happy path of every mode.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import { nextDeadline } from '../../src/domain/engine';
import { REFUSAL_CODES, type RefusalCode } from '../../src/domain/errors';
import { refusalMessage } from '../../src/i18n/refusals';
import { drawWithoutReplacement, sha256, sourceFrom, uniformInt, packetSeed, drawSeedOf } from '../../src/domain/random';
import { CLOCK_MAX, DAY, HOUR, MINUTE, toIso } from '../../src/domain/time';
import type { State } from '../../src/domain/types';
import type { WorldInput } from '../../src/domain/world';
import {
  advance,
  advanceTo,
  aftersale,
  claim,
  claimCode,
  codeGift,
  direct,
  grab,
  join,
  lottery,
  luckybag,
  open,
  pid,
  policy,
  redeem,
  redpacket,
  reply,
  say,
  settings,
  share,
  spec,
  bulk,
} from '../support/commands';
import { Given, given, refusalsSeen } from '../support/gwt';
import { companyWorld, START, TEST_WORLD_INPUT, testState, worldWith } from '../support/world';

const P1 = pid(1);
const P2 = pid(2);
const bad = { name: '王丽', phone: '12345', region: '上海市', detail: '世纪大道100号' };

interface Case {
  name: string;
  world?: WorldInput;
  given: Command[];
  /** After the given: commands that are refused but leave a trace (wrong codes). */
  refused?: Command[];
  when: Command;
  field?: string;
}

const P3 = pid(3);
const WRONG5 = (who: string, packet: string) => Array.from({ length: 5 }, (_, i) => claimCode(who, packet, `000${i}`, 0));
const CAP1 = worldWith({ dailySendLimit: 1 });
const MUTUAL = worldWith({ mutualFriendsOnly: true });

// Typed as a Record over RefusalCode: adding a code without a case fails the type check, and
// the last test below fails if a case did not actually produce its code.
const CASES: Record<RefusalCode, Case[]> = {
  UNKNOWN_USER: [
    { name: 'an unknown user asking for after-sales', given: [direct('mom', 'ming')], when: aftersale('ghost', P1), field: 'as' },
    // Object.prototype keys are not users (a scenario file may name anything)
    { name: 'a sender called "constructor"', given: [], when: direct('constructor', 'ming'), field: 'as' },
    { name: 'a recipient called "toString"', given: [], when: direct('mom', 'toString'), field: 'to' },
    { name: 'a claimant called "__proto__"', given: [grab('mom', 'fam', 1)], when: claim('__proto__', P1, 0), field: 'as' },
    { name: 'a private chat with "constructor"', given: [], when: say('mom', 'dm:constructor|mom', 'hi'), field: 'chat' },
    { name: 'an unknown sender', given: [], when: direct('nobody', 'ming'), field: 'as' },
    { name: 'a direct gift to an unknown user', given: [], when: direct('mom', 'nobody'), field: 'to' },
    { name: 'a direct gift with no recipient', given: [], when: { type: 'send', as: 'mom', mode: 'direct', sku: 'tea', spec: 'red' }, field: 'to' },
    { name: 'an unknown claimant', given: [grab('mom', 'fam', 1)], when: claim('nobody', P1, 0), field: 'as' },
    { name: 'an unknown user in the lottery list', given: [], when: lottery('mom', 'fam', 1, START + HOUR, { eligible: ['dad', 'ghost'] }), field: 'eligible' },
    { name: 'a chat with an unknown user', given: [], when: say('mom', 'dm:ghost|mom', 'hi'), field: 'chat' },
    // A private chat's id is exactly dmChat()'s: a third member or the order reversed is no chat.
    { name: 'a private chat with a made-up third member', given: [], when: say('mom', 'dm:dad|mom|zzz', 'hi'), field: 'chat' },
    { name: 'a private chat whose ids are not in order', given: [], when: say('mom', 'dm:mom|dad', 'hi'), field: 'chat' },
    { name: 'a private chat of one', given: [], when: say('mom', 'dm:mom', 'hi'), field: 'chat' },
  ],
  UNKNOWN_GROUP: [
    { name: 'a red packet into an unknown group', given: [], when: redpacket('mom', 'nogroup', 1000, 2), field: 'group' },
    { name: 'a group called "constructor"', given: [], when: grab('mom', 'constructor', 1), field: 'group' },
    { name: 'a group called "hasOwnProperty"', given: [], when: luckybag('mom', 'hasOwnProperty', [{ sku: 'card', count: 1 }]), field: 'group' },
    { name: 'a grab into an unknown group', given: [], when: grab('mom', 'nogroup', 1), field: 'group' },
    { name: 'a lottery with no group', given: [], when: { type: 'send', as: 'mom', mode: 'lottery', sku: 'tea', spec: 'red', count: 1, drawAt: START + HOUR }, field: 'group' },
    { name: 'saying into an unknown group', given: [], when: say('mom', 'group:nope', 'hi'), field: 'chat' },
  ],
  UNKNOWN_PACKET: [
    { name: 'a return gift for a packet that does not exist', given: [], when: reply('ming', 'mom', 'p0099'), field: 'replyTo' },
    { name: 'after-sales of a packet that does not exist', given: [], when: aftersale('ming', 'p0099'), field: 'packet' },
    { name: 'a return gift: UNKNOWN_PACKET comes before the direct rules (a stranger)', given: [], when: reply('ming', 'uncle', 'p0099'), field: 'replyTo' },
    { name: 'a packet called "constructor"', given: [], when: claim('dad', 'constructor', 0), field: 'packet' },
    { name: 'a packet called "__proto__"', given: [], when: join('dad', '__proto__'), field: 'packet' },
    { name: 'claim', given: [], when: claim('dad', 'p0099', 0), field: 'packet' },
    { name: 'open', given: [], when: open('dad', 'p0099'), field: 'packet' },
    { name: 'join', given: [], when: join('dad', 'p0099'), field: 'packet' },
    { name: 'spec', given: [], when: spec('dad', 'p0099', 'green'), field: 'packet' },
    { name: 'redeem', given: [], when: redeem('dad', 'p0099'), field: 'packet' },
  ],
  UNKNOWN_SKU: [
    { name: 'a product called "constructor"', given: [], when: direct('mom', 'ming', 'constructor', null), field: 'sku' },
    { name: 'a lucky-bag product called "valueOf"', given: [], when: luckybag('mom', 'fam', [{ sku: 'valueOf', count: 1 }]), field: 'items[0].sku' },
    { name: 'a direct gift', given: [], when: direct('mom', 'ming', 'nosuch'), field: 'sku' },
    { name: 'a lucky-bag line', given: [], when: luckybag('mom', 'fam', [{ sku: 'tea', spec: 'red', count: 1 }, { sku: 'nosuch', count: 1 }]), field: 'items[1].sku' },
  ],
  UNKNOWN_SPEC: [
    { name: 'a named variant that does not exist', given: [], when: direct('mom', 'ming', 'tea', 'nosuch'), field: 'spec' },
    { name: 'no variant for a product with several', given: [], when: direct('mom', 'ming', 'tea', null), field: 'spec' },
    { name: 'switching to a variant that does not exist', given: [direct('mom', 'ming')], when: spec('ming', P1, 'nosuch'), field: 'to' },
  ],
  NOT_GIFTABLE: [
    { name: 'jewellery', given: [], when: direct('mom', 'ming', 'ring', 'gold'), field: 'sku' },
    { name: 'education', given: [], when: direct('mom', 'ming', 'course', null), field: 'sku' },
    { name: 'a variant over ¥10,000', given: [], when: direct('mom', 'ming', 'watch', 'lux'), field: 'sku' },
    { name: 'a product marked giftable:false', given: [], when: grab('mom', 'fam', 1, 'secret', 'one'), field: 'sku' },
    { name: 'jewellery inside a lucky bag', given: [], when: luckybag('mom', 'fam', [{ sku: 'tea', spec: 'red', count: 1 }, { sku: 'ring', count: 1 }]), field: 'items[1].sku' },
  ],
  INSUFFICIENT_FUNDS: [
    { name: 'a red packet worth more than the wallet', given: [], when: redpacket('gran', 'fam', 2000, 2), field: 'wallet' },
    { name: 'a code gift whose discounted price is more than the wallet', given: [], when: codeGift('gran', 1, '4827', 'nuts', 'box'), field: 'wallet' },
    { name: 'a wallet of ¥10 for a ¥50 gift', given: [], when: direct('gran', 'mom'), field: 'wallet' },
    { name: 'a grab worth more than the wallet', given: [], when: grab('uncle', 'big', 11, 'watch', 'basic'), field: 'wallet' },
  ],
  OUT_OF_STOCK: [
    { name: 'a code gift of more units than the stock', given: [], when: codeGift('mom', 4, '4827', 'art', 'print'), field: 'spec' },
    { name: 'more units than the stock', given: [], when: grab('mom', 'big', 6, 'nuts', 'box'), field: 'spec' },
    { name: 'two lucky-bag lines on one variant that together exceed it', given: [],
      when: luckybag('mom', 'big', [{ sku: 'nuts', count: 3 }, { sku: 'nuts', spec: 'box', count: 3 }]), field: 'spec' },
    { name: 'stock taken by an earlier packet', given: [grab('mom', 'big', 5, 'nuts', 'box')], when: direct('dad', 'ming', 'nuts', 'box'), field: 'spec' },
    { name: 'switching to a variant with no stock left', given: [direct('mom', 'dad', 'scarf', 'navy'), direct('mom', 'ming', 'scarf', 'grey')],
      when: spec('ming', P2, 'navy'), field: 'to' },
  ],
  NOT_FRIEND: [
    { name: 'mutual friends only: a pair where neither lists the other', world: MUTUAL, given: [], when: direct('ming', 'uncle'), field: 'to' },
    { name: 'a direct gift to a stranger', given: [], when: direct('ming', 'uncle'), field: 'to' },
    { name: 'a gift to oneself', given: [], when: direct('mom', 'mom'), field: 'to' },
    { name: 'a private chat between strangers', given: [], when: say('ming', 'dm:ming|uncle', 'hi'), field: 'chat' },
  ],
  NOT_MEMBER: [
    { name: 'a red packet into a group one is not in', given: [], when: redpacket('uncle', 'fam', 1000, 2), field: 'group' },
    { name: 'an outsider opening a red packet', given: [redpacket('mom', 'fam', 1000, 2)], when: claim('uncle', P1), field: 'as' },
    { name: 'sending into a group one is not in', given: [], when: grab('uncle', 'fam', 1), field: 'group' },
    { name: 'a lottery list naming an outsider', given: [], when: lottery('mom', 'fam', 1, START + HOUR, { eligible: ['dad', 'uncle'] }), field: 'eligible' },
    { name: 'an outsider claiming', given: [grab('mom', 'fam', 1)], when: claim('uncle', P1, { name: '舅舅', phone: '13700000000', region: '江苏省', detail: '玄武区中山路1号' }), field: 'as' },
    { name: 'an outsider opening', given: [grab('mom', 'fam', 1)], when: open('c1', P1), field: 'as' },
    { name: 'an outsider joining', given: [lottery('mom', 'fam', 1, START + HOUR)], when: join('uncle', P1), field: 'as' },
    { name: 'saying in a group one is not in', given: [], when: say('uncle', 'group:fam', 'hi'), field: 'chat' },
  ],
  BAD_COUNT: [
    { name: 'a red packet of more than the other members', given: [], when: redpacket('mom', 'fam', 1000, 5), field: 'count' },
    { name: 'a red packet of 0', given: [], when: redpacket('mom', 'fam', 1000, 0), field: 'count' },
    { name: 'a red packet of 101 in a group of 12', given: [], when: redpacket('mom', 'big', 20000, 101), field: 'count' },
    { name: 'a red packet without a count', given: [], when: { type: 'send', as: 'mom', mode: 'redpacket', group: 'fam', amount: 100 }, field: 'count' },
    { name: 'BAD_COUNT comes before BAD_AMOUNT', given: [], when: redpacket('mom', 'fam', 0, 0), field: 'count' },
    { name: 'a code gift of more units than the world has users but the sender', given: [], when: codeGift('mom', 12, '4827', 'card', null), field: 'count' },
    { name: 'a code gift of 0', given: [], when: codeGift('mom', 0), field: 'count' },
    { name: 'a lottery list naming one member twice', given: [],
      when: lottery('mom', 'fam', 2, START + HOUR, { eligible: ['dad', 'dad'] }), field: 'count' },
    { name: 'zero units', given: [], when: grab('mom', 'fam', 0), field: 'count' },
    { name: 'no count at all', given: [], when: { type: 'send', as: 'mom', mode: 'grab', group: 'fam', sku: 'tea', spec: 'red' }, field: 'count' },
    { name: 'a fractional count', given: [], when: grab('mom', 'fam', 1.5), field: 'count' },
    { name: 'more units than members who could take one', given: [], when: grab('mom', 'fam', 5), field: 'count' },
    { name: 'over 100 units', given: [], when: grab('mom', 'big', 101, 'card', 'e5'), field: 'count' },
    { name: 'a direct gift of two', given: [], when: direct('mom', 'ming', 'tea', 'red', { count: 2 }), field: 'count' },
    { name: 'an empty lucky bag', given: [], when: luckybag('mom', 'fam', []), field: 'items' },
    { name: 'a lucky bag with more units than takers', given: [],
      when: luckybag('mom', 'fam', [{ sku: 'tea', spec: 'red', count: 2 }, { sku: 'card', count: 3 }]), field: 'count' },
    { name: 'a lottery with more units than eligible members', given: [],
      when: lottery('mom', 'fam', 2, START + HOUR, { eligible: ['dad', 'mom'] }), field: 'count' },
  ],
  MESSAGE_TOO_LONG: [
    { name: '101 characters', given: [], when: direct('mom', 'ming', 'tea', 'red', { message: '福'.repeat(101) }), field: 'message' },
    { name: 'a chat line over 500', given: [], when: say('mom', 'group:fam', 'a'.repeat(501)), field: 'text' },
  ],
  BAD_DRAW_TIME: [
    { name: 'a draw at the send instant', given: [], when: lottery('mom', 'fam', 1, START), field: 'drawAt' },
    { name: 'a draw in the past', given: [], when: lottery('mom', 'fam', 1, START - MINUTE), field: 'drawAt' },
    { name: 'a draw over 24 h ahead', given: [], when: lottery('mom', 'fam', 1, START + DAY + 1), field: 'drawAt' },
    { name: 'no draw time', given: [], when: { type: 'send', as: 'mom', mode: 'lottery', group: 'fam', sku: 'tea', spec: 'red', count: 1 }, field: 'drawAt' },
    { name: 'a fractional draw time', given: [], when: lottery('mom', 'fam', 1, START + 0.5), field: 'drawAt' },
    { name: 'a draw past the end of the clock', given: [advanceTo(CLOCK_MAX - HOUR)], when: lottery('mom', 'fam', 1, CLOCK_MAX + 1), field: 'drawAt' },
  ],
  OWN_PACKET: [
    { name: 'the sender opening her red packet', given: [redpacket('mom', 'fam', 1000, 2)], when: claim('mom', P1), field: 'as' },
    { name: 'the sender claiming her code gift, with the right code', given: [codeGift('mom', 2)], when: claimCode('mom', P1, '4827', 0), field: 'as' },
    { name: 'the sender, with a wrong code: OWN_PACKET first', given: [codeGift('mom', 2)], when: claimCode('mom', P1, '1234', 0), field: 'as' },
    { name: 'the sender grabbing', given: [grab('mom', 'fam', 2)], when: claim('mom', P1, 0), field: 'as' },
    { name: 'the sender joining her lottery', given: [lottery('mom', 'fam', 1, START + HOUR)], when: join('mom', P1), field: 'as' },
    { name: 'the sender accepting her direct gift', given: [direct('mom', 'ming')], when: claim('mom', P1, 0), field: 'as' },
    { name: 'the sender taking from her lucky bag', given: [luckybag('mom', 'fam', [{ sku: 'card', count: 2 }])], when: claim('mom', P1), field: 'as' },
  ],
  NOT_RECIPIENT: [
    { name: 'a return gift from someone who claimed nothing of it', given: [direct('mom', 'ming')], when: reply('dad', 'mom', P1), field: 'replyTo' },
    { name: 'a return gift before accepting the gift', given: [direct('mom', 'ming')], when: reply('ming', 'mom', P1), field: 'replyTo' },
    { name: 'a return gift by its own sender', given: [direct('mom', 'ming'), claim('ming', P1, 0)], when: reply('mom', 'mom', P1), field: 'replyTo' },
    { name: 'NOT_RECIPIENT comes before BAD_REPLY', given: [direct('mom', 'ming'), claim('ming', P1, 0)], when: reply('dad', 'ming', P1), field: 'replyTo' },
    { name: 'after-sales by the sender', given: [direct('mom', 'ming'), claim('ming', P1, 0)], when: aftersale('mom', P1), field: 'as' },
    { name: 'after-sales by someone who holds no unit', given: [grab('mom', 'fam', 2), claim('dad', P1, 0)], when: aftersale('ming', P1), field: 'as' },
    { name: 'someone else accepting a direct gift', given: [direct('mom', 'ming')], when: claim('dad', P1, 0), field: 'as' },
    { name: 'someone else opening it', given: [direct('mom', 'ming')], when: open('dad', P1), field: 'as' },
    { name: 'someone else switching its variant', given: [direct('mom', 'ming')], when: spec('dad', P1, 'green'), field: 'as' },
    { name: 'the sender switching its variant', given: [direct('mom', 'ming')], when: spec('mom', P1, 'green'), field: 'as' },
  ],
  NOT_ELIGIBLE: [
    { name: 'a member left off the list', given: [lottery('mom', 'fam', 1, START + HOUR, { eligible: ['dad', 'ming'] })], when: join('hong', P1), field: 'as' },
  ],
  ALREADY_JOINED: [
    { name: 'joining twice', given: [lottery('mom', 'fam', 1, START + HOUR), join('dad', P1)], when: join('dad', P1), field: 'as' },
  ],
  ALREADY_CLAIMED: [
    { name: 'opening a red packet twice', given: [redpacket('mom', 'fam', 1000, 3), claim('dad', P1)], when: claim('dad', P1), field: 'packet' },
    { name: 'a code gift claimed twice with the right code', given: [codeGift('mom', 2), claimCode('uncle', P1, '4827', { name: '舅舅', phone: '13700000000', region: '江苏省', detail: '玄武区中山路1号' })],
      when: claimCode('uncle', P1, '4827', { name: '舅舅', phone: '13700000000', region: '江苏省', detail: '玄武区中山路1号' }), field: 'packet' },
    { name: 'grabbing twice', given: [grab('mom', 'fam', 3), claim('dad', P1, 0)], when: claim('dad', P1, 0), field: 'packet' },
    { name: 'accepting a direct gift twice', given: [direct('mom', 'ming'), claim('ming', P1, 0)], when: claim('ming', P1, 0), field: 'packet' },
    { name: 'taking twice from a lucky bag', given: [luckybag('mom', 'fam', [{ sku: 'card', count: 3 }]), claim('dad', P1)], when: claim('dad', P1), field: 'packet' },
    { name: 'a winner accepting twice', given: [lottery('mom', 'fam', 1, START + HOUR), join('dad', P1), advance(HOUR), claim('dad', P1, 0)],
      when: claim('dad', P1, 0), field: 'packet' },
  ],
  SOLD_OUT: [
    { name: 'a red packet emptied', given: [redpacket('mom', 'fam', 1000, 1), claim('dad', P1)], when: claim('ming', P1), field: 'packet' },
    { name: 'a code gift emptied', given: [codeGift('mom', 1), claimCode('dad', P1, '4827', 0)], when: claimCode('ming', P1, '4827', 0), field: 'packet' },
    { name: 'the second grab of one unit', given: [grab('mom', 'fam', 1), claim('dad', P1, 0)], when: claim('ming', P1, 0), field: 'packet' },
    { name: 'a lucky bag emptied', given: [luckybag('mom', 'fam', [{ sku: 'card', count: 1 }]), claim('dad', P1)], when: claim('ming', P1), field: 'packet' },
    { name: 'opening under reserve-on-open when every unit is held', given: [policy('reserve-on-open'), grab('mom', 'fam', 1), open('dad', P1)],
      when: open('ming', P1), field: 'packet' },
    { name: 'claiming under reserve-on-open when every unit is held', given: [policy('reserve-on-open'), grab('mom', 'fam', 1), open('dad', P1)],
      when: claim('ming', P1, 0), field: 'packet' },
  ],
  NOT_DRAWN: [
    { name: 'claiming before the draw', given: [lottery('mom', 'fam', 1, START + HOUR), join('dad', P1)], when: claim('dad', P1, 0), field: 'packet' },
    { name: 'switching variant before the draw', given: [lottery('mom', 'fam', 1, START + HOUR), join('dad', P1)], when: spec('dad', P1, 'green'), field: 'packet' },
  ],
  DRAW_CLOSED: [
    { name: 'joining after the draw', given: [lottery('mom', 'fam', 1, START + HOUR), join('dad', P1), advance(2 * HOUR)], when: join('ming', P1), field: 'packet' },
    { name: 'joining at exactly the draw time', given: [lottery('mom', 'fam', 1, START + HOUR), advance(HOUR)], when: join('ming', P1), field: 'packet' },
  ],
  NOT_WINNER: [
    { name: 'a member who did not enter', given: [lottery('mom', 'fam', 1, START + HOUR), join('dad', P1), advance(HOUR)], when: claim('ming', P1, 0), field: 'as' },
    { name: 'an entrant who lost', given: [lottery('mom', 'fam', 1, START + HOUR, { eligible: ['dad', 'ming'] }), join('dad', P1), join('ming', P1), advance(HOUR)],
      // who lost depends on the seed: claim as the one who is not the winner (see the dedicated test below)
      when: claim('__loser__', P1, 0), field: 'as' },
    { name: 'switching variant without winning', given: [lottery('mom', 'fam', 1, START + HOUR), join('dad', P1), advance(HOUR)], when: spec('ming', P1, 'green'), field: 'as' },
  ],
  INVALID_ADDRESS: [
    { name: 'a code gift of a parcel without an address (the last check)', given: [codeGift('mom', 1)], when: claimCode('uncle', P1, '4827'), field: 'address' },
    { name: 'no address for a physical gift', given: [grab('mom', 'fam', 1)], when: claim('dad', P1), field: 'address' },
    { name: 'a saved index out of range', given: [grab('mom', 'fam', 1)], when: claim('dad', P1, 5), field: 'address' },
    { name: 'a negative index', given: [grab('mom', 'fam', 1)], when: claim('dad', P1, -1), field: 'address' },
    { name: 'a fractional index', given: [grab('mom', 'fam', 1)], when: claim('dad', P1, 0.5), field: 'address' },
    { name: 'index 0 with no saved address', given: [grab('mom', 'big', 1)], when: claim('uncle', P1, 0), field: 'address' },
    { name: 'a bad phone', given: [grab('mom', 'fam', 1)], when: claim('dad', P1, bad), field: 'address.phone' },
    { name: 'a control character in the name', given: [grab('mom', 'fam', 1)], when: claim('dad', P1, { ...bad, phone: '13800138000', name: '王\u0007丽' }), field: 'address.name' },
    { name: 'an escape sequence in the detail', given: [direct('mom', 'ming')], when: claim('ming', P1, { ...bad, phone: '13800138000', detail: '\u001b[2J世纪大道100号' }), field: 'address.detail' },
    { name: 'a lucky bag holding a physical gift', given: [luckybag('mom', 'fam', [{ sku: 'tea', spec: 'red', count: 1 }, { sku: 'card', count: 1 }])],
      when: claim('dad', P1), field: 'address' },
  ],
  EXPIRED: [
    { name: 'a red packet at exactly send + 24 h', given: [redpacket('mom', 'fam', 1000, 2), advance(DAY)], when: claim('dad', P1), field: 'packet' },
    { name: 'a code gift at exactly send + 24 h', given: [codeGift('mom', 2), advance(DAY)], when: claimCode('dad', P1, '4827', 0), field: 'packet' },
    { name: 'a code gift sold out and expired: EXPIRED before SOLD_OUT', given: [codeGift('mom', 1), claimCode('dad', P1, '4827', 0), advance(DAY)],
      when: claimCode('ming', P1, '4827', 0), field: 'packet' },
    { name: 'a direct gift accepted at exactly send + 24 h', given: [direct('mom', 'ming'), advance(DAY)], when: claim('ming', P1, 0), field: 'packet' },
    { name: 'a grab at exactly send + 24 h', given: [grab('mom', 'fam', 2), advance(DAY)], when: claim('dad', P1, 0), field: 'packet' },
    { name: 'a grab after send + 24 h when every unit was taken', given: [grab('mom', 'fam', 1), claim('dad', P1, 0), advance(DAY)], when: claim('ming', P1, 0), field: 'packet' },
    { name: 'a lucky bag at exactly send + 24 h', given: [luckybag('mom', 'fam', [{ sku: 'card', count: 2 }]), advance(DAY)], when: claim('dad', P1), field: 'packet' },
    { name: 'a winner accepting at exactly draw + 24 h', given: [lottery('mom', 'fam', 1, START + HOUR), join('dad', P1), advance(HOUR + DAY)], when: claim('dad', P1, 0), field: 'packet' },
    { name: 'switching variant of an expired direct gift', given: [direct('mom', 'ming'), advance(DAY)], when: spec('ming', P1, 'green'), field: 'packet' },
    { name: 'opening an expired grab under reserve-on-open', given: [policy('reserve-on-open'), grab('mom', 'fam', 1), advance(DAY)], when: open('dad', P1), field: 'packet' },
  ],
  ACCEPTED: [
    { name: 'switching variant after accepting', given: [direct('mom', 'ming'), claim('ming', P1, 0)], when: spec('ming', P1, 'green'), field: 'packet' },
  ],
  SPEC_PRICE_MISMATCH: [
    { name: 'switching to a dearer variant', given: [direct('mom', 'ming')], when: spec('ming', P1, 'big'), field: 'to' },
  ],
  NO_VOUCHER: [
    { name: 'redeeming before claiming', given: [grab('mom', 'fam', 1, 'coffee', 'cup')], when: redeem('dad', P1), field: 'packet' },
    { name: 'redeeming a physical gift', given: [grab('mom', 'fam', 1), claim('dad', P1, 0)], when: redeem('dad', P1), field: 'packet' },
    { name: "redeeming someone else's voucher", given: [grab('mom', 'fam', 1, 'coffee', 'cup'), claim('dad', P1)], when: redeem('ming', P1), field: 'packet' },
  ],
  ALREADY_REDEEMED: [
    { name: 'redeeming twice', given: [direct('mom', 'ming', 'coffee', 'cup'), claim('ming', P1), redeem('ming', P1)], when: redeem('ming', P1), field: 'packet' },
  ],
  WRONG_MODE: [
    { name: 'after-sales of a red packet', given: [redpacket('mom', 'fam', 1000, 2), claim('dad', P1)], when: aftersale('dad', P1), field: 'packet' },
    { name: 'after-sales of a red packet, by its sender: WRONG_MODE first', given: [redpacket('mom', 'fam', 1000, 2)], when: aftersale('mom', P1), field: 'packet' },
    { name: 'replyTo on a grab', given: [direct('mom', 'ming'), claim('ming', P1, 0)], when: grab('ming', 'fam', 1, 'tea', 'red', { replyTo: P1 }), field: 'replyTo' },
    { name: 'replyTo on a red packet', given: [direct('mom', 'ming'), claim('ming', P1, 0)], when: redpacket('ming', 'fam', 100, 1, { replyTo: P1 }), field: 'replyTo' },
    { name: 'joining a red packet', given: [redpacket('mom', 'fam', 1000, 2)], when: join('dad', P1), field: 'packet' },
    { name: 'switching the variant of a code gift', given: [codeGift('mom', 2)], when: spec('dad', P1, 'green'), field: 'packet' },
    { name: 'a red packet split neither lucky nor equal', given: [], when: redpacket('mom', 'fam', 1000, 2, { split: 'bogus' as never }), field: 'split' },
    { name: 'joining a grab', given: [grab('mom', 'fam', 1)], when: join('dad', P1), field: 'packet' },
    { name: 'switching variant in a grab', given: [grab('mom', 'fam', 1), claim('dad', P1, 0)], when: spec('dad', P1, 'green'), field: 'packet' },
    { name: 'switching variant in a lucky bag', given: [luckybag('mom', 'fam', [{ sku: 'tea', spec: 'red', count: 1 }])], when: spec('dad', P1, 'green'), field: 'packet' },
    { name: 'an unknown mode', given: [], when: { type: 'send', as: 'mom', mode: 'bogus' as never, to: 'ming', sku: 'tea', spec: 'red' }, field: 'mode' },
    { name: 'an unknown grab policy', given: [], when: policy('bogus' as never), field: 'grabPolicy' },
  ],
  DAILY_LIMIT: [
    { name: 'a second send the same Beijing day under a cap of 1', world: CAP1, given: [direct('mom', 'ming')], when: direct('mom', 'dad'), field: 'as' },
    { name: 'every mode counts: a red packet, then a grab', world: CAP1, given: [redpacket('mom', 'fam', 1000, 2)], when: grab('mom', 'fam', 1), field: 'as' },
    { name: 'a code gift counts too', world: CAP1, given: [codeGift('mom', 1)], when: redpacket('mom', 'fam', 1000, 2), field: 'as' },
    { name: 'right after UNKNOWN_USER: before an unknown group', world: CAP1, given: [direct('mom', 'ming')], when: grab('mom', 'nogroup', 1), field: 'as' },
    { name: 'right after UNKNOWN_USER: before a return gift\'s own checks', world: CAP1, given: [direct('mom', 'ming')], when: reply('mom', 'dad', 'p0099'), field: 'as' },
    { name: 'at 23:59:59 Beijing, the same day', world: CAP1, given: [advanceTo(START + 4 * HOUR - 1000), direct('mom', 'ming'), advance(999)],
      when: direct('mom', 'dad'), field: 'as' },
    { name: 'a cap switched on by the settings command', given: [settings({ dailySendLimit: 2 }), direct('mom', 'ming'), direct('mom', 'dad')], when: direct('mom', 'hong'), field: 'as' },
  ],
  NOT_MUTUAL_FRIEND: [
    { name: 'only the sender lists the recipient', world: MUTUAL, given: [], when: direct('mom', 'dad'), field: 'to' },
    { name: 'only the recipient lists the sender', world: MUTUAL, given: [], when: direct('dad', 'mom'), field: 'to' },
    { name: 'a return gift is a direct gift: the rule applies to it', given: [direct('mom', 'dad'), claim('dad', P1, 0), settings({ mutualFriendsOnly: true })],
      when: reply('dad', 'mom', P1), field: 'to' },
  ],
  BAD_AMOUNT: [
    { name: 'less than one fen each', given: [], when: redpacket('mom', 'fam', 3, 4), field: 'amount' },
    { name: 'over ¥200', given: [], when: redpacket('mom', 'fam', 20001, 2), field: 'amount' },
    { name: 'a fractional amount', given: [], when: redpacket('mom', 'fam', 100.5, 2), field: 'amount' },
    { name: 'no amount', given: [], when: { type: 'send', as: 'mom', mode: 'redpacket', group: 'fam', count: 2 }, field: 'amount' },
  ],
  BAD_CODE: [
    { name: 'a send whose code has three digits', given: [], when: codeGift('mom', 1, '482'), field: 'code' },
    { name: 'a send whose code has a letter', given: [], when: codeGift('mom', 1, '48a7'), field: 'code' },
    { name: 'a send whose code has full-width digits', given: [], when: codeGift('mom', 1, '４８２７'), field: 'code' },
    { name: 'a send whose code ends in a newline', given: [], when: codeGift('mom', 1, '4827\n'), field: 'code' },
    { name: 'a send without a code', given: [], when: codeGift('mom', 1, null), field: 'code' },
    { name: 'a claim with a wrong code (counted)', given: [codeGift('mom', 2)], when: claimCode('uncle', P1, '4872'), field: 'code' },
    { name: 'a claim without a code is a wrong code', given: [codeGift('mom', 2)], when: claimCode('uncle', P1, undefined), field: 'code' },
    { name: 'the fifth wrong code is still BAD_CODE', given: [codeGift('mom', 2)], refused: WRONG5('dad', P1).slice(0, 4), when: claimCode('dad', P1, '9999', 0), field: 'code' },
    { name: 'a wrong code after claiming: BAD_CODE before ALREADY_CLAIMED', given: [codeGift('mom', 2), claimCode('dad', P1, '4827', 0)], when: claimCode('dad', P1, '1111', 0), field: 'code' },
    { name: 'a wrong code after the expiry: BAD_CODE before EXPIRED', given: [codeGift('mom', 2), advance(DAY)], when: claimCode('dad', P1, '1111', 0), field: 'code' },
  ],
  CODE_LOCKED: [
    { name: 'after five wrong codes, even the right one', given: [codeGift('mom', 2)], refused: WRONG5('dad', P1), when: claimCode('dad', P1, '4827', 0), field: 'code' },
    { name: 'a right code between wrong ones does not reset the count', given: [codeGift('mom', 3), claimCode('dad', P1, '4827', 0)],
      refused: [...WRONG5('dad', P1).slice(0, 2), claimCode('dad', P1, '4827', 0), ...WRONG5('dad', P1).slice(2)], when: claimCode('dad', P1, '1111', 0), field: 'code' },
    { name: 'CODE_LOCKED comes before ALREADY_CLAIMED', given: [codeGift('mom', 2), claimCode('dad', P1, '4827', 0)], refused: WRONG5('dad', P1),
      when: claimCode('dad', P1, '4827', 0), field: 'code' },
  ],
  BAD_REPLY: [
    { name: 'a return gift to someone other than the sender of the original', given: [direct('mom', 'ming'), claim('ming', P1, 0)], when: reply('ming', 'hong', P1), field: 'to' },
    { name: 'a return gift without a recipient', given: [direct('mom', 'ming'), claim('ming', P1, 0)],
      when: { type: 'send', as: 'ming', mode: 'direct', sku: 'card', replyTo: P1 }, field: 'to' },
  ],
  NOT_ACCEPTED: [
    { name: 'after-sales of a direct gift not yet accepted', given: [direct('mom', 'ming')], when: aftersale('ming', P1), field: 'packet' },
    { name: 'after-sales of a direct gift that expired unaccepted', given: [direct('mom', 'ming'), advance(DAY)], when: aftersale('ming', P1), field: 'packet' },
    { name: 'after-sales of a lottery prize not yet accepted', given: [lottery('mom', 'fam', 1, START + HOUR), join('dad', P1), advance(HOUR)], when: aftersale('dad', P1), field: 'packet' },
  ],
  AFTERSALE_CLOSED: [
    { name: 'a virtual gift', given: [direct('mom', 'ming', 'card', null), claim('ming', P1)], when: aftersale('ming', P1), field: 'packet' },
    { name: 'a voucher', given: [direct('mom', 'ming', 'coffee', 'cup'), claim('ming', P1)], when: aftersale('ming', P1), field: 'packet' },
    { name: 'at exactly delivery + 7 days', given: [direct('mom', 'ming'), claim('ming', P1, 0), advance(2 * DAY + 7 * DAY)], when: aftersale('ming', P1), field: 'packet' },
    { name: 'a week after a delivery set to 1 h', given: [settings({ shipAfterMs: 0, deliverAfterMs: HOUR }), direct('mom', 'ming'), claim('ming', P1, 0), advance(HOUR + 7 * DAY)],
      when: aftersale('ming', P1), field: 'packet' },
  ],
  ALREADY_REFUNDED: [
    { name: 'after-sales twice', given: [direct('mom', 'ming'), claim('ming', P1, 0), aftersale('ming', P1)], when: aftersale('ming', P1), field: 'packet' },
    { name: 'ALREADY_REFUNDED comes before AFTERSALE_CLOSED', given: [direct('mom', 'ming'), claim('ming', P1, 0), aftersale('ming', P1), advance(30 * DAY)],
      when: aftersale('ming', P1), field: 'packet' },
  ],
  INVALID_TEXT: [
    { name: 'a bell in the message', given: [], when: direct('mom', 'ming', 'tea', 'red', { message: '新年\u0007快乐' }), field: 'message' },
    { name: 'an escape sequence in the message', given: [], when: grab('mom', 'fam', 1, 'tea', 'red', { message: '\u001b[31m红包' }), field: 'message' },
    { name: 'a bidi override in the message', given: [], when: direct('mom', 'ming', 'tea', 'red', { message: 'abc\u202edef' }), field: 'message' },
    { name: 'an empty chat line', given: [], when: say('mom', 'group:fam', '   '), field: 'text' },
  ],
  BAD_DURATION: [
    { name: 'advancing backwards', given: [], when: advance(-1), field: 'by' },
    { name: 'advancing by NaN', given: [], when: advance(Number.NaN), field: 'by' },
    { name: 'advancing to the past', given: [advance(HOUR)], when: advanceTo(START), field: 'to' },
    { name: 'a zero hold', given: [], when: policy('reserve-on-open', 0), field: 'holdMs' },
  ],
  CLOCK_LIMIT: [
    { name: 'an advance of 9999999 days', given: [], when: advance(9999999 * DAY), field: 'by' },
    { name: 'an advance one millisecond past 9999-12-31 23:59:59.999', given: [], when: advance(CLOCK_MAX - START + 1), field: 'by' },
    { name: 'an advance to the year 10000', given: [], when: advanceTo(CLOCK_MAX + 1), field: 'to' },
  ],
  BAD_SETTING: [
    { name: 'a commission over 30%', given: [], when: settings({ commission: 31 }), field: 'commission' },
    { name: 'a fractional commission', given: [], when: settings({ commission: 20.5 }), field: 'commission' },
    { name: 'a code discount over 50%', given: [], when: settings({ codeDiscount: 51 }), field: 'codeDiscount' },
    { name: 'a negative daily cap', given: [], when: settings({ dailySendLimit: -1 }), field: 'dailySendLimit' },
    { name: 'mutual friends only as a string', given: [], when: settings({ mutualFriendsOnly: 'yes' as never }), field: 'mutualFriendsOnly' },
    { name: 'a negative shipping time', given: [], when: settings({ shipAfterMs: -1 }), field: 'shipAfterMs' },
    { name: 'a setting that does not exist', given: [], when: settings({ grabPolicy: 'x' } as never), field: 'grabPolicy' },
  ],
  // Every refusal a bulk gift can meet is in test/domain/bulk.test.ts; a share's in share.test.ts.
  NOT_COMPANY: [{ name: 'a person sending a bulk gift', world: companyWorld(), given: [], when: bulk('dad', { group: 'work' }), field: 'as' }],
  ALREADY_SHARED: [
    { name: 'sharing a received gift twice', given: [direct('mom', 'ming'), claim('ming', P1, 0), share('ming', P1)], when: share('ming', P1), field: 'packet' },
  ],
};

/** Resolve the `__loser__` placeholder: the entrant who did not win. */
function resolve(cmd: Command, state: State): Command {
  if ('as' in cmd && cmd.as === '__loser__' && cmd.type === 'claim') {
    const lot = state.packets[cmd.packet]!.lottery!;
    const loser = lot.entrants.find((u) => !lot.winners!.includes(u))!;
    return { ...cmd, as: loser };
  }
  return cmd;
}

describe('every refusal code', () => {
  for (const code of REFUSAL_CODES) {
    describe(code, () => {
      for (const c of CASES[code]) {
        it(c.name, () => {
          const g = given(c.world ?? TEST_WORLD_INPUT, ...c.given).refused(...(c.refused ?? []));
          g.when(resolve(c.when, g.state)).thenRefused(code, c.field);
        });
      }
    });
  }

  it('every code has a message in both languages', () => {
    for (const code of REFUSAL_CODES) {
      expect(refusalMessage(code, 'zh')).not.toBe('');
      expect(refusalMessage(code, 'en')).not.toBe('');
    }
  });
});

// ---- happy paths and boundaries --------------------------------------------------------------

describe('the clock stays within the years 1970–9999', () => {
  it('reaches 9999-12-31 23:59:59.999 Beijing time, and not a millisecond further', () => {
    given()
      .when(advanceTo(CLOCK_MAX))
      .then([{ type: 'clock', to: CLOCK_MAX }])
      .andState((s) => expect(toIso(s.now)).toBe('9999-12-31T23:59:59+08:00'));
    given(advanceTo(CLOCK_MAX)).when(advance(1)).thenRefused('CLOCK_LIMIT', 'by');
  });

  it('a lottery may still be drawn at the last instant', () => {
    given(advanceTo(CLOCK_MAX - HOUR)).when(lottery('mom', 'fam', 1, CLOCK_MAX)).thenIncludes([{ type: 'sent' }]);
  });
});

const wallet = (s: State, u: string) => s.wallets[u];

describe('direct 送给朋友', () => {
  it('send pays into escrow and assigns the one unit to the friend', () => {
    given()
      .when(direct('mom', 'ming', 'tea', 'red', { message: '新年快乐' }))
      .then([
        { type: 'sent', at: START, packet: { id: P1, mode: 'direct', sender: 'mom', to: 'ming', group: null, message: '新年快乐', expiresAt: START + DAY,
          units: [{ sku: 'tea', spec: 'red', price: 5000, state: 'assigned', holder: 'ming' }] } },
        { type: 'paid', user: 'mom', amount: 5000, packet: P1 },
      ])
      .andState((s) => {
        expect(wallet(s, 'mom')).toBe(500_000 - 5000);
        expect(s.escrow).toBe(5000);
      });
  });

  it('a message of exactly 100 characters (emoji count once) is accepted', () => {
    given().when(direct('mom', 'ming', 'tea', 'red', { message: '🧧'.repeat(100) })).then([{ type: 'sent' }, { type: 'paid' }]);
  });

  it('a product with one variant may omit the variant', () => {
    given().when(direct('mom', 'ming', 'nuts', null)).then([
      { type: 'sent', packet: { units: [{ sku: 'nuts', spec: 'box' }] } },
      { type: 'paid', amount: 3000 },
      { type: 'stock', sku: 'nuts', spec: 'box', delta: -1 },
    ]);
  });

  it('friendship is symmetric: either side listing it is enough', () => {
    // hong lists nobody; ming lists hong
    given().when(direct('hong', 'ming')).then([{ type: 'sent' }, { type: 'paid' }]);
  });

  it('the recipient switches to a same-price variant, then accepts; the variant is then locked', () => {
    const g = given(direct('mom', 'ming'));
    // tea has no stock limit: the switch moves no stock
    g.when(spec('ming', P1, 'green')).then([{ type: 'specChanged', user: 'ming', unit: 0, from: 'red', to: 'green' }]);
    g.when(spec('ming', P1, 'green')).then([]); // already that variant: nothing to do
    g.when(claim('ming', P1, 0)).then([
      { type: 'claimed', user: 'ming', unit: 0, address: { name: '李明' }, voucher: null },
      { type: 'settled', unit: 0, amount: 5000 },
    ]).andState((s) => {
      expect(s.packets[P1]!.units[0]).toMatchObject({ spec: 'green', state: 'claimed', holder: 'ming', at: START });
      expect(s.merchant).toBe(5000);
      expect(s.escrow).toBe(0);
      expect(s.packets[P1]!.settled).toBe(true);
    });
    g.when(spec('ming', P1, 'red')).thenRefused('ACCEPTED');
  });

  it('an inline address is trimmed and stripped to its four fields', () => {
    given(direct('mom', 'ming'))
      .when(claim('ming', P1, { name: ' 李明 ', phone: '15000000001', region: '北京市', detail: '中关村大街1号', extra: 'dropped' } as never))
      .then([{ type: 'claimed', address: { name: '李明', phone: '15000000001', region: '北京市', detail: '中关村大街1号' } }, { type: 'settled' }])
      .andState((s) => expect(Object.keys(s.packets[P1]!.units[0]!.address!).sort()).toEqual(['detail', 'name', 'phone', 'region']));
  });

  it('a virtual gift is accepted without an address', () => {
    given(direct('mom', 'ming', 'card', null)).when(claim('ming', P1)).then([
      { type: 'claimed', address: null, voucher: null },
      { type: 'settled', amount: 500 },
    ]);
  });

  it('an unaccepted gift is refunded at exactly send + 24 h, not a millisecond before', () => {
    const g = given(direct('mom', 'ming'));
    g.when(advance(DAY - 1)).then([{ type: 'clock', to: START + DAY - 1 }]);
    expect(g.state.packets[P1]!.units[0]!.state).toBe('assigned');
    g.when(advance(1)).then([
      { type: 'refunded', at: START + DAY, packet: P1, unit: 0, user: 'mom', amount: 5000, reason: 'expired' },
      { type: 'clock', to: START + DAY },
    ]).andState((s) => {
      expect(wallet(s, 'mom')).toBe(500_000);
      expect(s.escrow).toBe(0);
      expect(s.packets[P1]!.settled).toBe(true);
    });
    g.when(advance(DAY)).then([{ type: 'clock' }]); // refunded once only
  });

  it('a claim one millisecond before the expiry is accepted', () => {
    given(direct('mom', 'ming'), advance(DAY - 1)).when(claim('ming', P1, 0)).then([{ type: 'claimed', at: START + DAY - 1 }, { type: 'settled' }]);
  });
});

describe('stock', () => {
  it('is reserved at send and returned unit by unit on refund', () => {
    const g = given(grab('mom', 'fam', 3, 'nuts', 'box'));
    expect(g.state.stock['nuts/box']).toBe(2);
    g.and(claim('dad', P1, 0));
    g.when(advance(DAY)).then([
      { type: 'shipped', at: START + 2 * HOUR, units: [0] }, // dad's accepted unit's order
      { type: 'refunded', unit: 1, reason: 'expired' },
      { type: 'stock', sku: 'nuts', spec: 'box', delta: 1 },
      { type: 'refunded', unit: 2, reason: 'expired' },
      { type: 'stock', sku: 'nuts', spec: 'box', delta: 1 },
      { type: 'clock' },
    ]);
    expect(g.state.stock['nuts/box']).toBe(4);
  });

  it('moves between variants when the recipient switches', () => {
    const g = given(direct('mom', 'ming', 'scarf', 'grey'));
    expect(g.state.stock).toMatchObject({ 'scarf/grey': 2, 'scarf/navy': 1 });
    g.when(spec('ming', P1, 'navy')).then([
      { type: 'specChanged', from: 'grey', to: 'navy' },
      { type: 'stock', spec: 'grey', delta: 1 },
      { type: 'stock', spec: 'navy', delta: -1 },
    ]);
    expect(g.state.stock).toMatchObject({ 'scarf/grey': 3, 'scarf/navy': 0 });
    g.and(advance(DAY));
    expect(g.state.stock).toMatchObject({ 'scarf/grey': 3, 'scarf/navy': 1 });
  });

  it('the last unit in stock can be sent', () => {
    given(grab('mom', 'big', 4, 'nuts', 'box')).when(direct('dad', 'ming', 'nuts', 'box')).then([{ type: 'sent' }, { type: 'paid' }, { type: 'stock', delta: -1 }]);
  });
});

describe('grab 群发礼物: first valid address wins', () => {
  it('units go in order to the first valid addresses; a bad address takes nothing; later ones are SOLD_OUT', () => {
    const g = given(grab('mom', 'fam', 2));
    g.when(claim('dad', P1, bad)).thenRefused('INVALID_ADDRESS', 'address.phone');
    g.when(claim('ming', P1, 0)).then([{ type: 'claimed', user: 'ming', unit: 0 }, { type: 'settled', unit: 0, amount: 5000 }]);
    g.when(claim('dad', P1, 0)).then([{ type: 'claimed', user: 'dad', unit: 1 }, { type: 'settled', unit: 1 }]);
    g.when(claim('hong', P1, 0)).thenRefused('SOLD_OUT', 'packet');
    expect(g.state.packets[P1]!.settled).toBe(true);
  });

  it('opening allocates nothing under the default policy', () => {
    const g = given(grab('mom', 'fam', 1));
    g.when(open('dad', P1)).then([{ type: 'opened', user: 'dad', packet: P1 }]);
    g.when(open('dad', P1)).then([]); // opened once
    g.when(claim('ming', P1, 0)).then([{ type: 'claimed', user: 'ming', unit: 0 }, { type: 'settled' }]);
    g.when(claim('dad', P1, 0)).thenRefused('SOLD_OUT');
  });

  it('the count may equal the members who could take one', () => {
    given().when(grab('mom', 'fam', 4)).then([{ type: 'sent' }, { type: 'paid', amount: 20000 }]);
  });

  it('unclaimed units are refunded one by one at send + 24 h', () => {
    given(grab('mom', 'fam', 3), claim('dad', P1, 0), advance(HOUR))
      .when(advance(DAY))
      .then([
        { type: 'shipped', at: START + 2 * HOUR, units: [0] }, // dad's accepted unit's order
        { type: 'refunded', at: START + DAY, unit: 1, user: 'mom', amount: 5000, reason: 'expired' },
        { type: 'refunded', at: START + DAY, unit: 2, user: 'mom', amount: 5000, reason: 'expired' },
        { type: 'clock', to: START + HOUR + DAY },
      ])
      .andState((s) => {
        expect(wallet(s, 'mom')).toBe(500_000 - 5000);
        expect(s.merchant).toBe(5000);
      });
  });
});

describe('grab under reserve-on-open', () => {
  const hold = 5 * MINUTE;
  it('open reserves a unit; a claim within the hold wins it; others are SOLD_OUT meanwhile', () => {
    const g = given(policy('reserve-on-open', hold), grab('mom', 'fam', 1));
    g.when(open('dad', P1)).then([
      { type: 'opened', user: 'dad' },
      { type: 'reserved', user: 'dad', packet: P1, unit: 0, until: START + hold },
    ]);
    g.when(open('dad', P1)).then([]); // already holds it
    g.when(claim('ming', P1, 0)).thenRefused('SOLD_OUT');
    g.and(advance(hold - 1));
    g.when(claim('dad', P1, 0)).then([{ type: 'claimed', user: 'dad', unit: 0, at: START + hold - 1 }, { type: 'settled' }]);
    g.when(advance(hold)).then([{ type: 'clock' }]); // no release after the claim
  });

  it('the hold lapses at exactly holdMs and the unit returns to open for the next', () => {
    const g = given(policy('reserve-on-open', hold), grab('mom', 'fam', 1), open('dad', P1));
    g.when(advance(hold)).then([
      { type: 'released', at: START + hold, user: 'dad', packet: P1, unit: 0 },
      { type: 'clock' },
    ]);
    expect(g.state.packets[P1]!.units[0]).toMatchObject({ state: 'open', holder: null });
    g.when(open('ming', P1)).then([{ type: 'opened', user: 'ming' }, { type: 'reserved', user: 'ming', unit: 0 }]);
    g.when(claim('dad', P1, 0)).thenRefused('SOLD_OUT');
    g.when(claim('ming', P1, 0)).then([{ type: 'claimed', user: 'ming' }, { type: 'settled' }]);
  });

  it('a reservation still open at the expiry is refunded', () => {
    given(policy('reserve-on-open', 2 * DAY), grab('mom', 'fam', 1), open('dad', P1))
      .when(advance(DAY))
      .then([{ type: 'refunded', at: START + DAY, unit: 0, reason: 'expired' }, { type: 'clock' }]);
  });

  it('the sender opening reserves nothing', () => {
    given(policy('reserve-on-open'), grab('mom', 'fam', 1)).when(open('mom', P1)).then([{ type: 'opened', user: 'mom' }]);
  });

  it('switching the policy is an event and keeps the hold unless given', () => {
    const g = given();
    g.when(policy('reserve-on-open', 7 * MINUTE)).then([{ type: 'policy', settings: { grabPolicy: 'reserve-on-open', holdMs: 7 * MINUTE } }]);
    g.when(policy('first-address')).then([{ type: 'policy', settings: { grabPolicy: 'first-address', holdMs: 7 * MINUTE } }]);
  });
});

describe('lottery 群礼物抽奖', () => {
  const drawAt = START + HOUR;

  it('members join until the draw; at the draw winners are drawn from the seed and surplus refunded', () => {
    const g = given(lottery('mom', 'fam', 3, drawAt, { message: '抽奖' }), join('dad', P1), join('ming', P1));
    const lot = g.state.packets[P1]!.lottery!;
    expect(lot.entrants).toEqual(['dad', 'ming']);
    expect(lot.commitment).toBe(sha256(lot.drawSeed));
    expect(lot.drawSeed).toBe(drawSeedOf(packetSeed(g.state.seed, P1)));
    const expected = drawWithoutReplacement(['dad', 'ming'], 3, lot.drawSeed);
    g.when(advance(2 * HOUR)).then([
      { type: 'drawn', at: drawAt, packet: P1, winners: expected, drawSeed: lot.drawSeed },
      { type: 'assigned', at: drawAt, user: expected[0]!, unit: 0 },
      { type: 'assigned', at: drawAt, user: expected[1]!, unit: 1 },
      { type: 'refunded', at: drawAt, unit: 2, user: 'mom', amount: 5000, reason: 'surplus' },
      { type: 'clock', to: START + 2 * HOUR },
    ]).andState((s) => {
      expect(s.packets[P1]!.expiresAt).toBe(drawAt + DAY);
      expect(wallet(s, 'mom')).toBe(500_000 - 10_000);
    });
    // winners accept; the variant may be switched first
    g.when(spec(expected[0]!, P1, 'green')).then([{ type: 'specChanged', unit: 0 }]);
    g.when(claim(expected[0]!, P1, 0)).then([{ type: 'claimed', unit: 0 }, { type: 'settled', amount: 5000 }]);
    // the other winner lets the 24 h pass: refunded at exactly draw + 24 h (the accepted prize ships meanwhile)
    g.when(advance(DAY)).then([{ type: 'shipped', units: [0] }, { type: 'refunded', at: drawAt + DAY, unit: 1, user: 'mom', reason: 'expired' }, { type: 'clock' }]);
    g.when(claim(expected[1]!, P1, 0)).thenRefused('EXPIRED');
    expect(g.state.packets[P1]!.settled).toBe(true);
    expect(wallet(g.state, 'mom')).toBe(500_000 - 5000);
  });

  it('a join one millisecond before the draw counts', () => {
    given(lottery('mom', 'fam', 1, drawAt), advance(HOUR - 1)).when(join('dad', P1)).then([{ type: 'joined', user: 'dad', at: drawAt - 1 }]);
  });

  it('a draw exactly 24 h ahead is allowed', () => {
    given().when(lottery('mom', 'fam', 1, START + DAY)).then([{ type: 'sent', packet: { lottery: { drawAt: START + DAY, drawn: false, winners: null } } }, { type: 'paid' }]);
  });

  it('with more entrants than units, exactly the units are won, by distinct entrants', () => {
    const g = given(lottery('mom', 'big', 3, drawAt), ...['dad', 'ming', 'hong', 'gran', 'uncle', 'c1', 'c2'].map((u) => join(u, P1)));
    const t = g.when(advance(HOUR)).thenIncludes([{ type: 'drawn' }, { type: 'assigned', unit: 0 }, { type: 'assigned', unit: 1 }, { type: 'assigned', unit: 2 }]);
    const lot = g.state.packets[P1]!.lottery!;
    expect(lot.winners).toHaveLength(3);
    expect(new Set(lot.winners).size).toBe(3);
    for (const w of lot.winners!) expect(lot.entrants).toContain(w);
    expect(lot.winners).toEqual(drawWithoutReplacement(lot.entrants, 3, lot.drawSeed));
    expect(t.events.some((e) => e.type === 'refunded')).toBe(false);
  });

  it('a draw nobody entered refunds every unit at the draw', () => {
    given(lottery('mom', 'fam', 2, drawAt)).when(advance(HOUR)).then([
      { type: 'drawn', winners: [] },
      { type: 'refunded', unit: 0, reason: 'surplus', at: drawAt },
      { type: 'refunded', unit: 1, reason: 'surplus', at: drawAt },
      { type: 'clock' },
    ]).andState((s) => expect(s.packets[P1]!.settled).toBe(true));
  });

  it('draw and the winners\' expiry both happen inside one long advance, in time order', () => {
    given(lottery('mom', 'fam', 1, drawAt), join('dad', P1)).when(advance(2 * DAY)).then([
      { type: 'drawn', at: drawAt, winners: ['dad'] },
      { type: 'assigned', at: drawAt, user: 'dad' },
      { type: 'refunded', at: drawAt + DAY, reason: 'expired' },
      { type: 'clock', to: START + 2 * DAY },
    ]);
  });

  it('only the listed members may enter; the sender in the list is dropped, and so are repeats', () => {
    const g = given(lottery('mom', 'fam', 1, drawAt, { eligible: ['dad', 'mom', 'dad'] }));
    expect(g.state.packets[P1]!.lottery!.eligible).toEqual(['dad']);
    g.when(join('dad', P1)).then([{ type: 'joined', user: 'dad' }]);
    g.when(join('ming', P1)).thenRefused('NOT_ELIGIBLE');
  });

  it('the loser of a two-entrant draw is NOT_WINNER and the winner may claim', () => {
    const g = given(lottery('mom', 'fam', 1, drawAt), join('dad', P1), join('ming', P1), advance(HOUR));
    const [winner] = g.state.packets[P1]!.lottery!.winners!;
    const loser = winner === 'dad' ? 'ming' : 'dad';
    g.when(claim(loser, P1, 0)).thenRefused('NOT_WINNER', 'as');
    g.when(claim(winner!, P1, 0)).then([{ type: 'claimed', user: winner!, unit: 0 }, { type: 'settled' }]);
  });
});

describe('lucky bag 拼手气礼物袋', () => {
  const items = [
    { sku: 'tea', spec: 'red', count: 1 },
    { sku: 'coffee', count: 1 },
    { sku: 'card', count: 2 },
  ];

  it('each claim takes one unit at random among those left, reproducibly from the packet seed', () => {
    const g = given(luckybag('mom', 'big', items));
    const p = g.state.packets[P1]!;
    const open0 = [0, 1, 2, 3];
    const expect0 = open0[uniformInt(sourceFrom(`${p.seed}/claim/0`), 4)]!;
    g.when(claim('dad', P1, 0)).thenIncludes([{ type: 'claimed', user: 'dad', unit: expect0 }, { type: 'settled', unit: expect0 }]);
    const open1 = open0.filter((i) => i !== expect0);
    const expect1 = open1[uniformInt(sourceFrom(`${p.seed}/claim/1`), 3)]!;
    g.when(claim('ming', P1, 0)).thenIncludes([{ type: 'claimed', user: 'ming', unit: expect1 }]);
    // the same world, seed and steps give the same units
    const again = given(luckybag('mom', 'big', items), claim('dad', P1, 0), claim('ming', P1, 0));
    expect(again.state.packets[P1]!.units.map((u) => u.holder)).toEqual(g.state.packets[P1]!.units.map((u) => u.holder));
  });

  it('the pick is not always the same unit: over many seeds every unit is drawn first', () => {
    const firsts = new Map<number, number>();
    for (let i = 0; i < 200; i++) {
      const g = new Given(testState(undefined, `bag-${i}`)).and(luckybag('mom', 'big', items), claim('dad', P1, 0));
      const unit = g.state.packets[P1]!.units.findIndex((u) => u.holder === 'dad');
      firsts.set(unit, (firsts.get(unit) ?? 0) + 1);
    }
    expect([...firsts.keys()].sort()).toEqual([0, 1, 2, 3]);
    for (const n of firsts.values()) expect(n).toBeGreaterThan(20); // 50 expected each
  });

  it('everything is taken, then SOLD_OUT; a voucher unit carries a code', () => {
    const g = given(luckybag('mom', 'big', items));
    for (const u of ['dad', 'ming', 'hong', 'c1']) g.and(claim(u, P1, 0));
    g.when(claim('c2', P1, 0)).thenRefused('SOLD_OUT');
    const units = g.state.packets[P1]!.units;
    expect(units.every((u) => u.state === 'claimed')).toBe(true);
    expect(units[1]!.voucher).toMatch(/^\d{4} \d{4} \d{4}$/);
    expect(units[0]!.address).toBeTruthy();
    expect(units[2]!.address ?? null).toBeNull();
    expect(g.state.merchant).toBe(5000 + 1990 + 500 * 2);
  });

  it('once only virtual gifts are left no address is needed', () => {
    const g = given(luckybag('mom', 'big', [{ sku: 'card', count: 2 }]));
    g.when(claim('dad', P1)).thenIncludes([{ type: 'claimed', address: null }]);
  });

  it('unclaimed units are refunded at send + 24 h', () => {
    given(luckybag('mom', 'big', items), claim('dad', P1, 0)).when(advance(DAY)).thenIncludes([
      { type: 'refunded', at: START + DAY, reason: 'expired' },
      { type: 'refunded', at: START + DAY, reason: 'expired' },
      { type: 'refunded', at: START + DAY, reason: 'expired' },
      { type: 'clock' },
    ]).andState((s) => {
      expect(s.escrow).toBe(0);
      expect(s.packets[P1]!.units.filter((u) => u.state === 'refunded')).toHaveLength(3);
    });
  });
});

describe('vouchers', () => {
  it('a code on claim, no address needed, redeemed once', () => {
    const g = given(grab('mom', 'fam', 2, 'coffee', 'cup'));
    const t = g.when(claim('dad', P1)).then([{ type: 'claimed', user: 'dad', unit: 0, address: null }, { type: 'settled', amount: 1990 }]);
    const code = (t.events[0] as { voucher: string }).voucher;
    expect(code).toMatch(/^\d{4} \d{4} \d{4}$/);
    expect(t.result).toMatchObject({ voucher: code });
    g.and(claim('ming', P1));
    expect(g.state.packets[P1]!.units[1]!.voucher).not.toBe(code);
    g.when(redeem('dad', P1)).then([{ type: 'redeemed', user: 'dad', unit: 0, voucher: code }]);
    expect(g.state.packets[P1]!.units[0]!.redeemed).toBe(true);
    g.when(redeem('dad', P1)).thenRefused('ALREADY_REDEEMED');
    g.when(redeem('ming', P1)).then([{ type: 'redeemed', user: 'ming', unit: 1 }]);
  });

  it('a claimed voucher can still be redeemed after the 24 h (its money is already settled)', () => {
    const g = given(direct('mom', 'ming', 'coffee', 'cup'), claim('ming', P1), advance(2 * DAY));
    g.when(redeem('ming', P1)).then([{ type: 'redeemed' }]);
    expect(g.state.merchant).toBe(1990);
  });
});

describe('deadlines', () => {
  it('nextDeadline is the earliest pending one', () => {
    const g = given(direct('mom', 'ming'), lottery('mom', 'fam', 1, START + 2 * HOUR), policy('reserve-on-open', 10 * MINUTE), grab('dad', 'fam', 1), open('ming', pid(3)));
    expect(nextDeadline(g.state)).toEqual({ at: START + 10 * MINUTE, kind: 'release', packet: pid(3), unit: 0 });
    g.and(advance(10 * MINUTE));
    expect(nextDeadline(g.state)).toEqual({ at: START + 2 * HOUR, kind: 'draw', packet: P2 });
    g.and(advance(2 * HOUR));
    expect(nextDeadline(g.state)).toEqual({ at: START + DAY, kind: 'expire', packet: P1 });
  });

  it('deadlines at one instant fall due in send order', () => {
    given(grab('mom', 'fam', 1), direct('dad', 'ming')).when(advanceTo(START + DAY)).then([
      { type: 'refunded', packet: P1 },
      { type: 'refunded', packet: P2 },
      { type: 'clock' },
    ]);
  });
});

it('covers every refusal code (keep this test last)', () => {
  const missing = REFUSAL_CODES.filter((c) => !refusalsSeen.has(c));
  expect(missing).toEqual([]);
  for (const code of REFUSAL_CODES) expect(CASES[code].length, code).toBeGreaterThan(0);
});
