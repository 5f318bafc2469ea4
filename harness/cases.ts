// Corpus cases: discovery, directives and the canonical path each case runs at.
//
// A case is `corpus/<category>/<name>.py` (categories may nest). Its id is its path relative
// to the corpus root (`syntax/lambda.py`), its category the folder part of the id
// (`syntax`, `syntax-errors/fstrings`). Every oracle runs it at `/tmp/terrarium/<id>` so
// tracebacks name the same path everywhere.
//
// Directives are comment lines at the top of the file (before the first line that is not a
// comment or blank):
//   # conform: args <options...>        run as `python3.14 <options...> FILE`
//   # conform: skip-pyodide <reason>    the Pyodide oracle skips this case (64-bit hash, sys.platform...)
//   # conform: timeout <ms>             per-case time limit instead of the default

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const CANONICAL_ROOT = '/tmp/terrarium';

export interface Directives {
  args: string[];
  skipPyodide?: string;
  timeoutMs?: number;
}

export interface CaseFile {
  id: string;
  category: string;
  /** Absolute path of the case in the repository. */
  file: string;
  /** Absolute path of its expectation file. */
  expectedFile: string;
  /** Where every oracle runs it. */
  canonicalPath: string;
}

export interface LoadedCase extends CaseFile {
  source: Uint8Array;
  directives: Directives;
}

export class CaseError extends Error {}

export function caseFromFile(corpusRoot: string, file: string): CaseFile {
  const abs = path.resolve(file);
  const id = path.relative(corpusRoot, abs).split(path.sep).join('/');
  const dir = path.posix.dirname(id);
  return {
    id,
    category: dir === '.' ? '(root)' : dir,
    file: abs,
    expectedFile: abs.replace(/\.py$/, '.expected'),
    canonicalPath: `${CANONICAL_ROOT}/${id}`,
  };
}

/** Finds the cases under the given files and folders (default: the whole corpus), sorted by id. */
export async function discoverCases(corpusRoot: string, selectors: string[] = []): Promise<{ cases: CaseFile[]; problems: string[] }> {
  const root = path.resolve(corpusRoot);
  const problems: string[] = [];
  const found = new Map<string, CaseFile>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.py')) {
        const c = caseFromFile(root, p);
        found.set(c.id, c);
      }
    }
  };
  const targets = selectors.length ? selectors : [root];
  for (const sel of targets) {
    const abs = path.resolve(sel);
    const rel = path.relative(root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      problems.push(`${sel}: not inside the corpus (${root})`);
      continue;
    }
    let st;
    try {
      st = await stat(abs);
    } catch {
      // Allow `syntax/foo` without the extension, and an .expected path for its case.
      const alt = abs.replace(/\.expected$/, '') + (abs.endsWith('.py') ? '' : '.py');
      try {
        st = await stat(alt);
        if (st.isFile()) found.set(caseFromFile(root, alt).id, caseFromFile(root, alt));
        continue;
      } catch {
        problems.push(`${sel}: no such case or folder`);
        continue;
      }
    }
    if (st.isDirectory()) await walk(abs);
    else if (abs.endsWith('.py')) found.set(caseFromFile(root, abs).id, caseFromFile(root, abs));
    else if (abs.endsWith('.expected')) {
      const py = abs.replace(/\.expected$/, '.py');
      found.set(caseFromFile(root, py).id, caseFromFile(root, py));
    } else problems.push(`${sel}: not a .py case`);
  }
  const cases = [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { cases, problems };
}

/** Parses the `# conform:` directives at the top of a case. Throws CaseError on a bad one. */
export function parseDirectives(source: Uint8Array): Directives {
  // Latin-1 so that any bytes decode (syntax-error cases may hold invalid UTF-8 on purpose).
  const text = Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('latin1');
  const d: Directives = { args: [] };
  const lines = text.replace(/^\xef\xbb\xbf/, '').split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    if (!line.startsWith('#')) break;
    const m = /^#\s*conform:\s*(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, name, rest] = m;
    const where = `line ${i + 1}`;
    switch (name) {
      case 'args':
        if (!rest) throw new CaseError(`${where}: "# conform: args" needs options`);
        d.args = rest.split(/\s+/);
        break;
      case 'skip-pyodide':
        if (!rest) throw new CaseError(`${where}: "# conform: skip-pyodide" needs a reason`);
        d.skipPyodide = rest;
        break;
      case 'timeout': {
        const ms = Number(rest);
        if (!/^\d+$/.test(rest) || ms <= 0) throw new CaseError(`${where}: "# conform: timeout" needs a positive number of milliseconds, found ${JSON.stringify(rest)}`);
        d.timeoutMs = ms;
        break;
      }
      default:
        throw new CaseError(`${where}: unknown directive "# conform: ${name}" (known: args, skip-pyodide, timeout)`);
    }
  }
  return d;
}

export async function loadCase(c: CaseFile): Promise<LoadedCase> {
  let source: Uint8Array;
  try {
    source = new Uint8Array(await readFile(c.file));
  } catch (e) {
    throw new CaseError(`cannot read the case: ${(e as Error).message}`);
  }
  return { ...c, source, directives: parseDirectives(source) };
}
