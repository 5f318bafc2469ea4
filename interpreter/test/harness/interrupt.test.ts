// Interrupting `npm run conform` (SIGINT, SIGTERM) mid-run: the command line is spawned on a
// temporary corpus whose cases an oracle runs as slow child processes at /tmp/terrarium/<id>
// (slow-oracle.ts), and stopped while cases are running. Nothing it wrote may be half
// written, no temporary file may remain, an earlier report stays as it was, and the case
// copies and folders under /tmp/terrarium are gone.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL_ROOT } from '../../../harness/cases.ts';
import { formatExpectation, parseExpectation } from '../../../harness/expected.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const bin = path.join(repoRoot, 'harness/bin/terrarium-conform.mjs');
const oracle = path.join(here, 'slow-oracle.ts');

let dir: string;
/** A category name no other run uses, so its folder under /tmp/terrarium is ours alone. */
let category: string;

async function walk(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command line and, given a signal, sends it as soon as `when()` holds (polled). */
function interrupt(args: string[], signal?: NodeJS.Signals, when: () => boolean = () => true): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, SLOW_ORACLE_MS: '400' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    const poll = signal
      ? setInterval(() => {
          if (!when()) return;
          clearInterval(poll);
          child.kill(signal);
        }, 10)
      : undefined;
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, stdout, stderr });
    });
  });
}

const caseDir = () => path.join(dir, 'corpus', category);
/** True while some case runs: its copy exists under /tmp/terrarium. */
const running = () => existsSync(path.join(CANONICAL_ROOT, category)) && readdirSync(path.join(CANONICAL_ROOT, category)).some((n) => n.endsWith('.py'));

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'conform-interrupt-'));
  category = `interrupt-test-${process.pid}-${path.basename(dir)}`;
  for (let i = 0; i < 16; i++) {
    const f = path.join(dir, 'corpus', category, `case${String(i).padStart(2, '0')}.py`);
    await mkdir(path.dirname(f), { recursive: true });
    await writeFile(f, `print(${i})\n`);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an interrupted run', () => {
  it('SIGTERM during --record: each expectation is whole or absent, no temporary files, no case copies', async () => {
    const corpus = path.join(dir, 'corpus');
    // Stopped once the first expectation is written and more cases are running.
    const r = await interrupt(['--record', '--corpus', corpus, '--oracle-module', oracle, '--jobs', '2'], 'SIGTERM', () => readdirSync(caseDir()).some((n) => n.endsWith('.expected')) && running());
    expect(r.status).toBe(143);
    expect(r.stderr).toMatch(/SIGTERM: stopping/);
    expect(r.stdout).toMatch(/INTERRUPTED/);
    const files = await walk(corpus);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const recorded = files.filter((f) => f.endsWith('.expected'));
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.length).toBeLessThan(16);
    for (const f of recorded) expect(() => parseExpectation(new Uint8Array(readFileSync(f)))).not.toThrow();
    expect(existsSync(path.join(CANONICAL_ROOT, category))).toBe(false);
  }, 30_000);

  it('SIGINT during a compare run: an earlier report is kept, no partial report, no temporary files', async () => {
    const out = path.join(dir, 'out');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'report.json'), '{"earlier": true}\n');
    // What the slow oracle prints: the case's own bytes.
    for (const n of readdirSync(caseDir()).filter((f) => f.endsWith('.py'))) {
      const src = readFileSync(path.join(caseDir(), n));
      await writeFile(path.join(caseDir(), n.replace(/\.py$/, '.expected')), formatExpectation({ recordedFrom: 'CPython 3.14.8 (slow fake)', exit: 0, stdout: src, stderr: new Uint8Array() }));
    }
    const args = ['--corpus', path.join(dir, 'corpus'), '--oracle-module', oracle, '--jobs', '2', '--json', path.join(out, 'report.json'), '--junit', path.join(out, 'junit.xml'), '--html', path.join(out, 'html')];
    const r = await interrupt(args, 'SIGINT', running);
    expect(r.status).toBe(130);
    expect(r.stderr).toMatch(/SIGINT: stopping/);
    expect(r.stderr).toMatch(/interrupted: no report written/);
    expect(await readFile(path.join(out, 'report.json'), 'utf8')).toBe('{"earlier": true}\n');
    expect((await walk(out)).map((f) => path.relative(out, f))).toEqual(['report.json']);
    expect((await walk(path.join(dir, 'corpus'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(path.join(CANONICAL_ROOT, category))).toBe(false);
  }, 30_000);

  it('a run that finishes leaves no case copies either', async () => {
    const corpus = path.join(dir, 'corpus');
    const cases = ['case14.py', 'case15.py'].map((n) => path.join(corpus, category, n));
    const rec = await interrupt(['--record', '--corpus', corpus, '--oracle-module', oracle, '--jobs', '2', ...cases]);
    expect(rec.status).toBe(0);
    const cmp = await interrupt(['--corpus', corpus, '--oracle-module', oracle, '--jobs', '0', '--json', path.join(dir, 'done/report.json'), ...cases]);
    expect(cmp.status).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'done/report.json'), 'utf8')).totals).toMatchObject({ cases: 2, pass: 2 });
    expect(await readdir(path.join(dir, 'done'))).toEqual(['report.json']);
    expect(existsSync(path.join(CANONICAL_ROOT, category))).toBe(false);
  }, 30_000);
});
