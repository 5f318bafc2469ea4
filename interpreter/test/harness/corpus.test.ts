// The conformance gate inside `npm test`: every corpus case, run by Terrarium in-process,
// against its recorded CPython expectation, with the known-failures ratchet applied. Fast (no
// oracle, no child processes): two worker threads, so that a case that hangs Terrarium is cut
// off at its time limit instead of hanging the test run (CONFORM_JOBS=0 runs on the test's
// own thread). On failure the message is the runner's own report: the failing cases with
// their diffs and the table per category.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { formatReport } from '../../../harness/format.ts';
import { defaultJobs, runConformance } from '../../../harness/runner.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

it('the corpus matches the recorded CPython expectations (npm run conform for details)', async () => {
  const report = await runConformance({
    repoRoot,
    corpusRoot: path.join(repoRoot, 'corpus'),
    mode: 'compare',
    oracle: 'terrarium',
    jobs: Number(process.env.CONFORM_JOBS ?? Math.min(2, defaultJobs())),
    timeoutMs: 10_000,
  });
  if (report.failed) {
    expect.fail(`conformance gate failed\n${formatReport(report, { maxDiffs: 30, color: false })}`);
  }
  expect(report.totals.fail).toBe(0);
}, 120_000);
