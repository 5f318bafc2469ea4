// Literal decoding against CPython 3.14 (values, messages and warning positions recorded from
// compile()/exec() of `x = <literal>`; warning offsets are the byte offsets CPython computes
// before converting them to characters).
import { describe, expect, it } from 'vitest';
import { tokenizeAll } from '../../src/parser/tokenizer.ts';
import { TokenKind } from '../../src/parser/tokens.ts';
import { decodeStringLiteral, decodeFStringMiddle, parseNumberLiteral, LiteralError } from '../../src/parser/literals.ts';
import type { CompileWarning } from '../../src/parser/errors.ts';

function decode(src: string) {
  const warnings: CompileWarning[] = [];
  let value: unknown = null;
  let raw = false;
  try {
    for (const t of tokenizeAll(src)) {
      if (t.kind === TokenKind.STRING) {
        const v = decodeStringLiteral(t, warnings).value;
        value = typeof v === 'string' ? v : Buffer.from(v).toString('latin1');
      } else if (t.kind === TokenKind.FSTRING_START) raw = /r/i.test(t.text);
      else if (t.kind === TokenKind.FSTRING_MIDDLE) decodeFStringMiddle(t, raw, warnings);
    }
  } catch (e) {
    if (!(e instanceof LiteralError)) throw e;
    value = e.msg;
  }
  return { value, warnings: warnings.map((w) => [w.message.slice(0, 6), w.lineno, w.offset, w.endOffset]) };
}

const W = (e: string) => `"\\${e}" i`;

describe('string literals', () => {
  const cases: [string, unknown, unknown[]][] = [
    ["x = '\\x'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", []],
    ["x = 'ab\\x4g'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", []],
    ["x = '\\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", []],
    ["x = '\\U0011ffff'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", []],
    ["x = '\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", []],
    ["x = '\\N{}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", []],
    ["x = '\\N'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", []],
    ["x = '\\N{abc'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape", []],
    ["x = 'é\\x'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape", []],
    ["x = b'\\x4'", '(value error) invalid \\x escape at position 0', []],
    ["x = b'ab\\xzz'", '(value error) invalid \\x escape at position 2', []],
    ["x = b'é'", 'bytes can only contain ASCII literal characters', []],
    ["x = '\\d'", '\\d', [[W('d'), 1, 6, 8]]],
    ["x = 'abc\\d'", 'abc\\d', [[W('d'), 1, 9, 11]]],
    ["x = '\\777'", '\u01ff', [['"\\777"', 1, 6, 8]]],
    ["x = b'\\777'", '\xff', [['"\\777"', 1, 5, 7]]],
    ["x = b'\\d'", '\\d', [[W('d'), 1, 5, 7]]],
    ["x = '''\n\\d'''", '\n\\d', [[W('d'), 2, 1, 3]]],
    ["x = b'''a\nb\\q'''", 'a\nb\\q', [[W('q'), 2, 2, 4]]],
    ["x = '\\é'", '\\é', []],
    ["x = '\\8'", '\\8', [[W('8'), 1, 6, 8]]],
    ["x = '\\400'", '\u0100', [['"\\400"', 1, 6, 8]]],
    ["x = 'a\\\nb'", 'ab', []],
    ["x = u'\\d'", '\\d', [[W('d'), 1, 5, 7]]],
    ["x = '\\t\\n\\r\\a\\b\\f\\v\\0\\x41\\u00e9\\U0001F600\\'\\\"\\\\'", '\t\n\r\x07\b\f\v\0A\u00e9\u{1F600}\'"\\', []],
    ["x = r'\\d\\x'", '\\d\\x', []],
    ["x = '\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}'", '\uac01\u4e00', []],
  ];
  for (const [src, value, warnings] of cases) {
    it(src, () => {
      const r = decode(src);
      expect(r.value).toBe(value);
      expect(r.warnings).toEqual(warnings);
    });
  }
  it('f-string middles', () => {
    expect(decode("x = f'\\d{x}'").warnings).toEqual([[W('d'), 1, 7, 9]]);
    expect(decode("x = f'{x}\\d'").warnings).toEqual([[W('d'), 1, 10, 12]]);
  });
});

describe('numbers', () => {
  it('decodes every form', () => {
    expect(parseNumberLiteral('1_000')).toBe(1000n);
    expect(parseNumberLiteral('0x_ff')).toBe(255n);
    expect(parseNumberLiteral('0o17')).toBe(15n);
    expect(parseNumberLiteral('0B101')).toBe(5n);
    expect(parseNumberLiteral('00')).toBe(0n);
    expect(parseNumberLiteral('123456789012345678901234567890')).toBe(123456789012345678901234567890n);
    expect(parseNumberLiteral('1e400')).toBe(Infinity);
    expect(parseNumberLiteral('.5')).toBe(0.5);
    expect(parseNumberLiteral('1_0.2_5e-1_0')).toBe(10.25e-10);
    expect(parseNumberLiteral('2.5J')).toEqual({ kind: 'complex', real: 0, imag: 2.5 });
    expect(parseNumberLiteral('0.1')).toBe(0.1);
  });
  it('limits decimal integer length as CPython', () => {
    const lit = '1' + '0'.repeat(4606);
    expect(() => parseNumberLiteral(lit)).toThrow();
    try {
      parseNumberLiteral(lit);
    } catch (e) {
      expect((e as LiteralError).msg).toBe(
        'Exceeds the limit (4300 digits) for integer string conversion: value has 4607 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.',
      );
    }
  });
});
