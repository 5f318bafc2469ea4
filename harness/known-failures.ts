// corpus/known-failures.txt: the ratchet. One case id per line (its path relative to corpus/,
// e.g. `syntax/walrus.py`), `#` starts a comment. A listed case that fails is an expected
// failure (xfail); a listed case that passes fails the gate until its line is removed; an
// unlisted case that fails fails the gate. So the list only ever shrinks by itself.

import { readFile } from 'node:fs/promises';

export interface KnownFailures {
  ids: Set<string>;
  /** Line number of each id, for messages. */
  lines: Map<string, number>;
  problems: string[];
}

export function parseKnownFailures(text: string): KnownFailures {
  const ids = new Set<string>();
  const lines = new Map<string, number>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    let id = line.replace(/^corpus\//, '');
    if (!id.endsWith('.py')) id += '.py';
    if (/\s/.test(id)) problems.push(`known-failures.txt line ${i + 1}: one case id per line, found ${JSON.stringify(line)}`);
    if (ids.has(id)) problems.push(`known-failures.txt line ${i + 1}: ${id} is listed twice`);
    ids.add(id);
    lines.set(id, i + 1);
  });
  return { ids, lines, problems };
}

export async function loadKnownFailures(file: string): Promise<KnownFailures> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return parseKnownFailures(text);
}

export type RawVerdict = 'pass' | 'fail' | 'skip';
export type Outcome = 'pass' | 'fail' | 'skip' | 'xfail';

export interface Judgement {
  outcome: Outcome;
  /** Why a gate-failing outcome happened when it is not just a mismatch. */
  note?: string;
}

/** Applies the ratchet to one case. `canXfail` is false for harness problems (no expectation, unreadable case). */
export function judge(id: string, raw: RawVerdict, kf: KnownFailures, canXfail = true): Judgement {
  const listed = kf.ids.has(id);
  if (raw === 'skip') return { outcome: 'skip' };
  if (raw === 'pass') {
    return listed ? { outcome: 'fail', note: 'now passes: remove it from corpus/known-failures.txt' } : { outcome: 'pass' };
  }
  return listed && canXfail ? { outcome: 'xfail' } : { outcome: 'fail' };
}

/** Listed ids that name no case (only meaningful when the whole corpus ran). */
export function staleEntries(kf: KnownFailures, allIds: Iterable<string>): string[] {
  const all = new Set(allIds);
  return [...kf.ids].filter((id) => !all.has(id));
}
