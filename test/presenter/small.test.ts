// The smaller things a presenter or a designer stumbled on, one by one.
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, type AppHarness } from '../../src/testing';
import { choosePanes } from '../../src/ui/panes';
import { tabs } from '../../src/ui/screens/shop/reducer';
import { wrap } from '../../src/ui/text/width';
import { bundledWorld } from '../../src/world-file';
import { initialState } from '../../src/domain/world';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const world = () => initialState(bundledWorld(), 'small', Date.UTC(2025, 0, 28, 12));
const statusLine = (a: AppHarness) => a.frame().split('\n').at(-2) ?? '';
const keyLine = (a: AppHarness) => a.frame().split('\n').at(-1) ?? '';

describe('words', () => {
  it('every category of the shop has a name in both languages (特效, 会员卡)', () => {
    const s = world();
    const cats = new Set(Object.values(s.catalog).map((p) => p.category));
    for (const lang of ['zh', 'en'] as const) {
      const labels = tabs(s, lang).map((t) => t.label);
      for (const c of cats) expect(labels, `${lang} ${c}`).not.toContain(c);
    }
    expect(tabs(s, 'zh').map((t) => t.label)).toEqual(expect.arrayContaining(['特效', '会员卡']));
  });

  it('English: one refund is "a gift refunded"; the confirm screen says who the gift is for', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40, lang: 'en' });
    await app.runner.run({ type: 'send', as: 'mom', mode: 'direct', to: 'dad', sku: 'guazi' });
    await app.press('mom', { text: 'n' }); // to the expiry
    expect(statusLine(app)).toContain('a gift refunded');
    expect(statusLine(app)).not.toContain('1 gifts');
  });

  it('--users with an unknown id lists the valid ones', () => {
    expect(() => choosePanes(world(), { users: ['mom', 'nobody'] })).toThrow(/unknown user "nobody" \(users: mom, dad, ming, hong, .*bots/);
  });

  it('the key line says what Ctrl-C does, not a bare ^C', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 160, rows: 45 });
    expect(keyLine(app)).toContain('Ctrl-C 随时退出');
    expect(keyLine(app)).not.toMatch(/\^C\s*$/);
  });
});

describe('fields', () => {
  it('a 72-character 详细地址 shows that there is more; the placeholder of a field being typed in says how to finish', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40 });
    await app.runner.run({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'guazi', count: 1 });
    await app.press('dad', 'up', 'enter', 'enter');
    await app.waitFor('收货人', { user: 'dad' });
    const saved = app.state().users.dad!.addresses.length;
    for (let i = 0; i < saved + 3; i++) await app.press('dad', 'down');
    await app.press('dad', 'enter'); // 详细地址
    expect(app.pane('dad')).toContain('输入，Enter 下一项');
    expect(app.pane('dad')).not.toContain('Enter 输入');
    await app.paste('dad', '上海市浦东新区世纪大道一百号环球金融中心七十二层东侧第三会议室隔壁的那间小办公室门口左转第二个工位靠窗的位置请放前台谢谢师傅');
    await app.press('dad', 'esc');
    const rows = app.pane('dad').split('\n').filter((l) => l.includes('上海市') || /\S…\s*[│┃]$/.test(l));
    expect(app.pane('dad')).toMatch(/…\s*[│┃]/);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('the chat line being typed in says Enter sends', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40 });
    await app.press('mom', 'enter');
    expect(app.pane('mom')).toContain('Enter 发送');
    expect(app.pane('mom')).not.toContain('Enter 输入');
  });

  it('a search that finds nothing says so (not 这里还没有礼物)', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40 });
    await app.press('mom', { text: 'g' }, { text: '/' });
    await app.type('mom', 'zzz');
    expect(app.pane('mom')).toContain('没有找到「zzz」');
    expect(app.pane('mom')).not.toContain('这里还没有礼物');
  });
});

describe('line breaking', () => {
  const NO_START = /^[，。！？、；：）」』》】…]/;
  const texts = [
    '小红心急，想先领：还没开奖 → NOT_DRAWN。奶奶在「相亲相爱一家人」群里发起抽奖：3盒茶颜悦色幽兰拿铁（¥88×3），21:00开奖！',
    '开奖24小时后（初一21:00）：舅舅打了一天麻将，一直没收下。这一份单独退回奶奶（¥88），已收下的两份不受影响。',
  ];
  it('no line starts with a closing mark or a pause, none ends with an opening one, at any width', () => {
    for (const t of texts)
      for (let w = 6; w <= 40; w++) {
        const lines = wrap(t, w);
        expect(lines.join('').replace(/\s/g, ''), `${w}`).toBe(t.replace(/\s/g, '')); // nothing lost but the spaces at a break
        for (const l of lines) {
          expect(l, `${w}: ${lines.join(' / ')}`).not.toMatch(NO_START);
          expect(l, `${w}: ${lines.join(' / ')}`).not.toMatch(/[（「『《【]$/);
        }
      }
  });

  it('a product name is not broken inside where a line can hold it: 经典美式 stays whole', () => {
    for (let w = 10; w <= 30; w++)
      for (const l of wrap('🎁 瑞幸即享咖啡定制套装·经典美式 6杯装 ×2', w, { keep: ['瑞幸即享咖啡定制套装·经典美式 6杯装'] })) {
        expect(l, `${w}`).not.toMatch(/^(典|美式|式)/);
        expect(l, `${w}`).not.toMatch(/经$/);
      }
  });
});

describe('cards', () => {
  it('手慢了 only to whoever tried; the others see it is all taken', async () => {
    app = await renderApp({ users: ['mom', 'dad', 'ming', 'hong'], cols: 160, rows: 45 });
    const o = await app.runner.run({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'guazi', count: 1 });
    const id = String(o.ok && o.result?.packet);
    await app.runner.run({ type: 'open', as: 'hong', packet: id });
    await app.runner.run({ type: 'claim', as: 'dad', packet: id, address: 0 });
    await app.idle();
    expect(app.pane('ming')).toContain('已领完');
    expect(app.pane('ming')).not.toContain('手慢了');
    expect(app.pane('hong')).toContain('手慢了 · 已领完');
  });

  it('a unit held on opening says until when', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40 });
    await app.press('mom', { text: 'p' }); // reserve on open
    await app.runner.run({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'guazi', count: 1 });
    await app.press('dad', 'up', 'enter', 'esc');
    expect(app.pane('dad')).toMatch(/已占到 · \d\d:\d\d 前填地址/);
  });
});

describe('lists, the timeline and the help', () => {
  it('Home, End, PgUp and PgDn move in a list, and a long list says where it is', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 30 });
    await app.press('mom', { text: 'g' });
    const cursor = () => (app!.runner.snapshot().ui.panes[0]!.stack.at(-1) as { cursor: number }).cursor;
    const n = Object.keys(app.state().catalog).length;
    expect(app.pane('mom')).toContain(`1/${n} · ↓`);
    await app.stdin.write('\u001b[F'); // End
    await app.idle();
    expect(cursor()).toBe(n - 1);
    expect(app.pane('mom')).toContain(`${n}/${n}`);
    await app.stdin.write('\u001b[H'); // Home
    await app.idle();
    expect(cursor()).toBe(0);
    await app.stdin.write('\u001b[6~'); // PgDn
    await app.idle();
    expect(cursor()).toBeGreaterThan(5);
    await app.stdin.write('\u001b[5~'); // PgUp
    await app.idle();
    expect(cursor()).toBe(0);
  });

  it('a claim and the money it settles are one line of the timeline', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 160, rows: 45 });
    const o = await app.runner.run({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'guazi', count: 1 });
    await app.runner.run({ type: 'claim', as: 'dad', packet: String(o.ok && o.result?.packet), address: 0 });
    await app.idle();
    const lines = app.frame().split('\n');
    const claim = lines.filter((l) => l.includes('爸爸 领取了'));
    expect(claim).toHaveLength(1);
    expect(claim[0]).toContain('托管');
    expect(lines.filter((l) => /│\d\d-\d\d \d\d:\d\d 托管/.test(l))).toEqual([]);
  });

  it('in a race the timeline says when each claim came, to the second', async () => {
    app = await renderApp({ users: ['zhangwei', 'lina'], group: 'work', cols: 160, rows: 45, crowd: 30 });
    await app.runner.run({ type: 'send', as: 'zhangwei', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 3 });
    await app.crowd!.advance('8s');
    // The crowd moves the simulated clock as it acts: each claim has its second (20:00:02), or,
    // at the send's very instant, how long after it on the presenter's clock (+1.8s).
    expect(app.frame()).toMatch(/\d\d:\d\d(:\d\d| \+\d+\.\ds) .*领取了/);
  });

  it('the help at 100×30 and 80×24 keeps every section heading', async () => {
    for (const [cols, rows] of [
      [100, 30],
      [80, 24],
    ] as const) {
      app = await renderApp({ users: ['mom', 'dad'], cols, rows });
      await app.press('mom', { text: '?' });
      const f = app.frame();
      for (const h of ['窗格与程序', '时间与规则', '移动与选择', '聊天', '选礼物', '表单与输入', '播放场景']) expect(f, `${cols}×${rows} ${h}`).toContain(h);
      app.unmount();
      app = undefined;
    }
  });
});
