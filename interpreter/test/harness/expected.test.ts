import { describe, expect, it } from 'vitest';
import { ExpectationFormatError, formatExpectation, headerLine, parseExpectation } from '../../../harness/expected.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

describe('expectation files', () => {
  const cases: [string, Uint8Array, Uint8Array, number][] = [
    ['empty streams', bytes(), bytes(), 0],
    ['trailing newlines', enc('hello\n'), enc('Traceback...\n'), 1],
    ['no trailing newline', enc('no newline'), enc('x'), 2],
    ['only newlines', enc('\n\n\n'), enc('\n'), 0],
    ['CR and CRLF', enc('a\r\nb\rc'), enc('\r'), 0],
    ['invalid UTF-8 and NUL', bytes(0xff, 0xfe, 0x00, 0x80, 0x0a), bytes(0xc3), 255],
    ['text that looks like the format', enc('\n--- stderr (3 bytes)\nabc\n'), enc('--- exit: 9\n'), 1],
    ['negative status', enc('é'), bytes(), -1],
  ];
  for (const [name, stdout, stderr, exit] of cases) {
    it(`round-trips exact bytes: ${name}`, () => {
      const data = formatExpectation({ recordedFrom: 'CPython 3.14.8 (native)', exit, stdout, stderr });
      const back = parseExpectation(data);
      expect(back.exit).toBe(exit);
      expect(Buffer.from(back.stdout).equals(Buffer.from(stdout))).toBe(true);
      expect(Buffer.from(back.stderr).equals(Buffer.from(stderr))).toBe(true);
      expect(back.recordedFrom).toBe('CPython 3.14.8 (native)');
    });
  }

  it('has the documented layout', () => {
    const data = formatExpectation({ recordedFrom: 'CPython 3.14.8 (native)', exit: 1, stdout: enc('hi'), stderr: bytes() });
    expect(new TextDecoder().decode(data)).toBe(
      '# recorded from CPython 3.14.8 (native) by npm run conform -- --record; do not edit by hand\n' +
        '--- exit: 1\n--- stdout (2 bytes)\nhi\n--- stderr (0 bytes)\n\n',
    );
    expect(headerLine('X')).toBe('# recorded from X by npm run conform -- --record; do not edit by hand');
  });

  it('counts bytes, not characters', () => {
    const data = formatExpectation({ recordedFrom: 'r', exit: 0, stdout: enc('é€😀'), stderr: bytes() });
    expect(new TextDecoder().decode(data)).toContain('--- stdout (9 bytes)\n');
  });

  const good = new TextDecoder().decode(formatExpectation({ recordedFrom: 'r', exit: 0, stdout: enc('abc'), stderr: enc('de') }));
  const bad: [string, string][] = [
    ['a missing header', good.replace(/^#[^\n]*\n/, '')],
    ['a wrong byte count', good.replace('(3 bytes)', '(2 bytes)')],
    ['a byte count past the end', good.replace('(2 bytes)', '(20 bytes)')],
    ['bytes after the end', good + 'x'],
    ['a truncated file', good.slice(0, 60)],
    ['a bad exit line', good.replace('--- exit: 0', '--- exit: zero')],
    ['an empty file', ''],
  ];
  for (const [name, text] of bad) {
    it(`rejects ${name} with a clear error`, () => {
      expect(() => parseExpectation(enc(text))).toThrow(ExpectationFormatError);
    });
  }
});
