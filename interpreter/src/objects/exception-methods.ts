// The methods of the builtin exception types (Objects/exceptions.c): construction (BaseException_new
// and each type's __init__: SystemExit.code, StopIteration.value, ImportError/NameError/
// AttributeError keywords, OSError's errno parsing and subclass mapping, SyntaxError's details
// tuple, the Unicode errors' five fields), __str__ and __repr__, with_traceback, add_note, and the
// attributes with setters (args, __traceback__, the chaining fields).

import { None, PyType, isInt, type PyValue } from './object.ts';
import { PyBuiltinFunction, defineMethods, type Kwargs } from './function.ts';
import { PyBaseException, PyTraceback } from './exceptions.ts';
import * as E from './exceptions.ts';
import { PyFloat } from './float.ts';
import { PyList } from './list.ts';
import { newTuple, callTupleType } from './tuple.ts';
import { PyBytes } from './bytes.ts';
import { hexCodePoint } from './str-codecs.ts';
import { PyFunction } from './pyfunction.ts';
import { ssizeArg, typeName, unpack } from './str-args.ts';
import { exceptionGroupNew } from './exception-group.ts';
import type { Interp } from '../vm/interp.ts';
import { attributeError, typeError } from '../vm/raise.ts';

// --- construction ------------------------------------------------------------------------------

/** _PyArg_NoKeywords: `ValueError() takes no keyword arguments`. */
function noKeywords(t: PyType, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${t.name}() takes no keyword arguments`);
}

/** The new, uninitialized exception `cls(*args)` creates (BaseException_new keeps the arguments as
 * args and ignores keywords; OSError_new parses them unless a subclass's __init__ will). */
export function newExceptionInstance(vm: Interp, cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyBaseException {
  if (cls.isSubtypeOf(E.OSError)) return oserrorNew(cls, args, kwnames);
  if (cls.isSubtypeOf(E.BaseExceptionGroup)) return exceptionGroupNew(vm, cls, args);
  return new PyBaseException(cls, args);
}

/** `cls(*args, **kwargs)` for an exception class: __new__, then the __init__ its MRO has. */
export function constructException(vm: Interp, cls: PyType, args: PyValue[], kwargs: Kwargs | null): PyBaseException {
  const exc = newExceptionInstance(vm, cls, args, kwargs?.names ?? null);
  initException(vm, exc, args, kwargs);
  return exc;
}

/** Runs the builtin __init__ an exception's class inherits (the class defines none in Python). */
export function initException(vm: Interp, exc: PyBaseException, args: PyValue[], kwargs: Kwargs | null): void {
  const init = exc.type.lookup('__init__');
  if (init instanceof PyBuiltinFunction) init.fn(vm, [exc, ...args], kwargs);
  else if (init !== undefined) vm.callNested(init, [exc, ...args], kwargs);
}

/** The receiver of a BaseException method, checked as CPython's slot wrappers check it. */
function selfOf(args: PyValue[], t: PyType, method: string): PyBaseException {
  const self = args[0];
  if (!(self instanceof PyBaseException) || !self.type.isSubtypeOf(t)) {
    throw typeError(`descriptor '${method}' requires a '${t.name}' object but received a '${typeName(self ?? None)}'`);
  }
  return self;
}

/** BaseException_init. */
function baseInit(self: PyBaseException, args: PyValue[], kwargs: Kwargs | null): void {
  noKeywords(self.type, kwargs?.names ?? null);
  self.args = args.slice(1);
}

/** PyArg_ParseTupleAndKeywords(empty, kwds, "|$O...:Name"): keyword-only fields. */
function keywordFields(self: PyBaseException, typeNameInMessage: string, kwargs: Kwargs | null, fields: string[]): void {
  if (kwargs === null || kwargs.names.length === 0) return;
  const values = unpack(typeNameInMessage, [self], kwargs, fields, 0, 0);
  fields.forEach((f, i) => values[i] !== undefined && self.setMember(f, values[i]));
}

defineMethods(E.BaseException, {
  __init__(_vm, args, kwargs) {
    baseInit(selfOf(args, E.BaseException, '__init__'), args, kwargs);
    return None;
  },
  __str__(vm, args) {
    return baseStr(vm, selfOf(args, E.BaseException, '__str__'));
  },
  __repr__(vm, args) {
    const self = selfOf(args, E.BaseException, '__repr__');
    // BaseException_repr: the type's short name, then the one argument or the args tuple.
    const inner = self.args.length === 1 ? vm.repr(self.args[0]!) : self.args.map((a) => vm.repr(a)).join(', ');
    return `${self.type.name}(${inner})`;
  },
  __reduce__(vm, args) {
    // BaseException___reduce___impl: (type, args) or (type, args, __dict__).
    const self = selfOf(args, E.BaseException, '__reduce__');
    const parts: PyValue[] = [self.type, newTuple(self.args)];
    if (self.dict !== null && self.dict.size > 0) parts.push(vm.getAttr(self, '__dict__'));
    return newTuple(parts);
  },
  with_traceback(_vm, args) {
    const self = selfOf(args, E.BaseException, 'with_traceback');
    if (args.length !== 2) throw typeError(`BaseException.with_traceback() takes exactly one argument (${args.length - 1} given)`);
    setTraceback(self, args[1]!);
    return self;
  },
  add_note(_vm, args, kwargs) {
    const self = selfOf(args, E.BaseException, 'add_note');
    if (kwargs !== null && kwargs.names.length) throw typeError('BaseException.add_note() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`BaseException.add_note() takes exactly one argument (${args.length - 1} given)`);
    const note = args[1]!;
    if (typeof note !== 'string') throw typeError(`add_note() argument must be str, not ${note === None ? 'None' : typeName(note)}`);
    let notes = self.dict?.get('__notes__');
    if (notes === undefined) self.setAttr('__notes__', (notes = new PyList([])));
    if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
    notes.items.push(note);
    return None;
  },
});

/** BaseException_str: '' for no arguments, str of the one argument, else str of the tuple. */
function baseStr(vm: Interp, self: PyBaseException): string {
  if (self.args.length === 0) return '';
  if (self.args.length === 1) return vm.str(self.args[0]!);
  return vm.repr(newTuple(self.args));
}

defineMethods(E.KeyError, {
  // KeyError_str: the repr of a single key, so that str(KeyError('')) is "''".
  __str__(vm, args) {
    const self = selfOf(args, E.KeyError, '__str__');
    return self.args.length === 1 ? vm.repr(self.args[0]!) : baseStr(vm, self);
  },
});

defineMethods(E.SystemExit, {
  __init__(_vm, args, kwargs) {
    const self = selfOf(args, E.SystemExit, '__init__');
    baseInit(self, args, kwargs);
    const a = self.args;
    self.setMember('code', a.length === 0 ? None : a.length === 1 ? a[0]! : newTuple(a));
    return None;
  },
});

defineMethods(E.StopIteration, {
  __init__(_vm, args, kwargs) {
    const self = selfOf(args, E.StopIteration, '__init__');
    baseInit(self, args, kwargs);
    self.setMember('value', self.args.length > 0 ? self.args[0]! : None);
    return None;
  },
});

defineMethods(E.ImportError, {
  __init__(_vm, args, kwargs) {
    const self = selfOf(args, E.ImportError, '__init__');
    self.args = args.slice(1);
    keywordFields(self, 'ImportError', kwargs, ['name', 'path', 'name_from']);
    self.setMember('msg', self.args.length === 1 ? self.args[0]! : undefined);
    return None;
  },
  __str__(vm, args) {
    const self = selfOf(args, E.ImportError, '__str__');
    const msg = self.members?.get('msg');
    return typeof msg === 'string' ? msg : baseStr(vm, self);
  },
});

defineMethods(E.NameError, {
  __init__(_vm, args, kwargs) {
    const self = selfOf(args, E.NameError, '__init__');
    self.args = args.slice(1);
    keywordFields(self, 'NameError', kwargs, ['name']);
    return None;
  },
});

defineMethods(E.AttributeError, {
  __init__(_vm, args, kwargs) {
    const self = selfOf(args, E.AttributeError, '__init__');
    self.args = args.slice(1);
    keywordFields(self, 'AttributeError', kwargs, ['name', 'obj']);
    return None;
  },
});

// --- OSError -------------------------------------------------------------------------------------

/** Linux errno values and the OSError subclass OSError(errno, ...) constructs for them (PEP 3151;
 * the errnomap of Objects/exceptions.c). */
const ERRNO_SUBCLASS: ReadonlyMap<number, PyType> = new Map([
  [11, E.BlockingIOError], [114, E.BlockingIOError], [115, E.BlockingIOError], // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
  [10, E.ChildProcessError], // ECHILD
  [32, E.BrokenPipeError], [108, E.BrokenPipeError], // EPIPE, ESHUTDOWN
  [103, E.ConnectionAbortedError], [111, E.ConnectionRefusedError], [104, E.ConnectionResetError],
  [17, E.FileExistsError], [2, E.FileNotFoundError], [21, E.IsADirectoryError], [20, E.NotADirectoryError],
  [4, E.InterruptedError], // EINTR
  [13, E.PermissionError], [1, E.PermissionError], // EACCES, EPERM
  [3, E.ProcessLookupError], [110, E.TimeoutError], // ESRCH, ETIMEDOUT
]);

/** oserror_use_init: a subclass with its own __init__ (and OSError's __new__) parses the
 * arguments in __init__, so that its extra arguments reach it untouched. */
function oserrorUseInit(t: PyType): boolean {
  return t.lookup('__init__') !== E.OSError.dict.get('__init__') && !(t.lookup('__new__') instanceof PyFunction);
}

/** OSError_new. */
function oserrorNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyBaseException {
  if (oserrorUseInit(cls)) return new PyBaseException(cls, []);
  noKeywords(cls, kwnames);
  let type = cls;
  const errno = args.length >= 2 && args.length <= 5 ? args[0]! : undefined;
  if (type === E.OSError && errno !== undefined && (isInt(errno) || typeof errno === 'boolean')) {
    const n = typeof errno === 'boolean' ? Number(errno) : Number(errno);
    type = ERRNO_SUBCLASS.get(n) ?? type;
  }
  const exc = new PyBaseException(type, args);
  oserrorInit(exc, args);
  return exc;
}

/** oserror_parse_args + oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]); the
 * args tuple keeps only (errno, strerror) when a filename is given. */
function oserrorInit(self: PyBaseException, args: PyValue[]): void {
  self.args = args;
  if (args.length < 2 || args.length > 5) return;
  const [errno, strerror, filename, , filename2] = args;
  if (filename !== undefined && filename !== None) {
    const isNumber = isInt(filename) || typeof filename === 'boolean' || filename instanceof PyFloat;
    if (self.type === E.BlockingIOError && isNumber) {
      // BlockingIOError's third argument can be the number of characters written.
      if (filename instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
      self.setMember('characters_written', filename);
    } else {
      self.setMember('filename', filename);
      if (filename2 !== undefined && filename2 !== None) self.setMember('filename2', filename2);
      self.args = args.slice(0, 2);
    }
  }
  self.setMember('errno', errno);
  self.setMember('strerror', strerror);
}

defineMethods(E.OSError, {
  __init__(_vm, args, kwargs) {
    const self = selfOf(args, E.OSError, '__init__');
    if (!oserrorUseInit(self.type)) return None; // everything was done in OSError_new
    noKeywords(self.type, kwargs?.names ?? null);
    oserrorInit(self, args.slice(1));
    return None;
  },
  __str__(vm, args) {
    const self = selfOf(args, E.OSError, '__str__');
    const m = self.members;
    const errno = m?.get('errno');
    const strerror = m?.get('strerror');
    const filename = m?.get('filename');
    const filename2 = m?.get('filename2');
    const show = (v: PyValue | undefined): string => vm.str(v ?? None);
    if (filename !== undefined) {
      const base = `[Errno ${show(errno)}] ${show(strerror)}: ${vm.repr(filename)}`;
      return filename2 !== undefined ? `${base} -> ${vm.repr(filename2)}` : base;
    }
    if (errno !== undefined && strerror !== undefined) return `[Errno ${show(errno)}] ${show(strerror)}`;
    return baseStr(vm, self);
  },
});

// --- SyntaxError ---------------------------------------------------------------------------------

const SYNTAX_DETAILS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

defineMethods(E.SyntaxError, {
  __init__(vm, args, kwargs) {
    const self = selfOf(args, E.SyntaxError, '__init__');
    baseInit(self, args, kwargs);
    if (self.args.length >= 1) self.setMember('msg', self.args[0]!);
    if (self.args.length === 2) {
      // The details tuple: (filename, lineno, offset, text[, end_lineno, end_offset[, metadata]]).
      const info = callTupleType(vm, [self.args[1]!], null).items;
      if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
      if (info.length > 7) throw typeError(`function takes at most 7 arguments (${info.length} given)`);
      SYNTAX_DETAILS.forEach((f, i) => self.setMember(f, info[i]));
      if (info.length === 5) throw typeError('end_offset must be provided when end_lineno is provided');
    }
    return None;
  },
  __str__(vm, args) {
    // SyntaxError_str: "msg (file, line N)" with the file's basename.
    const self = selfOf(args, E.SyntaxError, '__str__');
    const m = self.members;
    const msg = vm.str(m?.get('msg') ?? None);
    const fn = m?.get('filename');
    const filename = typeof fn === 'string' ? fn.slice(fn.lastIndexOf('/') + 1) : null;
    const lineno = m?.get('lineno');
    const line = lineno !== undefined && isInt(lineno) ? String(lineno) : null;
    if (filename !== null && line !== null) return `${msg} (${filename}, line ${line})`;
    if (filename !== null) return `${msg} (${filename})`;
    if (line !== null) return `${msg} (line ${line})`;
    return msg;
  },
});

// --- UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError -------------------------------

/** PyArg_ParseTuple for the Unicode errors: `format` is a string of 'U' (str), 'O' (any) and
 * 'n' (Py_ssize_t) codes. */
function parseUnicodeErrorArgs(vm: Interp, args: PyValue[], format: string): PyValue[] {
  if (args.length !== format.length) throw typeError(`function takes exactly ${format.length} arguments (${args.length} given)`);
  return args.map((a, i) => {
    const code = format[i]!;
    if (code === 'U' && typeof a !== 'string') throw typeError(`argument ${i + 1} must be str, not ${a === None ? 'None' : typeName(a)}`);
    if (code === 'n') return ssizeArg(vm, a);
    return a;
  });
}

function setUnicodeFields(self: PyBaseException, encoding: PyValue, object: PyValue, start: PyValue, end: PyValue, reason: PyValue): void {
  self.setMember('encoding', encoding);
  self.setMember('object', object);
  self.setMember('start', start);
  self.setMember('end', end);
  self.setMember('reason', reason);
}

/** UnicodeEncodeError_str, UnicodeDecodeError_str and UnicodeTranslateError_str. */
export function unicodeErrorStr(vm: Interp, self: PyBaseException, kind: 'encode' | 'decode' | 'translate'): string {
  const m = self.members;
  const object = m?.get('object');
  if (object === undefined) return '';
  const reason = vm.str(m?.get('reason') ?? None);
  const start = Number(m?.get('start') ?? 0);
  const end = Number(m?.get('end') ?? 0);
  const prefix = kind === 'translate' ? "can't translate" : `'${vm.str(m?.get('encoding') ?? None)}' codec can't ${kind}`;
  if (kind === 'decode') {
    const data = object instanceof PyBytes ? object.data : new Uint8Array(0);
    if (start >= 0 && start < data.length && end >= 0 && end <= data.length && end === start + 1) {
      return `${prefix} byte 0x${data[start]!.toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `${prefix} bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const cps = typeof object === 'string' ? Array.from(object) : [];
  if (start >= 0 && start < cps.length && end >= 0 && end <= cps.length && end === start + 1) {
    return `${prefix} character '${hexCodePoint(cps[start]!.codePointAt(0)!)}' in position ${start}: ${reason}`;
  }
  return `${prefix} characters in position ${start}-${end - 1}: ${reason}`;
}

defineMethods(E.UnicodeEncodeError, {
  __init__(vm, args, kwargs) {
    const self = selfOf(args, E.UnicodeEncodeError, '__init__');
    baseInit(self, args, kwargs);
    const [encoding, object, start, end, reason] = parseUnicodeErrorArgs(vm, self.args, 'UUnnU') as [PyValue, PyValue, PyValue, PyValue, PyValue];
    setUnicodeFields(self, encoding, object, start, end, reason);
    return None;
  },
  __str__(vm, args) {
    return unicodeErrorStr(vm, selfOf(args, E.UnicodeEncodeError, '__str__'), 'encode');
  },
});

defineMethods(E.UnicodeDecodeError, {
  __init__(vm, args, kwargs) {
    const self = selfOf(args, E.UnicodeDecodeError, '__init__');
    baseInit(self, args, kwargs);
    const [encoding, object, start, end, reason] = parseUnicodeErrorArgs(vm, self.args, 'UOnnU') as [PyValue, PyValue, PyValue, PyValue, PyValue];
    // The object is any bytes-like object, kept as bytes.
    if (!(object instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(object)}'`);
    setUnicodeFields(self, encoding, object, start, end, reason);
    return None;
  },
  __str__(vm, args) {
    return unicodeErrorStr(vm, selfOf(args, E.UnicodeDecodeError, '__str__'), 'decode');
  },
});

defineMethods(E.UnicodeTranslateError, {
  __init__(vm, args, kwargs) {
    const self = selfOf(args, E.UnicodeTranslateError, '__init__');
    baseInit(self, args, kwargs);
    const [object, start, end, reason] = parseUnicodeErrorArgs(vm, self.args, 'UnnU') as [PyValue, PyValue, PyValue, PyValue];
    setUnicodeFields(self, None, object, start, end, reason);
    return None;
  },
  __str__(vm, args) {
    return unicodeErrorStr(vm, selfOf(args, E.UnicodeTranslateError, '__str__'), 'translate');
  },
});

// --- str(), repr() and attributes, for the VM ------------------------------------------------------

/** str(exc) when its class defines no __str__ in Python: the builtin __str__ its MRO has. */
export function exceptionStr(vm: Interp, exc: PyBaseException): string {
  const f = exc.type.lookup('__str__');
  return f instanceof PyBuiltinFunction ? (f.fn(vm, [exc], null) as string) : baseStr(vm, exc);
}

/** repr(exc) when its class defines no __repr__ in Python. */
export function exceptionRepr(vm: Interp, exc: PyBaseException): string {
  const f = exc.type.lookup('__repr__');
  return (f instanceof PyBuiltinFunction ? f : (E.BaseException.dict.get('__repr__') as PyBuiltinFunction)).fn(vm, [exc], null) as string;
}

/** The attributes of an exception instance that are not looked up on its class: the fields of
 * BaseException, the type's members and __dict__; undefined when it has none of that name. */
export function exceptionAttr(exc: PyBaseException, name: string): PyValue | undefined {
  if (name === 'args') return newTuple(exc.args);
  const v = exc.getAttr(name);
  if (v === undefined && name === 'characters_written' && exc.type.isSubtypeOf(E.OSError)) throw attributeError('characters_written');
  return v;
}

/** exc.__traceback__ = tb and with_traceback(tb): a traceback or None. */
function setTraceback(exc: PyBaseException, tb: PyValue): void {
  if (tb !== None && !(tb instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
  exc.traceback = tb === None ? null : (tb as PyTraceback);
}

/** Assignment to an exception's attribute, with the checks of BaseException's setters. */
export function setExceptionAttr(vm: Interp, exc: PyBaseException, name: string, value: PyValue): void {
  switch (name) {
    case 'args':
      // BaseException_set_args: any iterable, stored as a tuple.
      exc.args = [...callTupleType(vm, [value], null).items];
      return;
    case '__traceback__':
      setTraceback(exc, value);
      return;
    case '__cause__':
    case '__context__':
      if (value !== None && !(value instanceof PyBaseException)) {
        throw typeError(`exception ${name === '__cause__' ? 'cause' : 'context'} must be None or derive from BaseException`);
      }
      break;
    case '__suppress_context__':
      if (typeof value !== 'boolean') throw typeError('attribute value type must be bool');
      break;
  }
  exc.setAttr(name, value);
}
