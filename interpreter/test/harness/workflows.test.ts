// The CI workflows under .github/workflows: each is valid YAML with the shape GitHub Actions
// needs, every `npm run X` it names is a script of package.json, and ci.yml runs the tests
// and the conformance gate on pushes and pull requests, writing the JSON, JUnit and HTML
// reports and uploading them even when the gate fails.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const workflowsDir = path.join(repoRoot, '.github/workflows');
const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts ?? {};

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: unknown;
  steps?: Step[];
}
interface Workflow {
  name?: string;
  on?: unknown;
  jobs?: Record<string, Job>;
}

const files = readdirSync(workflowsDir).filter((n) => /\.ya?ml$/.test(n));

function load(name: string): Workflow {
  const doc = parseDocument(readFileSync(path.join(workflowsDir, name), 'utf8'), { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) throw new Error(`${name}: ${doc.errors.map((e) => e.message).join('\n')}`);
  return doc.toJS() as Workflow;
}

/** The `npm run NAME` and `npm test` commands a shell snippet runs. */
function npmScripts(run: string): string[] {
  const names = [...run.matchAll(/\bnpm\s+run(?:-script)?\s+(?:--?[\w-]+\s+)*([\w:.-]+)/g)].map((m) => m[1]);
  if (/\bnpm\s+(test|t)\b/.test(run)) names.push('test');
  return names;
}

describe('GitHub Actions workflows', () => {
  it('there is at least ci.yml', () => {
    expect(files).toContain('ci.yml');
  });

  for (const name of files) {
    describe(name, () => {
      it('is valid YAML with triggers and jobs that have runs-on and steps', () => {
        const wf = load(name);
        expect(wf.on, 'on:').toBeTruthy();
        expect(Object.keys(wf.jobs ?? {}).length).toBeGreaterThan(0);
        for (const [id, job] of Object.entries(wf.jobs!)) {
          expect(job['runs-on'], `${id}: runs-on`).toBeTruthy();
          expect(Array.isArray(job.steps) && job.steps.length > 0, `${id}: steps`).toBe(true);
          for (const step of job.steps!) expect(Boolean(step.run) !== Boolean(step.uses), `${id}: a step has either run or uses: ${JSON.stringify(step)}`).toBe(true);
        }
      });

      it('names only npm scripts that package.json defines', () => {
        const wf = load(name);
        const named = Object.values(wf.jobs ?? {}).flatMap((j) => (j.steps ?? []).flatMap((s) => (s.run ? npmScripts(s.run) : [])));
        for (const script of named) expect(Object.keys(scripts), `npm run ${script}`).toContain(script);
      });
    });
  }

  it('ci.yml runs the tests and the gate on pushes and pull requests and uploads every report, also on failure', () => {
    const wf = load('ci.yml');
    const on = wf.on as Record<string, unknown>;
    expect(Object.keys(on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const steps = Object.values(wf.jobs!).flatMap((j) => j.steps ?? []);
    const runs = steps.map((s) => s.run ?? '');
    expect(runs.some((r) => npmScripts(r).includes('test'))).toBe(true);
    const gate = steps.find((s) => s.run && npmScripts(s.run).includes('conform') && !s.run.includes('--verify-oracle'));
    expect(gate, 'a step running npm run conform').toBeDefined();
    const outputs = {
      json: /--json\s+(\S+)/.exec(gate!.run!)?.[1],
      junit: /--junit\s+(\S+)/.exec(gate!.run!)?.[1],
      html: /--html\s+(\S+)/.exec(gate!.run!)?.[1],
    };
    expect(outputs.json && outputs.junit && outputs.html, JSON.stringify(outputs)).toBeTruthy();
    // The gate runs even after failed tests, and the upload even after a failed gate.
    expect(gate!.if).toMatch(/!cancelled\(\)|always\(\)/);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@') && steps.indexOf(s) > steps.indexOf(gate!));
    expect(upload, 'an upload-artifact step after the gate').toBeDefined();
    expect(upload!.if).toMatch(/always\(\)/);
    const uploaded = String(upload!.with?.path ?? '')
      .split('\n')
      .map((p) => p.trim().replace(/\/$/, ''))
      .filter(Boolean);
    for (const out of Object.values(outputs)) {
      expect(uploaded.some((p) => out === p || out!.startsWith(`${p}/`)), `${out} is uploaded (${uploaded.join(', ')})`).toBe(true);
    }
  });

  it('npmScripts finds the scripts a command names', () => {
    expect(npmScripts('npm ci && npm test')).toEqual(['test']);
    expect(npmScripts('npm run conform -- --json x.json')).toEqual(['conform']);
    expect(npmScripts('npm run --silent oracle:install; npm run build')).toEqual(['oracle:install', 'build']);
  });
});
