// The runner end to end on a tiny temporary corpus, with a fake oracle (fake-oracle.ts)
// standing in for both CPython and Terrarium.

import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../../harness/format.ts';
import { formatExpectation, parseExpectation } from '../../../harness/expected.ts';
import type { RunReport } from '../../../harness/runner.ts';
import { runConformance } from '../../../harness/runner.ts';
import { main } from '../../../harness/cli.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const fake = { module: pathToFileURL(path.join(here, 'fake-oracle.ts')).href };
const enc = (s: string) => new TextEncoder().encode(s);

let dir: string;
let corpus: string;

async function put(rel: string, data: string | Uint8Array): Promise<void> {
  const f = path.join(corpus, rel);
  await mkdir(path.dirname(f), { recursive: true });
  await writeFile(f, data);
}

/** What the fake oracle would record for a case. */
function fakeExpectation(id: string, source: string, exit = 0): Uint8Array {
  return formatExpectation({ recordedFrom: 'CPython 3.14.8 (fake)', exit, stdout: enc(source), stderr: enc(`/tmp/terrarium/${id}`) });
}

const byId = (r: RunReport) => Object.fromEntries(r.cases.map((c) => [c.id, c]));

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'conform-test-'));
  corpus = path.join(dir, 'corpus');
  await put('basic/pass.py', 'print(1)\n');
  await put('basic/pass.expected', fakeExpectation('basic/pass.py', 'print(1)\n'));
  await put('basic/fail.py', 'print(2)\n');
  await put('basic/fail.expected', fakeExpectation('basic/fail.py', 'print(3)\n'));
  await put('basic/hang.py', '# conform: timeout 300\n# HANG\n');
  await put('basic/hang.expected', fakeExpectation('basic/hang.py', ''));
  await put('basic/corrupt-expectation.py', 'x\n');
  await put('basic/corrupt-expectation.expected', 'this is not an expectation file\n');
  await put('basic/bad-directive.py', '# conform: frobnicate\nx\n');
  await put('basic/bad-directive.expected', fakeExpectation('basic/bad-directive.py', '# conform: frobnicate\nx\n'));
  await put('basic/missing.py', 'y\n');
  await put('nested/deeper/xfail.py', 'z\n');
  await put('nested/deeper/xfail.expected', fakeExpectation('nested/deeper/xfail.py', 'other\n'));
  await put('nested/deeper/xpass.py', 'w\n');
  await put('nested/deeper/xpass.expected', fakeExpectation('nested/deeper/xpass.py', 'w\n'));
  await put('nested/crash.py', 'CRASH\n');
  await put('nested/crash.expected', fakeExpectation('nested/crash.py', 'CRASH\n'));
  await put('bytes/binary.py', new Uint8Array([0x23, 0x20, 0xff, 0x0a, 0x45, 0x58, 0x49, 0x54, 0x37]));
  await put('bytes/binary.expected', formatExpectation({ recordedFrom: 'CPython 3.14.8 (fake)', exit: 7, stdout: new Uint8Array([0x23, 0x20, 0xff, 0x0a, 0x45, 0x58, 0x49, 0x54, 0x37]), stderr: enc('/tmp/terrarium/bytes/binary.py') }));
  await put('known-failures.txt', '# ratchet\nnested/deeper/xfail.py  # known\nnested/deeper/xpass.py\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the runner on a temporary corpus', () => {
  for (const jobs of [2, 0]) {
    it(`compares, applies the ratchet and survives hangs and corrupt files (jobs=${jobs})`, async () => {
      const seen: string[] = [];
      const report = await runConformance({ repoRoot, corpusRoot: corpus, mode: 'compare', oracle: fake, jobs, timeoutMs: 5000, onCase: (r) => seen.push(r.id) });
      const c = byId(report);
      expect(Object.keys(c).sort()).toEqual(seen.sort());
      expect(c['basic/pass.py'].outcome).toBe('pass');
      expect(c['bytes/binary.py'].outcome).toBe('pass');
      expect(c['basic/fail.py'].outcome).toBe('fail');
      expect(c['basic/fail.py'].diff?.stdout?.diff).toContain('-print(3)\n+print(2)');
      expect(c['basic/fail.py'].diff?.stderr).toBeUndefined();
      expect(c['basic/hang.py'].outcome).toBe('fail');
      expect(c['basic/hang.py'].message).toMatch(/timed out/);
      expect(c['basic/corrupt-expectation.py'].message).toMatch(/corrupt corrupt-expectation\.expected/);
      expect(c['basic/bad-directive.py'].message).toMatch(/unknown directive "# conform: frobnicate"/);
      expect(c['basic/missing.py'].message).toMatch(/no expectation missing\.expected: record it with `npm run conform -- --record corpus\/basic\/missing\.py`/);
      expect(c['nested/deeper/xfail.py'].outcome).toBe('xfail');
      expect(c['nested/deeper/xfail.py'].category).toBe('nested/deeper');
      expect(c['nested/deeper/xpass.py'].outcome).toBe('fail');
      expect(c['nested/deeper/xpass.py'].message).toMatch(/now passes: remove it/);
      expect(c['nested/crash.py'].outcome).toBe('fail');
      expect(c['nested/crash.py'].message).toMatch(/fake oracle crashed/);
      expect(report.totals).toEqual({ cases: 10, pass: 2, fail: 7, skip: 0, xfail: 1 });
      expect(report.failed).toBe(true);
      expect(report.versions.cpython).toEqual(['CPython 3.14.8 (fake)']);
      const text = formatReport(report);
      expect(text).toMatch(/FAIL basic\/fail\.py/);
      expect(text).toMatch(/nested\/deeper\s+0\s+1\s+0\s+1/);
    }, 30_000);
  }

  it('a case that exhausts memory kills its worker thread, not the run', async () => {
    const mem = path.join(dir, 'mem');
    await mkdir(path.join(mem, 'm'), { recursive: true });
    await writeFile(path.join(mem, 'm/oom.py'), 'OOM\n');
    await writeFile(path.join(mem, 'm/ok.py'), 'fine\n');
    await writeFile(path.join(mem, 'm/ok2.py'), 'fine too\n');
    const report = await runConformance({ repoRoot, corpusRoot: mem, mode: 'record', oracle: fake, jobs: 1, timeoutMs: 20_000, workerMemoryMb: 64 });
    const c = byId(report);
    expect(c['m/oom.py'].outcome).toBe('fail');
    expect(c['m/oom.py'].message).toMatch(/worker thread died: out of memory/);
    expect(c['m/ok.py'].outcome).toBe('pass');
    expect(c['m/ok2.py'].outcome).toBe('pass');
  }, 60_000);

  it('runs only the selected paths', async () => {
    const report = await runConformance({ repoRoot, corpusRoot: corpus, selectors: [path.join(corpus, 'basic/pass.py'), path.join(corpus, 'bytes')], mode: 'compare', oracle: fake, jobs: 0, timeoutMs: 5000 });
    expect(report.cases.map((c) => c.id)).toEqual(['basic/pass.py', 'bytes/binary.py']);
    expect(report.failed).toBe(false);
  });

  it('--record writes exact expectations atomically and only when they change; --verify-oracle checks them', async () => {
    const rec = path.join(dir, 'rec');
    await mkdir(path.join(rec, 'a'), { recursive: true });
    await writeFile(path.join(rec, 'a/one.py'), 'no newline at end');
    await writeFile(path.join(rec, 'a/two.py'), 'EXIT3\n');
    await writeFile(path.join(rec, 'a/hang.py'), '# conform: timeout 200\nHANG');
    const r1 = await runConformance({ repoRoot, corpusRoot: rec, mode: 'record', oracle: fake, jobs: 2, timeoutMs: 5000 });
    expect(byId(r1)['a/one.py'].message).toBe('recorded');
    expect(byId(r1)['a/hang.py'].outcome).toBe('fail');
    const one = parseExpectation(new Uint8Array(await readFile(path.join(rec, 'a/one.expected'))));
    expect(Buffer.from(one.stdout).toString()).toBe('no newline at end');
    expect(parseExpectation(new Uint8Array(await readFile(path.join(rec, 'a/two.expected')))).exit).toBe(3);
    expect((await readdir(path.join(rec, 'a'))).sort()).toEqual(['hang.py', 'one.expected', 'one.py', 'two.expected', 'two.py']);
    const r2 = await runConformance({ repoRoot, corpusRoot: rec, selectors: [path.join(rec, 'a/one.py')], mode: 'record', oracle: fake, jobs: 0, timeoutMs: 5000 });
    expect(r2.cases[0].message).toBe('unchanged');
    const v = await runConformance({ repoRoot, corpusRoot: rec, selectors: [path.join(rec, 'a/one.py'), path.join(rec, 'a/two.py')], mode: 'verify-oracle', oracle: fake, jobs: 0, timeoutMs: 5000 });
    expect(v.totals.pass).toBe(2);
    await writeFile(path.join(rec, 'a/two.py'), 'EXIT4\n');
    const v2 = await runConformance({ repoRoot, corpusRoot: rec, selectors: [path.join(rec, 'a/two.py')], mode: 'verify-oracle', oracle: fake, jobs: 0, timeoutMs: 5000 });
    expect(v2.cases[0].outcome).toBe('fail');
    expect(v2.cases[0].diff?.exit).toEqual({ expected: 3, actual: 4 });
  }, 30_000);

  it('the command line writes the JSON report and exits non-zero on failures', async () => {
    const json = path.join(dir, 'out/report.json');
    await mkdir(path.dirname(json), { recursive: true });
    const write = process.stdout.write;
    let printed = '';
    process.stdout.write = ((s: string) => ((printed += s), true)) as typeof process.stdout.write;
    let status: number;
    try {
      status = await main(['--corpus', corpus, '--oracle-module', path.join(here, 'fake-oracle.ts'), '--jobs', '0', '--quiet', '--json', json, '--junit', path.join(dir, 'out/junit.xml'), '--timeout', '2000', path.join(corpus, 'basic')]);
    } finally {
      process.stdout.write = write;
    }
    expect(status).toBe(1);
    expect(printed).toMatch(/FAILED 5 failed, 1 passed/);
    const report = JSON.parse(await readFile(json, 'utf8'));
    expect(report.schema).toBe('terrarium-conform/1');
    expect(report.totals).toEqual({ cases: 6, pass: 1, fail: 5, skip: 0, xfail: 0 });
    expect(report.cases[0]).toMatchObject({ id: 'basic/bad-directive.py', category: 'basic', outcome: 'fail' });
    expect(typeof report.cases[0].duration_ms).toBe('number');
    expect(report.versions.terrarium).toMatch(/^\d+\.\d+\.\d+/);
    expect((await readdir(path.dirname(json))).sort()).toEqual(['junit.xml', 'report.json']);
    const junit = await readFile(path.join(dir, 'out/junit.xml'), 'utf8');
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="terrarium-conform" tests="6" failures="5" skipped="0"/);
    expect(junit).toContain('<testcase classname="corpus.basic" name="basic/pass.py"');
    expect(junit).toMatch(/<failure message="[^"]*">FAIL basic\/fail\.py\n/);
    expect(junit.match(/<testsuite /g)).toHaveLength(1);
  }, 30_000);
});
