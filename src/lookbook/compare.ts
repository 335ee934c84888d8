// Comparing a rendered state with its golden file, and showing the difference as a unified
// diff: the lines of the longest common subsequence stay, the others come out as `-` (the
// golden file) and `+` (rendered now), in hunks with a line of context. Frames are a few dozen
// lines, so the plain dynamic-programming LCS is instant.

export interface Hunk {
  /** 1-based first line and line count in the golden text, then in the rendered text. */
  from: number;
  count: number;
  toFrom: number;
  toCount: number;
  /** `  ` kept, `- ` golden only, `+ ` rendered only. */
  lines: string[];
}

const CONTEXT = 1;

type Op = { kind: ' ' | '-' | '+'; text: string };

function edits(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ kind: ' ', text: a[i++]! });
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push({ kind: '-', text: a[i++]! });
    else out.push({ kind: '+', text: b[j++]! });
  }
  return out;
}

/** The hunks where `actual` differs from `expected`; none when they are the same text. */
export function diffLines(expected: string, actual: string): Hunk[] {
  if (expected === actual) return [];
  const ops = edits(expected.split('\n'), actual.split('\n'));
  return hunks(ops, ops.flatMap((op, k) => (op.kind === ' ' ? [] : [k])));
}

/** Cut the edit script into hunks: changes closer than twice the context share one. */
function hunks(ops: Op[], changed: number[]): Hunk[] {
  const groups: Array<[number, number]> = [];
  for (const k of changed) {
    const g = groups[groups.length - 1];
    if (g && k - g[1] <= 2 * CONTEXT + 1) g[1] = k;
    else groups.push([k, k]);
  }
  // Line numbers before each op, in the golden and the rendered text.
  const aLine: number[] = [];
  const bLine: number[] = [];
  let a = 0;
  let b = 0;
  for (const op of ops) {
    aLine.push(a);
    bLine.push(b);
    if (op.kind !== '+') a++;
    if (op.kind !== '-') b++;
  }
  return groups.map(([s, e]) => {
    const start = Math.max(0, s - CONTEXT);
    const end = Math.min(ops.length - 1, e + CONTEXT);
    const slice = ops.slice(start, end + 1);
    return {
      from: aLine[start]! + 1,
      count: slice.filter((op) => op.kind !== '+').length,
      toFrom: bLine[start]! + 1,
      toCount: slice.filter((op) => op.kind !== '-').length,
      lines: slice.map((op) => `${op.kind} ${op.text}`),
    };
  });
}

/** A unified diff: `--- golden`, `+++ rendered`, then `@@ -l,n +l,n @@` hunks. Empty when equal. */
export function formatDiff(goldenPath: string, name: string, expected: string, actual: string): string {
  const hunks = diffLines(expected, actual);
  if (hunks.length === 0) return '';
  const out = [`--- ${goldenPath} (golden)`, `+++ ${name} (rendered now)`];
  for (const h of hunks) out.push(`@@ -${h.from},${h.count} +${h.toFrom},${h.toCount} @@`, ...h.lines);
  return out.join('\n') + '\n';
}
