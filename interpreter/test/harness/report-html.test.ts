// The dashboard: rendered from a report, then opened in a real headless Chromium (Debian's
// package; the browser test is skipped where /usr/bin/chromium is absent).

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareOutcome } from '../../../harness/runner.ts';
import type { RunReport } from '../../../harness/runner.ts';
import type { HistoryPoint } from '../../../harness/report-html.ts';
import { loadHistory, renderHtml } from '../../../harness/report-html.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const CHROMIUM = '/usr/bin/chromium';

function sampleReport(): RunReport {
  const diff = compareOutcome(
    { exit: 1, stdout: enc(''), stderr: enc('  File "/tmp/terrarium/syntax-errors/x.py", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n') },
    { exit: 0, stdout: enc('<script>alert(1)</script>\n'), stderr: enc('  File "/tmp/terrarium/syntax-errors/x.py", line 1\n    def f(:\n         ^\nSyntaxError: bad syntax\n') },
  );
  return {
    schema: 'terrarium-conform/1',
    mode: 'compare',
    started_at: '2026-11-25T12:00:00.000Z',
    duration_ms: 1234,
    oracle: { kind: 'terrarium', recorded_from: 'Terrarium 0.1.0 (in-process)', version: '0.1.0' },
    versions: { cpython: ['CPython 3.14.8 (native)'], terrarium: '0.1.0+abc', node: 'v20' },
    jobs: 2,
    totals: { cases: 4, pass: 2, fail: 1, skip: 0, xfail: 1 },
    cases: [
      { id: 'syntax/a.py', category: 'syntax', outcome: 'pass', duration_ms: 1 },
      { id: 'syntax/b.py', category: 'syntax', outcome: 'pass', duration_ms: 1 },
      { id: 'syntax-errors/x.py', category: 'syntax-errors', outcome: 'fail', duration_ms: 2, diff },
      { id: 'syntax-errors/y.py', category: 'syntax-errors', outcome: 'xfail', duration_ms: 2 },
    ],
    problems: [],
    failed: true,
  };
}

const history: HistoryPoint[] = [
  { started_at: '2026-11-20T12:00:00.000Z', totals: { cases: 4, pass: 1, fail: 3, skip: 0, xfail: 0 }, terrarium: 'old' },
  { started_at: '2026-11-22T12:00:00.000Z', totals: { cases: 4, pass: 2, fail: 1, skip: 1, xfail: 0 }, terrarium: 'older' },
];

describe('the HTML dashboard', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'conform-html-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is self-contained and escapes what the programs printed', () => {
    const html = renderHtml(sampleReport(), history);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<b id="pass-rate">50.0%</b>');
    expect(html).toContain('data-id="syntax-errors/x.py"');
  });

  it('reads earlier JSON reports as history', async () => {
    const h = path.join(dir, 'history');
    await rm(h, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(h, { recursive: true }));
    await writeFile(path.join(h, 'b.json'), JSON.stringify({ ...sampleReport(), started_at: '2026-11-24T00:00:00.000Z' }));
    await writeFile(path.join(h, 'a.json'), JSON.stringify({ ...sampleReport(), started_at: '2026-11-23T00:00:00.000Z' }));
    await writeFile(path.join(h, 'junk.json'), '{not json');
    await writeFile(path.join(h, 'notes.txt'), 'ignored');
    const points = await loadHistory(h);
    expect(points.map((p) => p.started_at)).toEqual(['2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z']);
  });

  it.skipIf(!existsSync(CHROMIUM))('shows pass rates, history and side-by-side diffs in a real browser', async () => {
    const { chromium } = await import('playwright-core');
    const file = path.join(dir, 'index.html');
    await writeFile(file, renderHtml(sampleReport(), history));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(pathToFileURL(file).href);
      expect(await page.title()).toBe('Terrarium conformance: 50.0%');
      expect(await page.textContent('#pass-rate')).toBe('50.0%');
      const rows = await page.$$eval('#categories tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-category'), tr.querySelector('.rate')?.textContent]));
      expect(rows).toEqual([
        ['syntax', '100.0%'],
        ['syntax-errors', '0.0%'],
      ]);
      // Three points: two earlier reports and this run.
      expect(await page.$$eval('#history circle', (cs) => cs.map((c) => c.getAttribute('data-rate')))).toEqual(['25.0', '66.7', '50.0']);
      const failure = page.locator('details.failure[data-id="syntax-errors/x.py"]');
      expect(await failure.isVisible()).toBe(true);
      expect(await failure.locator('.exit').textContent()).toBe('exit status: expected 1, got 0');
      expect(await failure.locator('td.del').allTextContents()).toContain('SyntaxError: invalid syntax');
      expect(await failure.locator('td.add').allTextContents()).toContain('SyntaxError: bad syntax');
      // What the program printed is shown as text, not run.
      expect(await failure.locator('td.add').first().textContent()).toBe('<script>alert(1)</script>');
      const shot = process.env.CONFORM_SCREENSHOT ?? path.join(dir, 'dashboard.png');
      await page.screenshot({ path: shot, fullPage: true });
      const png = await readFile(shot);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
