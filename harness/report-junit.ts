// JUnit XML for CI systems: one <testsuite> per category, one <testcase> per case. A failure
// carries the runner's diff; skipped and known-failure (xfail) cases are <skipped/>.

import type { CaseReport, RunReport } from './runner.ts';
import { formatFailure } from './format.ts';

function xml(s: string): string {
  // Characters XML 1.0 cannot hold at all are shown as \xNN.
  // eslint-disable-next-line no-control-regex
  return s
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(c: CaseReport): string {
  const open = `    <testcase classname="${xml(`corpus.${c.category.replace(/\//g, '.')}`)}" name="${xml(c.id)}" time="${seconds(c.duration_ms)}"`;
  switch (c.outcome) {
    case 'pass':
      return `${open}/>`;
    case 'skip':
      return `${open}>\n      <skipped message="${xml(c.message ?? 'skipped')}"/>\n    </testcase>`;
    case 'xfail':
      return `${open}>\n      <skipped message="${xml(`known failure (corpus/known-failures.txt)${c.message ? `: ${c.message}` : ''}`)}"/>\n    </testcase>`;
    case 'fail': {
      const message = c.message ?? (c.diff ? `differs: ${Object.keys(c.diff).join(', ')}` : 'failed');
      return `${open}>\n      <failure message="${xml(message)}">${xml(formatFailure(c))}</failure>\n    </testcase>`;
    }
  }
}

export function junitXml(report: RunReport): string {
  const byCategory = new Map<string, CaseReport[]>();
  for (const c of report.cases) byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c]);
  const t = report.totals;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="terrarium-conform" tests="${t.cases}" failures="${t.fail}" skipped="${t.skip + t.xfail}" errors="0" time="${seconds(report.duration_ms)}" timestamp="${report.started_at}">`,
  ];
  for (const [category, cases] of [...byCategory].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const fail = cases.filter((c) => c.outcome === 'fail').length;
    const skip = cases.filter((c) => c.outcome === 'skip' || c.outcome === 'xfail').length;
    const time = cases.reduce((s, c) => s + c.duration_ms, 0);
    lines.push(`  <testsuite name="${xml(category)}" tests="${cases.length}" failures="${fail}" skipped="${skip}" errors="0" time="${seconds(time)}">`);
    for (const c of cases) lines.push(testcase(c));
    lines.push('  </testsuite>');
  }
  for (const p of report.problems) lines.push(`  <!-- ${xml(p).replace(/--/g, '- -')} -->`);
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
