// `bluepacket insights`: on every library story, its figures are the `--json` report's own
// (users, leaderboard, relations), and its money adds up to the ledger; the text shows a graph, a
// leaderboard, tags, a time chart and the money bars, plain when piped.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insightsJson, insightsLines } from '../../src/insights/report';
import { plainLine } from '../../src/insights/lines';
import { parseWorld } from '../../src/domain/world';
import { parseScenario } from '../../src/scenario/parse';
import { playScenario } from '../../src/scenario/play';
import { playedJson } from '../../src/scenario/report-json';
import { bundledWorld } from '../../src/world-file';
import { width } from '../../src/ui/text/width';

const dir = join(__dirname, '../../data/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const BIN = join(__dirname, '../../bin/bluepacket');

function play(f: string) {
  const scenario = parseScenario(readFileSync(join(dir, f), 'utf8'), f, parseWorld);
  return playScenario(scenario, scenario.world ?? bundledWorld());
}

describe('the insights of every library story', () => {
  for (const f of files)
    it(`${f}: users, leaderboard and relations are the report's; the money adds up to the ledger`, () => {
      const played = play(f);
      const report = playedJson(played);
      const ins = insightsJson(played.state, 'zh', {});
      expect(ins.users).toEqual(report.users);
      expect(ins.leaderboard).toEqual(report.leaderboard);
      expect(ins.relations).toEqual(report.relations);
      const m = ins.money;
      expect(m.in).toBe(m.out);
      expect(m.merchants).toBe(report.merchant);
      expect(m.escrow).toBe(report.escrow);
      expect(m.platform).toBe(report.platform);
      // What the senders paid, less what came back to them, is what their wallets lost (creators
      // and red-packet claimants gain it back in theirs).
      const start = played.startWallets;
      const delta = Object.entries(report.wallets).reduce((n, [u, w]) => n + (w - start[u]!), 0);
      expect(-delta).toBe(m.paid - m.refunds - m.creators - m.redPackets);
      // The text: every line within the width, nothing but the sections.
      for (const line of insightsLines(played.state, 'en', f)) expect(width(plainLine(line).trimEnd())).toBeLessThanOrEqual(100);
    });
});

describe('bluepacket insights', () => {
  const story = join(dir, 'company-annual-gifts.json');

  it('shows a graph, a leaderboard, tags, a time chart and the money bars, plain when piped', () => {
    const r = spawnSync(BIN, ['insights', story], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).not.toMatch(/\u001b/);
    for (const part of ['关系图谱', '━', '◀', '🏢蓝鲸科技', '送礼排行榜', '🔥4天', '🏅3天', '消费偏好标签', '吃货×40', '咖啡党×3', '礼物数 · 每天', '01-28 除夕', '█', '钱去哪儿了', '商家', '平台佣金', '创作者', '退回', '合计 ¥5,976.04 ✓'])
      expect(out, part).toContain(part);
    // The graph: the strong pair's heavy line and the company's weak dotted ones.
    expect(out).toMatch(/━━ 强 爸爸→妈妈 2 · 妈妈→爸爸 3/);
    expect(out).toMatch(/·· 弱 🏢蓝鲸科技→小明 2/);
  });

  it('speaks English, and its --json figures are the play --json report\'s', () => {
    const en = spawnSync(BIN, ['insights', story, '--lang', 'en'], { encoding: 'utf8' });
    for (const part of ['Who gives to whom', 'Gift value given', 'What they give', 'foodie×40', "New Year's Eve", 'Where the money went']) expect(en.stdout).toContain(part);
    const json = JSON.parse(spawnSync(BIN, ['insights', story, '--json'], { encoding: 'utf8' }).stdout);
    const report = JSON.parse(spawnSync(BIN, ['play', story, '--json'], { encoding: 'utf8' }).stdout);
    for (const k of ['users', 'leaderboard', 'relations', 'end', 'name', 'seed']) expect(json[k], k).toEqual(report[k]);
    expect(json.timeline.unit).toBe('day');
    expect(json.tags[0]).toEqual({ user: 'bluewhale', units: 43, tags: [{ category: 'food', tag: '吃货', count: 40 }, { category: 'voucher', tag: '券达人', count: 3 }] });
  });

  it('refuses what is not a scenario, like play', () => {
    const r = spawnSync(BIN, ['insights'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^bluepacket: insights: give exactly one scenario FILE\n$/);
  });
});

describe('bluepacket insights on a terminal', () => {
  it('colours with the theme; what a user wrote is still shown escaped, only the colours are raw', async () => {
    const { default: chalk } = await import('chalk');
    const { main } = await import('../../src/cli/main');
    const { HOSTILE, rawUnsafe } = await import('../support/hostile');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { vi } = await import('vitest');
    const evil = HOSTILE.find((s) => s.includes(']0;pwned'))!;
    const f = join(mkdtempSync(join(tmpdir(), 'bp-ins-')), 's.json');
    writeFileSync(
      f,
      JSON.stringify({
        seed: 's',
        world: { users: [{ id: 'mom', name: evil, wallet: 100000, friends: ['dad'] }, { id: 'dad', name: 'dad', wallet: 100000 }], catalog: [{ id: 'c', title: 'card', category: 'ecard', delivery: 'virtual', specs: [{ id: 'one', label: 'one', price: 100 }] }] },
        steps: [{ as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'c' }, label: 'p' }, { as: 'dad', claim: 'p' }],
      }),
    );
    const level = chalk.level;
    const tty = process.stdout.isTTY;
    const out: string[] = [];
    chalk.level = 1;
    process.stdout.isTTY = true;
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
    try {
      expect(await main(['insights', f])).toBe(0);
    } finally {
      vi.restoreAllMocks();
      chalk.level = level;
      process.stdout.isTTY = tty;
    }
    const text = out.join('');
    expect(text).toMatch(/\u001b\[\d+m/); // coloured
    const colourless = text.replace(/\u001b\[\d+(?:;\d+)*m/g, '');
    expect(rawUnsafe(colourless)).toBeNull();
    expect(colourless).toContain('\\u001b]0;'); // the name, escaped (and cut to a label's width)
  });
});
