// The str iterators (Objects/unicodeobject.c: unicodeiter_next, unicode_ascii_iter_next): CPython
// iterates an ASCII str with a str_ascii_iterator and any other with a str_iterator. The iterator
// walks the JS string lazily (a surrogate pair is one character), so iterating a long string does
// not build an array of its characters.

import { PyObject, makeBuiltinType, objectType } from './object.ts';
import { defineIteratorMethods } from './slot-wrappers.ts';

export const strAsciiIteratorType = makeBuiltinType('str_ascii_iterator', objectType, { final: true });
export const strIteratorType = makeBuiltinType('str_iterator', objectType, { final: true });

const ASCII = /^[\x00-\x7f]*$/;

export class PyStrIterator extends PyObject {
  /** The string, or null once exhausted. */
  s: string | null;
  /** The UTF-16 offset of the next character. */
  unit = 0;
  /** The code point index of the next character (for __length_hint__ and __reduce__). */
  index = 0;
  constructor(s: string) {
    super(ASCII.test(s) ? strAsciiIteratorType : strIteratorType);
    this.s = s;
  }
  nextValue(): string | undefined {
    const s = this.s;
    if (s === null) return undefined;
    const u = this.unit;
    if (u >= s.length) {
      this.s = null;
      return undefined;
    }
    const c = s.charCodeAt(u);
    const pair = c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00;
    this.unit = u + (pair ? 2 : 1);
    this.index++;
    return pair ? s.slice(u, u + 2) : s[u]!;
  }
  /** __length_hint__: the characters left (UTF-16 units left minus the pairs among them). */
  lengthHint(): number {
    const s = this.s;
    if (s === null) return 0;
    let n = 0;
    for (let u = this.unit; u < s.length; u++, n++) {
      const c = s.charCodeAt(u);
      if (c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00) u++;
    }
    return n;
  }
}

export function strIter(s: string): PyStrIterator {
  return new PyStrIterator(s);
}

for (const t of [strAsciiIteratorType, strIteratorType]) defineIteratorMethods(t, (v): v is PyStrIterator => v instanceof PyStrIterator);
