// The python3.14 command line (runMain): `-m ast`, syntax errors from `FILE` and `-c`, option
// errors. Expected stdout, stderr and exit status were recorded from CPython 3.14 by
// fixtures/cli/record.ts (never written by hand); {DIR} stands for the fixtures' directory.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMain, type MainIO } from '../src/main.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/cli');
const ROOT = join(DIR, '../../../..');

interface CliCase {
  args: string[];
  stdout: string;
  stderr: string;
  status: number;
}
const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as CliCase[];

function run(args: string[]): { stdout: string; stderr: string; status: number } {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const io: MainIO = {
    readFile(path) {
      try {
        return new Uint8Array(readFileSync(path));
      } catch {
        return null;
      }
    },
    stdout: (d) => (stdout += typeof d === 'string' ? d : decoder.decode(d)),
    stderr: (d) => (stderr += typeof d === 'string' ? d : decoder.decode(d)),
  };
  const status = runMain(args, io);
  return { stdout, stderr, status };
}

describe('runMain matches python3.14', () => {
  for (const c of cases) {
    it(c.args.join(' '), () => {
      const got = run(c.args.map((a) => a.replaceAll('{DIR}', DIR)));
      const norm = (s: string) => s.replaceAll(DIR, '{DIR}');
      expect({ stdout: norm(got.stdout), stderr: norm(got.stderr), status: got.status }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

describe('runMain on constructs the VM does not run yet', () => {
  // Behaviour of supported programs is checked against CPython by the corpus; what is not
  // compiled yet must stop cleanly before running anything, naming the construct.
  it('names the construct and exits with status 2 without running anything', () => {
    const got = run(['-c', 'print("before")\nmatch 1:\n    case 1:\n        pass\n']);
    expect(got.status).toBe(2);
    expect(got.stdout).toBe('');
    expect(got.stderr).toBe('terrarium: the Match statement is not supported yet (line 2)\n');
  });
});

describe('terrarium executable', () => {
  it('passes argv and the exit status through', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'interpreter/src/cli.ts'), '-c', 'x = (1,'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    const recorded = cases.find((c) => c.args.join(' ') === '-c x = (1,')!;
    expect({ status, stderr }).toEqual({ status: recorded.status, stderr: recorded.stderr });
  });
});
