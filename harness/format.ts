// What the runner prints: a progress bar on a terminal (one plain line otherwise), then the
// failures with short diffs, a table per category and the totals (vitest and pytest style).

import type { OracleInfo } from './oracles/oracle.ts';
import type { CaseReport, Mode, RunReport } from './runner.ts';

const paint = (on: boolean) => {
  const c = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: c(31), green: c(32), yellow: c(33), dim: c(2), bold: c(1), cyan: c(36) };
};

export class Progress {
  private tty: boolean;
  private last = 0;
  private failed = 0;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {
    this.tty = out.isTTY === true;
  }

  start(total: number, mode: Mode, info: OracleInfo, jobs: number): void {
    if (!this.enabled) return;
    const what = mode === 'record' ? 'recording' : mode === 'verify-oracle' ? 'checking the recordings of' : 'running';
    const who = info.recordedFrom || info.kind;
    this.out.write(`conform: ${what} ${total} case${total === 1 ? '' : 's'} with ${who}, ${jobs > 0 ? `${jobs} worker thread${jobs === 1 ? '' : 's'}` : 'on the main thread'}\n`);
  }

  update(r: CaseReport, done: number, total: number): void {
    if (r.outcome === 'fail') this.failed++;
    if (!this.enabled || !this.tty) return;
    const now = Date.now();
    if (done < total && now - this.last < 50) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const failsText = this.failed ? ` ${this.failed} failed` : '';
    const head = `${bar} ${done}/${total}${failsText} `;
    const cols = this.out.columns || 80;
    let id = r.id;
    const room = cols - 1 - head.length;
    if (id.length > room) id = room > 1 ? `…${id.slice(id.length - room + 1)}` : '';
    const line = `${bar} ${done}/${total}${failsText ? ` \x1b[31m${failsText.trim()}\x1b[0m` : ''} ${id}`;
    this.out.write(`\r\x1b[K${line}`);
    this.drawn = true;
  }

  stop(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }
}

function indent(s: string, pad = '    '): string {
  return s
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

export function formatFailure(r: CaseReport, color = false): string {
  const p = paint(color);
  const lines = [`${p.red(p.bold('FAIL'))} ${r.id}${r.message ? `: ${r.message}` : ''}`];
  if (r.diff?.exit) lines.push(`    exit status: expected ${r.diff.exit.expected}, got ${r.diff.exit.actual}`);
  for (const s of ['stdout', 'stderr'] as const) {
    const d = r.diff?.[s];
    if (!d) continue;
    const body = d.diff
      .split('\n')
      .map((l) => (l.startsWith('+') && !l.startsWith('+++') ? p.green(l) : l.startsWith('-') && !l.startsWith('---') ? p.red(l) : l.startsWith('@@') ? p.cyan(l) : l))
      .join('\n');
    lines.push(indent(body));
  }
  return lines.join('\n');
}

export function formatReport(report: RunReport, opts: { maxDiffs?: number; color?: boolean } = {}): string {
  const p = paint(opts.color ?? false);
  const maxDiffs = opts.maxDiffs ?? 20;
  const out: string[] = [];
  const failures = report.cases.filter((c) => c.outcome === 'fail');
  if (failures.length) {
    out.push('');
    for (const f of failures.slice(0, maxDiffs)) out.push(formatFailure(f, opts.color), '');
    if (failures.length > maxDiffs) out.push(p.dim(`... and ${failures.length - maxDiffs} more failures (--max-diffs N shows more; --json FILE has them all)`), '');
  }
  // One row per category.
  const rows = new Map<string, { pass: number; fail: number; skip: number; xfail: number }>();
  for (const c of report.cases) {
    const row = rows.get(c.category) ?? { pass: 0, fail: 0, skip: 0, xfail: 0 };
    row[c.outcome]++;
    rows.set(c.category, row);
  }
  if (rows.size) {
    const names = [...rows.keys()].sort();
    const w = Math.max(8, ...names.map((n) => n.length), 'total'.length);
    const col = (s: string | number) => String(s).padStart(8);
    const passLabel = report.mode === 'record' ? 'recorded' : 'passed';
    out.push(p.bold(`${'category'.padEnd(w)} ${col(passLabel)} ${col('failed')} ${col('skipped')} ${col('xfail')}`));
    for (const n of names) {
      const r = rows.get(n)!;
      const line = `${n.padEnd(w)} ${col(r.pass)} ${col(r.fail)} ${col(r.skip)} ${col(r.xfail)}`;
      out.push(r.fail ? p.red(line) : line);
    }
    const t = report.totals;
    out.push(p.bold(`${'total'.padEnd(w)} ${col(t.pass)} ${col(t.fail)} ${col(t.skip)} ${col(t.xfail)}`));
  }
  if (report.mode === 'record') {
    const count = (m: string) => report.cases.filter((c) => c.outcome === 'pass' && c.message === m).length;
    out.push(`recorded from ${report.oracle.recorded_from}: ${count('recorded')} new, ${count('updated')} updated, ${count('unchanged')} unchanged`);
  }
  for (const problem of report.problems) out.push(p.yellow(`warning: ${problem}`));
  const skips = report.cases.filter((c) => c.outcome === 'skip');
  if (skips.length && skips.length <= 10) for (const s of skips) out.push(p.dim(`skipped ${s.id}: ${s.message ?? ''}`));
  const t = report.totals;
  const parts = [t.fail ? p.red(`${t.fail} failed`) : '', p.green(`${t.pass} passed`), t.xfail ? p.yellow(`${t.xfail} xfail`) : '', t.skip ? `${t.skip} skipped` : ''].filter(Boolean);
  const verdict = report.interrupted ? p.yellow(p.bold('INTERRUPTED')) : report.failed ? p.red(p.bold('FAILED')) : p.green(p.bold('OK'));
  out.push(`${verdict} ${parts.join(', ')} (${t.cases} case${t.cases === 1 ? '' : 's'}${report.interrupted ? ' finished before the run was stopped' : ''} in ${(report.duration_ms / 1000).toFixed(2)} s)`);
  return out.join('\n') + '\n';
}
