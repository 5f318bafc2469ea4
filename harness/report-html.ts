// `--html DIR`: a static, self-contained dashboard (DIR/index.html, no scripts, no network):
// totals, pass rate per category, pass rate over time from earlier JSON reports
// (`--history DIR`), and the failing cases with side-by-side diffs of their streams.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Op } from './diff.ts';
import { diffLines } from './diff.ts';
import type { CaseReport, RunReport, StreamDiff } from './runner.ts';

export interface HistoryPoint {
  started_at: string;
  totals: RunReport['totals'];
  terrarium: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pct = (pass: number, total: number) => (total ? (100 * pass) / total : 0);
/** Pass rate counts what is meant to run: skipped cases are left out. */
const rate = (t: { pass: number; fail: number; xfail: number }) => pct(t.pass, t.pass + t.fail + t.xfail);

/** Reads the JSON reports in a folder (others are ignored), oldest first. */
export async function loadHistory(dir: string): Promise<HistoryPoint[]> {
  const points: HistoryPoint[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch {
    return points;
  }
  for (const n of names) {
    try {
      const r = JSON.parse(await readFile(path.join(dir, n), 'utf8')) as RunReport;
      if (r.schema === 'terrarium-conform/1' && r.mode === 'compare' && r.totals && r.started_at) {
        points.push({ started_at: r.started_at, totals: r.totals, terrarium: r.versions?.terrarium ?? '' });
      }
    } catch {
      // not a report
    }
  }
  return points.sort((a, b) => (a.started_at < b.started_at ? -1 : 1));
}

function historySvg(points: HistoryPoint[]): string {
  const w = 720;
  const h = 220;
  const pad = { l: 44, r: 16, t: 12, b: 36 };
  const n = points.length;
  const x = (i: number) => pad.l + (n === 1 ? (w - pad.l - pad.r) / 2 : (i * (w - pad.l - pad.r)) / (n - 1));
  const y = (p: number) => pad.t + ((100 - p) * (h - pad.t - pad.b)) / 100;
  const grid = [0, 25, 50, 75, 100]
    .map((p) => `<line x1="${pad.l}" x2="${w - pad.r}" y1="${y(p)}" y2="${y(p)}" class="grid"/><text x="${pad.l - 6}" y="${y(p) + 4}" text-anchor="end">${p}%</text>`)
    .join('');
  const coords = points.map((p, i) => `${x(i).toFixed(1)},${y(rate(p.totals)).toFixed(1)}`);
  const dots = points
    .map((p, i) => {
      const r = rate(p.totals);
      return `<circle cx="${x(i).toFixed(1)}" cy="${y(r).toFixed(1)}" r="3.5" data-rate="${r.toFixed(1)}"><title>${esc(p.started_at)}: ${r.toFixed(1)}% (${p.totals.pass}/${p.totals.pass + p.totals.fail + p.totals.xfail}) ${esc(p.terrarium)}</title></circle>`;
    })
    .join('');
  const labels = [0, n - 1]
    .filter((i, k, a) => i >= 0 && a.indexOf(i) === k)
    .map((i) => `<text x="${x(i)}" y="${h - 12}" text-anchor="${n === 1 ? 'middle' : i === 0 ? 'start' : 'end'}">${esc(points[i].started_at.slice(0, 16).replace('T', ' '))}</text>`)
    .join('');
  return `<svg id="history" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="pass rate over time">${grid}<polyline points="${coords.join(' ')}" class="line"/>${dots}${labels}</svg>`;
}

/** Rows of a side-by-side diff: runs of removals and additions are paired up. */
function sideBySide(d: StreamDiff): string {
  const ops: Op[] = diffLines(d.expected, d.actual);
  const rows: string[] = [];
  let el = 0;
  let al = 0;
  const cell = (cls: string, n: number | '', text: string | undefined) =>
    `<td class="n">${n}</td><td class="${cls}">${text === undefined ? '' : esc(text.replace(/\n$/, '')) + (text.endsWith('\n') ? '' : '<span class="nonl">⏎̸</span>')}</td>`;
  let i = 0;
  while (i < ops.length && rows.length < 400) {
    if (ops[i].kind === ' ') {
      el++;
      al++;
      rows.push(`<tr>${cell('same', el, ops[i].line)}${cell('same', al, ops[i].line)}</tr>`);
      i++;
      continue;
    }
    const del: string[] = [];
    const add: string[] = [];
    while (i < ops.length && ops[i].kind !== ' ') {
      (ops[i].kind === '-' ? del : add).push(ops[i].line);
      i++;
    }
    for (let k = 0; k < Math.max(del.length, add.length); k++) {
      const l = del[k] === undefined ? cell('none', '', undefined) : cell('del', ++el, del[k]);
      const r = add[k] === undefined ? cell('none', '', undefined) : cell('add', ++al, add[k]);
      rows.push(`<tr>${l}${r}</tr>`);
    }
  }
  return `<table class="sbs"><colgroup><col class="num"><col><col class="num"><col></colgroup><thead><tr><th colspan="2">expected (CPython)</th><th colspan="2">actual</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function failureBlock(c: CaseReport): string {
  const parts = [`<summary><code>${esc(c.id)}</code>${c.message ? ` <span class="msg">${esc(c.message)}</span>` : ''}</summary>`];
  if (c.diff?.exit) parts.push(`<p class="exit">exit status: expected <b>${c.diff.exit.expected}</b>, got <b>${c.diff.exit.actual}</b></p>`);
  for (const s of ['stdout', 'stderr'] as const) {
    const d = c.diff?.[s];
    if (d) parts.push(`<h4>${s}</h4>${sideBySide(d)}`);
  }
  return `<details class="failure" data-id="${esc(c.id)}" open>${parts.join('\n')}</details>`;
}

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1200px;padding:0 16px;color:#1d2330}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}h4{margin:10px 0 4px;font-size:13px}
.meta{color:#5b6475}.totals{display:flex;gap:12px;margin:16px 0}.totals div{padding:8px 14px;border-radius:6px;background:#f1f3f7}
.totals b{display:block;font-size:20px}.pass b{color:#1a7f37}.fail b{color:#cf222e}.xfail b{color:#9a6700}
table.cat{border-collapse:collapse;width:100%}table.cat th,table.cat td{padding:4px 8px;border-bottom:1px solid #e4e7ec;text-align:right}
table.cat th:first-child,table.cat td:first-child{text-align:left}.bar{width:220px}.bar span{display:block;height:10px;background:#1a7f37;border-radius:3px}
.bar div{background:#f3d6d8;border-radius:3px}#history .grid{stroke:#e4e7ec}#history .line{fill:none;stroke:#1a7f37;stroke-width:2}
#history circle{fill:#1a7f37}#history text{font-size:11px;fill:#5b6475}
details.failure{border:1px solid #e4e7ec;border-radius:6px;margin:10px 0;padding:6px 10px}summary{cursor:pointer}.msg{color:#5b6475}
table.sbs{border-collapse:collapse;width:100%;font:12px/1.35 ui-monospace,monospace;table-layout:fixed}
table.sbs td{vertical-align:top;white-space:pre-wrap;word-break:break-all;padding:0 6px}table.sbs col.num{width:3.5em}table.sbs td.n{color:#8b93a3;text-align:right}table.sbs th{text-align:left;padding:2px 6px}
td.del{background:#ffebe9}td.add{background:#e6ffec}td.none{background:#f6f8fa}.nonl{color:#cf222e}
`;

export function renderHtml(report: RunReport, history: HistoryPoint[] = []): string {
  const t = report.totals;
  const cats = new Map<string, { pass: number; fail: number; skip: number; xfail: number }>();
  for (const c of report.cases) {
    const row = cats.get(c.category) ?? { pass: 0, fail: 0, skip: 0, xfail: 0 };
    row[c.outcome]++;
    cats.set(c.category, row);
  }
  const catRows = [...cats.keys()]
    .sort()
    .map((name) => {
      const r = cats.get(name)!;
      const pr = rate(r);
      return `<tr data-category="${esc(name)}"><td>${esc(name)}</td><td>${r.pass}</td><td>${r.fail}</td><td>${r.skip}</td><td>${r.xfail}</td><td class="rate">${pr.toFixed(1)}%</td><td class="bar"><div><span style="width:${pr.toFixed(1)}%"></span></div></td></tr>`;
    })
    .join('\n');
  const points = [...history.filter((h) => h.started_at !== report.started_at), ...(report.mode === 'compare' ? [{ started_at: report.started_at, totals: t, terrarium: report.versions.terrarium }] : [])].sort((a, b) =>
    a.started_at < b.started_at ? -1 : 1,
  );
  const failures = report.cases.filter((c) => c.outcome === 'fail');
  const shown = failures.slice(0, 200);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Terrarium conformance: ${rate(t).toFixed(1)}%</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${CSS}</style></head>
<body>
<h1>Terrarium conformance</h1>
<p class="meta">${esc(report.mode)} run of ${esc(report.started_at)} · oracle ${esc(report.oracle.recorded_from || report.oracle.kind)} · Terrarium ${esc(report.versions.terrarium)} · expectations from ${esc(report.versions.cpython.join(', ') || 'n/a')} · ${(report.duration_ms / 1000).toFixed(2)} s</p>
<div class="totals" id="totals">
<div class="rate"><b id="pass-rate">${rate(t).toFixed(1)}%</b>pass rate</div>
<div class="pass"><b>${t.pass}</b>passed</div><div class="fail"><b>${t.fail}</b>failed</div>
<div class="xfail"><b>${t.xfail}</b>known failures</div><div><b>${t.skip}</b>skipped</div><div><b>${t.cases}</b>cases</div>
</div>
<h2>By category</h2>
<table class="cat" id="categories"><thead><tr><th>category</th><th>passed</th><th>failed</th><th>skipped</th><th>xfail</th><th>pass rate</th><th></th></tr></thead>
<tbody>
${catRows}
</tbody></table>
${points.length ? `<h2>Pass rate over time</h2>\n${historySvg(points)}` : ''}
<h2>Failures (${failures.length})</h2>
${failures.length ? shown.map(failureBlock).join('\n') : '<p id="no-failures">No failures.</p>'}
${failures.length > shown.length ? `<p>… and ${failures.length - shown.length} more (see the JSON report).</p>` : ''}
${report.problems.length ? `<h2>Problems</h2><ul>${report.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
