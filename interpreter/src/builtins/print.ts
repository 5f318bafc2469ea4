// print(*args, sep=' ', end='\n', file=None, flush=False) (Python/bltinmodule.c builtin_print_impl).
// With file=None the text goes to the program's stdout; otherwise each piece is passed to
// file.write() in CPython's order (arg, sep, arg, ..., end), then file.flush() when asked.

import { None, type PyValue } from '../objects/object.ts';
import { typeName, unpack } from '../objects/str-args.ts';
import type { NativeFn } from '../objects/function.ts';
import { typeError } from '../vm/raise.ts';

const PARAMS = ['sep', 'end', 'file', 'flush'];

export const print: NativeFn = (vm, args, kwargs) => {
  let sep = ' ';
  let end = '\n';
  let file: PyValue = None;
  let flush: PyValue = false;
  if (kwargs !== null && kwargs.names.length > 0) {
    const [s, e, f, fl] = unpack('print', [None], kwargs, PARAMS, 0, 0);
    if (s !== undefined && s !== None) {
      if (typeof s !== 'string') throw typeError(`sep must be None or a string, not ${typeName(s)}`);
      sep = s;
    }
    if (e !== undefined && e !== None) {
      if (typeof e !== 'string') throw typeError(`end must be None or a string, not ${typeName(e)}`);
      end = e;
    }
    if (f !== undefined) file = f;
    if (fl !== undefined) flush = fl;
  }
  if (file === None) {
    // One write; if str() of an argument raises, the text before it is still written.
    let out = '';
    try {
      for (let i = 0; i < args.length; i++) {
        if (i > 0) out += sep;
        const a = args[i]!;
        out += typeof a === 'string' ? a : vm.str(a);
      }
    } catch (err) {
      if (out !== '') vm.writeStdout(out);
      throw err;
    }
    vm.writeStdout(out + end);
    return None;
  }
  const write = vm.getAttr(file, 'write');
  for (let i = 0; i < args.length; i++) {
    if (i > 0) vm.callNested(write, [sep]);
    vm.callNested(write, [vm.str(args[i]!)]);
  }
  vm.callNested(write, [end]);
  if (vm.truthy(flush)) vm.callNested(vm.getAttr(file, 'flush'), []);
  return None;
};
