// The builtin exception hierarchy (Objects/exceptions.c) and the exception object layout.
//
// Every exception instance is a PyBaseException: its `args` tuple, the chaining fields
// (__cause__, __context__, __suppress_context__), the traceback, the member fields particular
// exception types define (StopIteration.value, SystemExit.code, NameError.name, OSError.errno...)
// and a `dict` for __notes__ and the attributes the program sets. The types' methods (__init__,
// __str__, __repr__...) are in exception-methods.ts.

import { PyObject, PyType, None, objectType, typeType, TYPE_FLAG_BASETYPE, TYPE_FLAG_IMMUTABLE, type PyValue } from './object.ts';
import { PyTraceback } from './traceback-object.ts';

export { PyTraceback };

/** The traceback chain as the VM builds it. */
export type TracebackEntry = PyTraceback;

export class PyBaseException extends PyObject {
  args: PyValue[];
  /** __cause__: None or an exception. */
  cause: PyValue = None;
  /** __context__: None or an exception. */
  context: PyValue = None;
  suppressContext = false;
  traceback: PyTraceback | null = null;
  /** The fields particular exception types have in C (SystemExit.code, OSError.errno,
   * UnicodeError.start...; see MEMBERS): absent means NULL, which reads as None. */
  members: Map<string, PyValue> | null = null;
  /** __dict__: the attributes the program sets, and __notes__ (add_note). */
  dict: Map<string, PyValue> | null = null;

  constructor(type: PyType, args: PyValue[]) {
    super(type);
    this.args = args;
  }

  /** The attributes every exception has (BaseException_members and getset in
   * Objects/exceptions.c), the members of its type, then __dict__. */
  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case '__cause__':
        return this.cause;
      case '__context__':
        return this.context;
      case '__suppress_context__':
        return this.suppressContext;
      case '__traceback__':
        return this.traceback ?? None;
    }
    if (membersOf(this.type).has(name)) {
      const v = this.members?.get(name);
      // BlockingIOError's characters_written raises AttributeError while unset (OSError_written_get).
      return v !== undefined || name === 'characters_written' ? v : None;
    }
    return this.dict?.get(name);
  }

  /** Sets an attribute without type checks (the VM's setAttr checks what CPython checks). */
  setAttr(name: string, value: PyValue): void {
    switch (name) {
      case '__cause__':
        // PyException_SetCause: setting a cause suppresses the context.
        this.cause = value;
        this.suppressContext = true;
        return;
      case '__context__':
        this.context = value;
        return;
      case '__suppress_context__':
        this.suppressContext = value === true;
        return;
      case '__traceback__':
        this.traceback = value instanceof PyTraceback ? value : null;
        return;
    }
    if (membersOf(this.type).has(name)) (this.members ??= new Map()).set(name, value);
    else (this.dict ??= new Map()).set(name, value);
  }

  /** Deletes an attribute of __dict__ or a member (which reads as None again); false if absent. */
  delAttr(name: string): boolean {
    if (membersOf(this.type).has(name)) {
      this.members?.delete(name);
      return true;
    }
    return this.dict?.delete(name) ?? false;
  }

  /** Sets a member field (used by the types' __init__). */
  setMember(name: string, value: PyValue | undefined): void {
    if (value === undefined) this.members?.delete(name);
    else (this.members ??= new Map()).set(name, value);
  }
}

function exceptionType(name: string, base: PyType | null, extraBases: PyType[] = []): PyType {
  const t = new PyType(typeType, name, base === null ? [objectType] : [base, ...extraBases], TYPE_FLAG_BASETYPE | TYPE_FLAG_IMMUTABLE);
  return t;
}

export const BaseException = exceptionType('BaseException', null);
export const BaseExceptionGroup = exceptionType('BaseExceptionGroup', BaseException);
export const GeneratorExit = exceptionType('GeneratorExit', BaseException);
export const KeyboardInterrupt = exceptionType('KeyboardInterrupt', BaseException);
export const SystemExit = exceptionType('SystemExit', BaseException);
export const Exception = exceptionType('Exception', BaseException);

export const ArithmeticError = exceptionType('ArithmeticError', Exception);
export const FloatingPointError = exceptionType('FloatingPointError', ArithmeticError);
export const OverflowError = exceptionType('OverflowError', ArithmeticError);
export const ZeroDivisionError = exceptionType('ZeroDivisionError', ArithmeticError);
export const AssertionError = exceptionType('AssertionError', Exception);
export const AttributeError = exceptionType('AttributeError', Exception);
export const BufferError = exceptionType('BufferError', Exception);
export const EOFError = exceptionType('EOFError', Exception);
export const ExceptionGroup = exceptionType('ExceptionGroup', BaseExceptionGroup, [Exception]);
// C3 linearization of ExceptionGroup(BaseExceptionGroup, Exception).
ExceptionGroup.mro = [ExceptionGroup, BaseExceptionGroup, Exception, BaseException, objectType];
export const ImportError = exceptionType('ImportError', Exception);
export const ModuleNotFoundError = exceptionType('ModuleNotFoundError', ImportError);
export const LookupError = exceptionType('LookupError', Exception);
export const IndexError = exceptionType('IndexError', LookupError);
export const KeyError = exceptionType('KeyError', LookupError);
export const MemoryError = exceptionType('MemoryError', Exception);
export const NameError = exceptionType('NameError', Exception);
export const UnboundLocalError = exceptionType('UnboundLocalError', NameError);
export const OSError = exceptionType('OSError', Exception);
export const BlockingIOError = exceptionType('BlockingIOError', OSError);
export const ChildProcessError = exceptionType('ChildProcessError', OSError);
export const ConnectionError = exceptionType('ConnectionError', OSError);
export const BrokenPipeError = exceptionType('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = exceptionType('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = exceptionType('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = exceptionType('ConnectionResetError', ConnectionError);
export const FileExistsError = exceptionType('FileExistsError', OSError);
export const FileNotFoundError = exceptionType('FileNotFoundError', OSError);
export const InterruptedError = exceptionType('InterruptedError', OSError);
export const IsADirectoryError = exceptionType('IsADirectoryError', OSError);
export const NotADirectoryError = exceptionType('NotADirectoryError', OSError);
export const PermissionError = exceptionType('PermissionError', OSError);
export const ProcessLookupError = exceptionType('ProcessLookupError', OSError);
export const TimeoutError = exceptionType('TimeoutError', OSError);
export const ReferenceError = exceptionType('ReferenceError', Exception);
export const RuntimeError = exceptionType('RuntimeError', Exception);
export const NotImplementedError = exceptionType('NotImplementedError', RuntimeError);
export const PythonFinalizationError = exceptionType('PythonFinalizationError', RuntimeError);
export const RecursionError = exceptionType('RecursionError', RuntimeError);
export const StopAsyncIteration = exceptionType('StopAsyncIteration', Exception);
export const StopIteration = exceptionType('StopIteration', Exception);
export const SyntaxError = exceptionType('SyntaxError', Exception);
export const IndentationError = exceptionType('IndentationError', SyntaxError);
export const TabError = exceptionType('TabError', IndentationError);
export const SystemError = exceptionType('SystemError', Exception);
export const TypeError = exceptionType('TypeError', Exception);
export const ValueError = exceptionType('ValueError', Exception);
export const UnicodeError = exceptionType('UnicodeError', ValueError);
export const UnicodeDecodeError = exceptionType('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = exceptionType('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = exceptionType('UnicodeTranslateError', UnicodeError);
export const Warning = exceptionType('Warning', Exception);
export const BytesWarning = exceptionType('BytesWarning', Warning);
export const DeprecationWarning = exceptionType('DeprecationWarning', Warning);
export const EncodingWarning = exceptionType('EncodingWarning', Warning);
export const FutureWarning = exceptionType('FutureWarning', Warning);
export const ImportWarning = exceptionType('ImportWarning', Warning);
export const PendingDeprecationWarning = exceptionType('PendingDeprecationWarning', Warning);
export const ResourceWarning = exceptionType('ResourceWarning', Warning);
export const RuntimeWarning = exceptionType('RuntimeWarning', Warning);
export const SyntaxWarning = exceptionType('SyntaxWarning', Warning);
export const UnicodeWarning = exceptionType('UnicodeWarning', Warning);
export const UserWarning = exceptionType('UserWarning', Warning);

/** Every builtin exception type by name, as the builtins module exposes them (with the
 * EnvironmentError and IOError aliases of OSError). */
export const BUILTIN_EXCEPTIONS: ReadonlyMap<string, PyType> = new Map(
  [
    BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception,
    ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
    AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError,
    LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
    BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
    ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
    InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
    TimeoutError, ReferenceError, RuntimeError, NotImplementedError, PythonFinalizationError,
    RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError,
    SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
    UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning,
    FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning,
    SyntaxWarning, UnicodeWarning, UserWarning,
  ]
    .map((t): [string, PyType] => [t.name, t])
    .concat([['EnvironmentError', OSError], ['IOError', OSError]]),
);

/** A new exception instance of `type` with these args (BaseException.__new__). */
export function newException(type: PyType, args: PyValue[]): PyBaseException {
  const e = new PyBaseException(type, args);
  // The fields SystemExit_init and StopIteration_init derive from the arguments, for the
  // exceptions the interpreter itself raises (a generator's return value, sys.exit).
  if (type.isSubtypeOf(StopIteration)) e.setMember('value', args.length > 0 ? args[0]! : None);
  else if (type.isSubtypeOf(SystemExit)) e.setMember('code', args.length === 0 ? None : args.length === 1 ? args[0]! : undefined);
  return e;
}

/** True for exception types (subclasses of BaseException). */
export function isExceptionType(t: PyType): boolean {
  return t.isSubtypeOf(BaseException);
}

/** The member fields of each builtin exception type that has any (the PyMemberDef tables of
 * Objects/exceptions.c); subclasses inherit them. */
const MEMBERS: ReadonlyMap<PyType, readonly string[]> = new Map([
  [SystemExit, ['code']],
  [StopIteration, ['value']],
  [ImportError, ['msg', 'name', 'path', 'name_from']],
  [NameError, ['name']],
  [AttributeError, ['name', 'obj']],
  [OSError, ['errno', 'strerror', 'filename', 'filename2', 'characters_written']],
  [SyntaxError, ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']],
  [UnicodeEncodeError, ['encoding', 'object', 'start', 'end', 'reason']],
  [UnicodeDecodeError, ['encoding', 'object', 'start', 'end', 'reason']],
  [UnicodeTranslateError, ['encoding', 'object', 'start', 'end', 'reason']],
  [BaseExceptionGroup, ['message', 'exceptions']],
]);
const NO_MEMBERS: ReadonlySet<string> = new Set();
const membersCache = new WeakMap<PyType, ReadonlySet<string>>();

/** The member field names instances of `t` have. */
export function membersOf(t: PyType): ReadonlySet<string> {
  let m = membersCache.get(t);
  if (m === undefined) {
    const names = t.mro.flatMap((c) => MEMBERS.get(c) ?? []);
    m = names.length === 0 ? NO_MEMBERS : new Set(names);
    membersCache.set(t, m);
  }
  return m;
}

/**
 * Implicit chaining when `exc` is raised while `handled` is being handled (Python/errors.c:
 * _PyErr_SetObject): `handled` becomes exc.__context__, after cutting `exc` out of handled's
 * context chain so that no cycle forms (Floyd's algorithm guards against pre-existing cycles).
 */
export function chainContext(exc: PyBaseException, handled: PyValue): void {
  if (!(handled instanceof PyBaseException) || handled === exc) return;
  let o: PyBaseException = handled;
  let slow: PyBaseException = handled;
  let toggle = false;
  for (;;) {
    const context = o.context;
    if (!(context instanceof PyBaseException)) break;
    if (context === exc) {
      o.context = None;
      break;
    }
    o = context;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyBaseException;
    toggle = !toggle;
  }
  exc.context = handled;
}
