// What goes wrong around a run, and how the runner reports it: an unreadable case or
// expectation, a native oracle that is absent, crashes or hangs, an oracle that cannot start.
// Each is one clear message naming the case (or the oracle), and the rest of the run goes on.
// Also the progress bar, which only a terminal gets.

import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL_ROOT } from '../../../harness/cases.ts';
import { main } from '../../../harness/cli.ts';
import { formatExpectation } from '../../../harness/expected.ts';
import { formatReport, Progress } from '../../../harness/format.ts';
import type { CaseReport, RunReport } from '../../../harness/runner.ts';
import { runConformance } from '../../../harness/runner.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const fake = { module: pathToFileURL(path.join(here, 'fake-oracle.ts')).href };

let dir: string;
let corpus: string;
/** A category no other run uses, so that its folder under /tmp/terrarium is ours alone. */
let category: string;
let fakePython: string;

const byId = (r: RunReport) => Object.fromEntries(r.cases.map((c) => [c.id, c])) as Record<string, CaseReport>;

async function put(rel: string, data: string | Uint8Array): Promise<string> {
  const f = path.join(corpus, rel);
  await mkdir(path.dirname(f), { recursive: true });
  await writeFile(f, data);
  return f;
}

/** Runs `fn` with TERRARIUM_PYTHON set (worker threads copy the environment when they start). */
async function withPython<T>(exe: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.TERRARIUM_PYTHON;
  process.env.TERRARIUM_PYTHON = exe;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.TERRARIUM_PYTHON;
    else process.env.TERRARIUM_PYTHON = saved;
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'conform-robust-'));
  corpus = path.join(dir, 'corpus');
  category = `robustness-test-${process.pid}-${path.basename(dir)}`;
  // A stand-in for python3.14: prints the script, or kills itself, or hangs, by its name.
  fakePython = path.join(dir, 'python3.14');
  await writeFile(
    fakePython,
    `#!/bin/sh
if [ "$1" = "--version" ]; then echo "Python 3.14.8"; exit 0; fi
for a; do f="$a"; done
case "$f" in
  *crash*) kill -SEGV $$ ;;
  *hang*) exec sleep 30 ;;
  *) cat "$f"; exit 0 ;;
esac
`,
  );
  await chmod(fakePython, 0o755);
  await put(`${category}/ok.py`, 'print("ok")\n');
  await put(`${category}/crash.py`, 'x = 1\n');
  await put(`${category}/hang.py`, '# conform: timeout 300\nwhile True: pass\n');
  await put(`${category}/ok2.py`, 'print("ok too")\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a native oracle that crashes or hangs on some cases', () => {
  for (const jobs of [0, 2]) {
    it(`names each case with its problem and records the others (jobs=${jobs})`, async () => {
      const report = await withPython(fakePython, () => runConformance({ repoRoot, corpusRoot: corpus, selectors: [path.join(corpus, category)], mode: 'record', oracle: 'native', jobs, timeoutMs: 5000 }));
      const c = byId(report);
      const id = (n: string) => `${category}/${n}`;
      expect(c[id('ok.py')]).toMatchObject({ outcome: 'pass', message: expect.stringMatching(/recorded|unchanged/) });
      expect(c[id('ok2.py')].outcome).toBe('pass');
      expect(c[id('crash.py')]).toMatchObject({ outcome: 'fail', message: 'oracle error: native CPython failed: killed by SIGSEGV' });
      expect(c[id('hang.py')]).toMatchObject({ outcome: 'fail', message: 'timed out: native CPython did not finish within 300 ms' });
      expect(existsSync(path.join(corpus, category, 'ok.expected'))).toBe(true);
      expect(existsSync(path.join(corpus, category, 'crash.expected'))).toBe(false);
      const text = formatReport(report);
      expect(text).toContain(`FAIL ${id('crash.py')}: oracle error: native CPython failed: killed by SIGSEGV`);
      expect(text).toContain(`FAIL ${id('hang.py')}: timed out`);
      expect(report.failed).toBe(true);
      // The copies at /tmp/terrarium/<id> are gone, and their folder with them.
      expect(existsSync(path.join(CANONICAL_ROOT, category))).toBe(false);
    }, 30_000);
  }
});

describe('an oracle that is absent or cannot start', () => {
  for (const jobs of [0, 2]) {
    it(`native CPython not found: one clear error (jobs=${jobs})`, async () => {
      const missing = path.join(dir, 'no-such-python3.14');
      await expect(withPython(missing, () => runConformance({ repoRoot, corpusRoot: corpus, selectors: [path.join(corpus, category)], mode: 'record', oracle: 'native', jobs, timeoutMs: 5000 }))).rejects.toThrow(
        new RegExp(`cannot run native CPython ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(from TERRARIUM_PYTHON\\)`),
      );
    }, 30_000);

    it(`an oracle module that throws when created (jobs=${jobs})`, async () => {
      const mod = path.join(dir, 'broken-oracle.mjs');
      await writeFile(mod, "export function createOracle() { throw new Error('this oracle is broken'); }\n");
      await expect(runConformance({ repoRoot, corpusRoot: corpus, selectors: [path.join(corpus, category)], mode: 'compare', oracle: { module: pathToFileURL(mod).href }, jobs, timeoutMs: 5000 })).rejects.toThrow('this oracle is broken');
    }, 30_000);
  }

  it('the command line says so and exits with status 2', async () => {
    const write = process.stderr.write;
    let printed = '';
    process.stderr.write = ((s: string) => ((printed += s), true)) as typeof process.stderr.write;
    let status: number;
    try {
      status = await withPython(path.join(dir, 'no-such-python3.14'), () => main(['--record', '--quiet', '--jobs', '0', '--corpus', corpus, path.join(corpus, category)]));
    } finally {
      process.stderr.write = write;
    }
    expect(status).toBe(2);
    expect(printed).toMatch(/^terrarium-conform: cannot run native CPython .*no-such-python3\.14 \(from TERRARIUM_PYTHON\)/);
  }, 30_000);
});

describe('unreadable cases and expectations', () => {
  it('a dangling case file and an expectation that is a folder: each named, the run goes on', async () => {
    const d = `${category}-files`;
    await put(`${d}/fine.py`, 'fine\n');
    await put(`${d}/fine.expected`, formatExpectation({ recordedFrom: 'CPython 3.14.8 (fake)', exit: 0, stdout: new TextEncoder().encode('fine\n'), stderr: new TextEncoder().encode(`/tmp/terrarium/${d}/fine.py`) }));
    await symlink(path.join(dir, 'nowhere.py'), path.join(corpus, d, 'dangling.py'));
    await put(`${d}/odd.py`, 'odd\n');
    await mkdir(path.join(corpus, d, 'odd.expected'));
    const report = await runConformance({ repoRoot, corpusRoot: corpus, selectors: [path.join(corpus, d)], mode: 'compare', oracle: fake, jobs: 0, timeoutMs: 5000 });
    const c = byId(report);
    expect(c[`${d}/fine.py`].outcome).toBe('pass');
    expect(c[`${d}/dangling.py`]).toMatchObject({ outcome: 'fail', message: expect.stringMatching(/^corrupt case: cannot read the case: ENOENT/) });
    expect(c[`${d}/odd.py`]).toMatchObject({ outcome: 'fail', message: expect.stringMatching(/^cannot read odd\.expected: EISDIR/) });
  });
});

describe('the progress bar', () => {
  function fakeStream(tty: boolean) {
    const chunks: string[] = [];
    const stream = { isTTY: tty, columns: 70, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WriteStream;
    return { stream, text: () => chunks.join('') };
  }
  const info = { kind: 'terrarium', recordedFrom: 'Terrarium 0.1.0 (in-process)', version: '0.1.0' };
  const cases: CaseReport[] = [
    { id: 'syntax/a.py', category: 'syntax', outcome: 'pass', duration_ms: 1 },
    { id: 'syntax/b.py', category: 'syntax', outcome: 'fail', duration_ms: 1 },
    { id: 'syntax/c.py', category: 'syntax', outcome: 'pass', duration_ms: 1 },
  ];

  it('on a terminal: a bar redrawn in place, with counts and failures, erased at the end', () => {
    const { stream, text } = fakeStream(true);
    const p = new Progress(stream, true);
    p.start(3, 'compare', info, 2);
    cases.forEach((c, i) => p.update(c, i + 1, 3));
    p.stop();
    const out = text();
    expect(out).toMatch(/^conform: running 3 cases with Terrarium 0\.1\.0 \(in-process\), 2 worker threads\n/);
    expect(out).toContain('\r\x1b[K');
    expect(out).toMatch(/█+ 3\/3 \x1b\[31m1 failed\x1b\[0m syntax\/c\.py/);
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('elsewhere (a pipe, a CI log): one line, no bar', () => {
    const { stream, text } = fakeStream(false);
    const p = new Progress(stream, true);
    p.start(3, 'compare', info, 0);
    cases.forEach((c, i) => p.update(c, i + 1, 3));
    p.stop();
    expect(text()).toBe('conform: running 3 cases with Terrarium 0.1.0 (in-process), on the main thread\n');
  });
});
