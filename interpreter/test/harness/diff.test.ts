import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../../harness/diff.ts';
import { displayText } from '../../../harness/text.ts';

describe('unified diff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('shows a changed line with context', () => {
    const a = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\n';
    const b = 'l1\nl2\nl3\nl4\nX5\nl6\nl7\nl8\n';
    expect(unifiedDiff(a, b)).toBe(['--- expected', '+++ actual', '@@ -2,7 +2,7 @@', ' l2', ' l3', ' l4', '-l5', '+X5', ' l6', ' l7', ' l8'].join('\n'));
  });

  it('shows a missing final newline', () => {
    expect(unifiedDiff('x\n', 'x')).toContain('\\ No newline at end of stream');
  });

  it('handles one side empty', () => {
    expect(unifiedDiff('', 'a\nb\n')).toBe(['--- expected', '+++ actual', '@@ -1,0 +1,2 @@', '+a', '+b'].join('\n'));
  });

  it('is cut to the line limit', () => {
    const a = Array.from({ length: 200 }, (_, i) => `a${i}\n`).join('');
    const b = Array.from({ length: 200 }, (_, i) => `b${i}\n`).join('');
    const d = unifiedDiff(a, b, { maxLines: 10 }).split('\n');
    expect(d).toHaveLength(11);
    expect(d[10]).toMatch(/^\.\.\. \(\d+ more diff lines\)$/);
  });

  it('displays invalid UTF-8 and control characters visibly', () => {
    expect(displayText(new Uint8Array([0x61, 0xff, 0xc3, 0xa9, 0x0d, 0x0a]))).toEqual({ text: 'a\\xffé\\r\n', lossless: false });
    expect(displayText(new TextEncoder().encode('ok\t\n'))).toEqual({ text: 'ok\t\n', lossless: true });
  });
});
