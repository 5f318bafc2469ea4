// A short unified diff of two texts (Myers' O(ND) algorithm on lines), for failure reports.

export function splitLines(text: string): string[] {
  // Keep line terminators so that a missing final newline shows up as a difference.
  const out = text.match(/[^\n]*\n|[^\n]+$/g);
  return out ?? [];
}

export type Op = { kind: ' ' | '-' | '+'; line: string };

function myers(a: string[], b: string[], maxD: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxD);
  const v = new Map<number, number>();
  v.set(1, 0);
  const trace: Map<number, number>[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) {
        // Backtrack.
        const ops: Op[] = [];
        let cx = n;
        let cy = m;
        for (let dd = d; dd > 0; dd--) {
          const vv = trace[dd];
          const kk = cx - cy;
          const prevK = kk === -dd || (kk !== dd && (vv.get(kk - 1) ?? -1) < (vv.get(kk + 1) ?? -1)) ? kk + 1 : kk - 1;
          const px = vv.get(prevK)!;
          const py = px - prevK;
          while (cx > px && cy > py) ops.push({ kind: ' ', line: a[--cx] }), cy--;
          if (cx === px) ops.push({ kind: '+', line: b[--cy] });
          else ops.push({ kind: '-', line: a[--cx] });
        }
        while (cx > 0 && cy > 0) ops.push({ kind: ' ', line: a[--cx] }), cy--;
        return ops.reverse();
      }
    }
  }
  return null;
}

/** The edit script turning `expected` into `actual`, line by line (terminators kept). */
export function diffLines(expected: string, actual: string): Op[] {
  const a = splitLines(expected);
  const b = splitLines(actual);
  return myers(a, b, 2000) ?? [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
}

function show(line: string): string {
  if (line.endsWith('\n')) return line.slice(0, -1);
  return `${line}\n\\ No newline at end of stream`;
}

export interface DiffOptions {
  context?: number;
  maxLines?: number;
  labels?: [string, string];
}

/** A unified diff of `expected` against `actual`, cut to `maxLines` lines. Empty when equal. */
export function unifiedDiff(expected: string, actual: string, opts: DiffOptions = {}): string {
  if (expected === actual) return '';
  const context = opts.context ?? 3;
  const maxLines = opts.maxLines ?? 40;
  const [la, lb] = opts.labels ?? ['expected', 'actual'];
  const a = splitLines(expected);
  const b = splitLines(actual);
  const ops = myers(a, b, 2000) ?? [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
  const out: string[] = [`--- ${la}`, `+++ ${lb}`];
  // Group changes into hunks with `context` lines around them.
  let i = 0;
  let ai = 0;
  let bi = 0;
  const pos: { ai: number; bi: number }[] = [];
  for (const op of ops) {
    pos.push({ ai, bi });
    if (op.kind !== '+') ai++;
    if (op.kind !== '-') bi++;
  }
  while (i < ops.length) {
    while (i < ops.length && ops[i].kind === ' ') i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - context);
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next].kind === ' ') next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const h = ops.slice(start, stop);
    const aLen = h.filter((o) => o.kind !== '+').length;
    const bLen = h.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${pos[start].ai + 1},${aLen} +${pos[start].bi + 1},${bLen} @@`);
    for (const o of h) out.push(...show(o.line).split('\n').map((l, j) => (j === 0 ? o.kind + l : l)));
    i = stop;
  }
  if (out.length > maxLines) {
    const cut = out.length - maxLines;
    return [...out.slice(0, maxLines), `... (${cut} more diff lines)`].join('\n');
  }
  return out.join('\n');
}
