// `bluepacket draw --seed SEED --count N ENTRANT...`: re-run a lottery from its revealed seed
// and its entrants in join order. It calls the very function the engine's draw calls.
import { parseArgs } from 'node:util';
import { drawWithoutReplacement } from '../domain/random';
import { UsageError } from './usage';

export function drawCommand(argv: string[]): string {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { seed: { type: 'string' }, count: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.seed === undefined) throw new UsageError('draw: --seed SEED is required (the drawSeed a packet revealed)');
  const count = Number(values.count);
  if (values.count === undefined || !Number.isSafeInteger(count) || count < 1) throw new UsageError('draw: --count N must be a whole number ≥ 1');
  if (positionals.length === 0) throw new UsageError('draw: give the ENTRANTs, in join order, after the options (a draw needs at least one)');
  if (new Set(positionals).size !== positionals.length) throw new UsageError('draw: an entrant is listed twice');
  return drawWithoutReplacement(positionals, count, values.seed).join(' ') + '\n';
}
