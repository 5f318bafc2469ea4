// The builtin exception hierarchy (Objects/exceptions.c) and the exception object layout.
//
// Every exception instance is a PyBaseException: its `args` tuple, the chaining fields
// (__cause__, __context__, __suppress_context__), the traceback, notes (add_note), and a `dict`
// for the attributes particular exception types define (StopIteration.value, SystemExit.code,
// NameError.name, OSError.errno...) and for those the program sets.

import { PyObject, PyType, None, objectType, typeType, TYPE_FLAG_BASETYPE, TYPE_FLAG_IMMUTABLE, type PyValue } from './object.ts';

/** One traceback entry (a `traceback` object): the frame's code location at raise/pass time. */
export interface TracebackEntry {
  /** The frame the exception passed through (its code and globals give file and name). */
  frame: unknown;
  /** Index of the instruction that was executing (for the line and the position markers). */
  instruction: number;
  next: TracebackEntry | null;
}

export class PyBaseException extends PyObject {
  args: PyValue[];
  /** __cause__: None or an exception. */
  cause: PyValue = None;
  /** __context__: None or an exception. */
  context: PyValue = None;
  suppressContext = false;
  traceback: TracebackEntry | null = null;
  /** __notes__ when add_note() was used (a list object in Python; kept as strings here). */
  notes: PyValue | null = null;
  /** Extra attributes: per-type fields and the ones the program sets. */
  dict: Map<string, PyValue> | null = null;

  constructor(type: PyType, args: PyValue[]) {
    super(type);
    this.args = args;
  }

  /** The attributes every exception has (BaseException_members and getset in
   * Objects/exceptions.c), then the per-type and program-set ones. */
  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case '__cause__':
        return this.cause;
      case '__context__':
        return this.context;
      case '__suppress_context__':
        return this.suppressContext;
      case '__notes__':
        return this.notes ?? this.dict?.get(name);
    }
    return this.dict?.get(name);
  }

  setAttr(name: string, value: PyValue): void {
    switch (name) {
      case '__cause__':
        this.cause = value;
        this.suppressContext = true;
        return;
      case '__context__':
        this.context = value;
        return;
      case '__suppress_context__':
        this.suppressContext = value === true;
        return;
      case '__notes__':
        this.notes = value;
        return;
    }
    (this.dict ??= new Map()).set(name, value);
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
  return new PyBaseException(type, args);
}

/** True for exception types (subclasses of BaseException). */
export function isExceptionType(t: PyType): boolean {
  return t.isSubtypeOf(BaseException);
}
