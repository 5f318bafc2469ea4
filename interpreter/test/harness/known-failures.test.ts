import { describe, expect, it } from 'vitest';
import { judge, parseKnownFailures, staleEntries } from '../../../harness/known-failures.ts';

describe('known-failures ratchet', () => {
  const kf = parseKnownFailures(
    ['# header comment', '', 'syntax/a.py   # reason here', 'corpus/syntax/b.py', 'syntax/c', '  # indented comment', 'syntax/a.py'].join('\n'),
  );

  it('parses ids, normalizes them, keeps comments out', () => {
    expect([...kf.ids].sort()).toEqual(['syntax/a.py', 'syntax/b.py', 'syntax/c.py']);
    expect(kf.lines.get('syntax/b.py')).toBe(4);
    expect(kf.problems).toEqual(['known-failures.txt line 7: syntax/a.py is listed twice']);
  });

  it('a listed failing case is xfail', () => {
    expect(judge('syntax/a.py', 'fail', kf)).toEqual({ outcome: 'xfail' });
  });

  it('a listed passing case fails the gate and says so', () => {
    const j = judge('syntax/b.py', 'pass', kf);
    expect(j.outcome).toBe('fail');
    expect(j.note).toMatch(/now passes: remove it from .*known-failures\.txt/);
  });

  it('an unlisted failing case fails; an unlisted passing case passes', () => {
    expect(judge('syntax/z.py', 'fail', kf).outcome).toBe('fail');
    expect(judge('syntax/z.py', 'pass', kf).outcome).toBe('pass');
  });

  it('harness problems are not hidden by the list', () => {
    expect(judge('syntax/a.py', 'fail', kf, false).outcome).toBe('fail');
  });

  it('skips stay skips', () => {
    expect(judge('syntax/a.py', 'skip', kf).outcome).toBe('skip');
  });

  it('finds stale entries', () => {
    expect(staleEntries(kf, ['syntax/a.py', 'syntax/b.py'])).toEqual(['syntax/c.py']);
  });
});
