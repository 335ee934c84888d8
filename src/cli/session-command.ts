// The interactive session. Until the terminal UI lands this shows the bundled world and how to
// play a scenario.
import { yuan } from '../domain/money';
import { bundledWorld } from '../world-file';

export async function sessionCommand(_argv: string[]): Promise<number> {
  const w = bundledWorld();
  const out: string[] = ['bluepacket — 内置世界 (data/world.json)', ''];
  for (const g of w.groups) out.push(`群 ${g.name} (${g.id})：${g.members.length} 人`);
  out.push('', `用户 ${w.users.length} 人，例如：`);
  for (const u of w.users.slice(0, 8)) out.push(`  ${u.name} (${u.id}) 钱包 ${yuan(u.wallet)}`);
  out.push('', `礼物 ${w.catalog.length} 件：`);
  for (const p of w.catalog) out.push(`  ${p.emoji ?? '🎁'} ${p.title}  ${p.specs.map((s) => `${s.label} ${yuan(s.price)}`).join(' / ')}`);
  out.push('', '运行一个场景：  bin/bluepacket play data/scenarios/lottery-new-year.json', '');
  process.stdout.write(out.join('\n'));
  return 0;
}
