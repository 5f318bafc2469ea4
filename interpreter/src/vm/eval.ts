// The eval loop (Python/ceval.c, Python/bytecodes.c): executes frames on the VM's own frame
// stack. A call to a Python function pushes a frame and continues in the same loop; returning
// pops it. No Python-to-Python call recurses on the JavaScript stack, so recursion depth is
// bounded by the Python recursion limit alone, and the loop can stop between any two
// instructions.
//
// Exceptions: native code throws RaisedException; the loop catches it, records the traceback
// entry, and looks the faulting instruction up in the frame's exception table. With no handler,
// the frame is popped and the search continues in the caller (adding a traceback entry).

import { Op, BinaryOp, UnaryOp, BINARY_OP_DUNDERS } from '../compiler/opcodes.ts';
import { PyCode, CO_GENERATOR } from '../compiler/code.ts';
import { None, Ellipsis, NotImplemented, typeOf, isInstance, PyType, typeEpoch, type PyValue } from '../objects/object.ts';
import { PyTuple, newTuple } from '../objects/tuple.ts';
import { intNeg, intInvert } from '../objects/int.ts';
import { PyList, PyListIterator } from '../objects/list.ts';
import { PyRangeIterator } from '../objects/range.ts';
import { PyFunction, PyCell } from '../objects/pyfunction.ts';
import type { PyDict } from '../objects/dict.ts';
import { PyMethod, PyInstance } from '../objects/instance.ts';
import { PyGenerator } from '../objects/generator.ts';
import { superType } from '../objects/descriptors.ts';
import { PyBuiltinFunction } from '../objects/function.ts';
import { PyBaseException, PyTraceback, newException, chainContext } from '../objects/exceptions.ts';
import { exceptionGroupMatch, prepReraiseStar } from '../objects/exception-group.ts';
import * as E from '../objects/exceptions.ts';
import { Frame, ReturnAction } from './frame.ts';
import { RaisedException, raise, typeError, nameError } from './raise.ts';
import { nativeBinaryOp, unsupportedOperands, nativeCompare, unsupportedComparison, UNSUPPORTED, UNSUPPORTED_NEEDS_VM, intBinaryOp } from './operators.ts';
import { bindArguments, extendStarred, mergeCallKwargs, starArgsTuple } from './call.ts';
import { TailCall, CompareOp } from './interp.ts';
import type { VM } from './vm.ts';

/** The second slot LOAD_METHOD pushes when the attribute is not a method of the type (CPython's
 * NULL): the callable below it is called without a self argument. */
const NO_SELF = null as unknown as PyValue;

/** Runs frames starting with `entry` (already linked to its caller) until `entry` returns;
 * returns its value, or throws RaisedException when an exception leaves `entry`.
 *
 * The hot state (code, stack, stack pointer, instruction index, locals) lives in locals of the
 * outer loop, reloaded from `frame` whenever the frame changes (`continue run`); no closure
 * captures it, so V8 keeps it in registers. */
export function execute(vm: VM, entry: Frame): PyValue {
  entry.isEntry = true;
  let frame = entry;
  /** An exception to raise as soon as the current frame is loaded (raised on a frame switch). */
  let pending: RaisedException | null = null;
  run: for (;;) {
    vm.currentFrame = frame;
    const code = frame.code.code;
    const stack = frame.stack;
    const fast = frame.fast;
    const consts = frame.code.consts;
    const names = frame.code.names;
    let sp = frame.sp;
    let pc = frame.pc;
    try {
      if (pending !== null) {
        const p = pending;
        pending = null;
        throw p;
      }
      for (;;) {
        const op = code[pc * 2]!;
        const arg = code[pc * 2 + 1]!;
        pc++;
        switch (op) {
          case Op.NOP:
            break;
          case Op.POP_TOP:
            sp--;
            break;
          case Op.COPY:
            stack[sp] = stack[sp - arg]!;
            sp++;
            break;
          case Op.SWAP: {
            const t = stack[sp - 1]!;
            stack[sp - 1] = stack[sp - arg]!;
            stack[sp - arg] = t;
            break;
          }
          case Op.LOAD_CONST:
            stack[sp++] = consts[arg]!;
            break;
          case Op.LOAD_FAST:
            stack[sp++] = fast[arg]!;
            break;
          case Op.LOAD_FAST_CHECKED: {
            const v = fast[arg];
            if (v === undefined) {
              throw raise(E.UnboundLocalError, `cannot access local variable '${frame.code.varnames[arg]}' where it is not associated with a value`);
            }
            stack[sp++] = v;
            break;
          }
          case Op.STORE_FAST:
            fast[arg] = stack[--sp]!;
            break;
          case Op.DELETE_FAST:
            if (fast[arg] === undefined) {
              throw raise(E.UnboundLocalError, `cannot access local variable '${frame.code.varnames[arg]}' where it is not associated with a value`);
            }
            fast[arg] = undefined;
            break;
          case Op.LOAD_DEREF: {
            const v = (fast[arg] as PyCell).value;
            if (v === undefined) throw unboundDeref(frame, arg);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            (fast[arg] as PyCell).value = stack[--sp]!;
            break;
          case Op.DELETE_DEREF: {
            const cell = fast[arg] as PyCell;
            if (cell.value === undefined) throw unboundDeref(frame, arg);
            cell.value = undefined;
            break;
          }
          case Op.LOAD_CLOSURE:
            stack[sp++] = fast[arg] as PyCell;
            break;
          case Op.LOAD_FROM_DICT_OR_DEREF: {
            const name = derefName(frame.code, arg);
            const v = frame.locals?.get(name) ?? (fast[arg] as PyCell).value;
            if (v === undefined) throw unboundDeref(frame, arg);
            stack[sp++] = v;
            break;
          }
          case Op.LOAD_GLOBAL:
            stack[sp++] = loadGlobal(vm, frame, names[arg]!, pc - 1);
            break;
          case Op.STORE_GLOBAL:
            storeGlobal(vm, frame.globals, names[arg]!, stack[--sp]!);
            break;
          case Op.DELETE_GLOBAL:
            if (!frame.globals.delete(names[arg]!)) throw nameError(`name '${names[arg]}' is not defined`);
            vm.globalsChanged(true);
            break;
          case Op.LOAD_NAME: {
            // A module body's namespace is its globals: the cached global lookup.
            if (frame.locals === frame.globals) {
              stack[sp++] = loadGlobal(vm, frame, names[arg]!, pc - 1);
              break;
            }
            const name = names[arg]!;
            const v = frame.locals!.get(name) ?? frame.globals.get(name) ?? frame.builtins.get(name);
            if (v === undefined) throw undefinedName(name);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_NAME:
            if (frame.locals === frame.globals) storeGlobal(vm, frame.globals, names[arg]!, stack[--sp]!);
            else frame.locals!.set(names[arg]!, stack[--sp]!);
            break;
          case Op.DELETE_NAME:
            if (!frame.locals!.delete(names[arg]!)) throw nameError(`name '${names[arg]}' is not defined`);
            if (frame.locals === frame.globals) vm.globalsChanged(true);
            break;

          case Op.LOAD_ATTR:
            stack[sp - 1] = vm.getAttr(stack[sp - 1]!, names[arg]!);
            break;
          case Op.LOAD_METHOD: {
            // Pushes [function, self] for a method of the object's type, else [attribute, NULL].
            const obj = stack[sp - 1]!;
            const t = typeOf(obj);
            const cache = frame.code.inlineCache ??= [];
            const slot = (pc - 1) * 3;
            let method: PyValue | undefined;
            if (cache[slot] === t && cache[slot + 1] === typeEpoch && !(obj instanceof PyInstance && obj.dict.has(names[arg]!))) {
              method = cache[slot + 2] as PyValue;
            } else {
              method = vm.lookupMethod(obj, names[arg]!);
              if (method !== undefined) {
                cache[slot] = t;
                cache[slot + 1] = typeEpoch;
                cache[slot + 2] = method;
              }
            }
            if (method !== undefined) {
              stack[sp - 1] = method;
              stack[sp++] = obj;
            } else {
              stack[sp - 1] = vm.getAttr(obj, names[arg]!);
              stack[sp++] = NO_SELF;
            }
            break;
          }
          case Op.STORE_ATTR:
            vm.setAttr(stack[sp - 1]!, names[arg]!, stack[sp - 2]!);
            sp -= 2;
            break;

          case Op.BINARY_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              // Small-int + and - inline; everything else in intBinaryOp.
              if (arg === BinaryOp.ADD || arg === BinaryOp.INPLACE + BinaryOp.ADD) {
                const r = a + b;
                if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) {
                  stack[sp - 1] = r;
                  break;
                }
              } else if (arg === BinaryOp.SUBTRACT || arg === BinaryOp.INPLACE + BinaryOp.SUBTRACT) {
                const r = a - b;
                if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) {
                  stack[sp - 1] = r;
                  break;
                }
              }
              stack[sp - 1] = intBinaryOp(arg, a, b);
              break;
            }
            // A class on the right gets its reflected method before a builtin sequence's
            // concat/repeat raises (binary_op1 runs before sq_concat in PyNumber_Add).
            const r = typeof b === 'object' && b.type.isHeapType() ? binaryOpRightClass(vm, arg, a, b) : nativeBinaryOp(arg, a, b);
            if (r === UNSUPPORTED_NEEDS_VM) {
              stack[sp - 1] = vm.binaryOpWithVm(arg, a, b);
              break;
            }
            if (r === UNSUPPORTED) {
              const viaDunder = binaryOpDunder(vm, arg, a, b);
              if (viaDunder === UNSUPPORTED) unsupportedOperands(arg, a, b);
              stack[sp - 1] = viaDunder;
            } else {
              stack[sp - 1] = r;
            }
            break;
          }
          case Op.UNARY_OP:
            stack[sp - 1] = unaryOp(vm, arg, stack[sp - 1]!);
            break;
          case Op.COMPARE_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              stack[sp - 1] = arg === CompareOp.LT ? a < b : arg === CompareOp.LE ? a <= b : arg === CompareOp.EQ ? a === b : arg === CompareOp.NE ? a !== b : arg === CompareOp.GT ? a > b : a >= b;
              break;
            }
            stack[sp - 1] = vm.richCompare(a, b, arg);
            break;
          }
          case Op.IS_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            const same = vm.is(a, b);
            stack[sp - 1] = arg === 0 ? same : !same;
            break;
          }
          case Op.CONTAINS_OP: {
            const container = stack[--sp]!;
            const item = stack[sp - 1]!;
            const r = vm.contains(container, item);
            stack[sp - 1] = arg === 0 ? r : !r;
            break;
          }
          case Op.BINARY_SUBSCR: {
            const key = stack[--sp]!;
            stack[sp - 1] = vm.getItem(stack[sp - 1]!, key);
            break;
          }
          case Op.STORE_SUBSCR: {
            const key = stack[--sp]!;
            const container = stack[--sp]!;
            vm.setItem(container, key, stack[--sp]!);
            break;
          }
          case Op.DELETE_SUBSCR: {
            const key = stack[--sp]!;
            vm.delItem(stack[--sp]!, key);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack[--sp]! : None;
            const stop = stack[--sp]!;
            stack[sp - 1] = vm.makeSlice(stack[sp - 1]!, stop, step);
            break;
          }
          case Op.BUILD_TUPLE:
            sp -= arg;
            stack[sp] = newTuple(stack.slice(sp, sp + arg));
            sp++;
            break;
          case Op.BUILD_LIST: {
            sp -= arg;
            stack[sp] = new PyList(stack.slice(sp, sp + arg));
            sp++;
            break;
          }
          case Op.BUILD_SET:
            sp -= arg;
            stack[sp] = vm.makeSet(stack.slice(sp, sp + arg));
            sp++;
            break;
          case Op.BUILD_MAP: {
            sp -= 2 * arg;
            stack[sp] = vm.makeDict(stack.slice(sp, sp + 2 * arg));
            sp++;
            break;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const keys = (stack[--sp] as PyTuple).items;
            sp -= arg;
            const pairs: PyValue[] = [];
            for (let i = 0; i < arg; i++) pairs.push(keys[i]!, stack[sp + i]!);
            stack[sp++] = vm.makeDict(pairs);
            break;
          }
          case Op.BUILD_STRING: {
            sp -= arg;
            let s = '';
            for (let i = 0; i < arg; i++) s += stack[sp + i] as string;
            stack[sp++] = s;
            break;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp]!;
            (stack[sp - arg] as PyList).items.push(v);
            break;
          }
          case Op.LIST_EXTEND: {
            const v = stack[--sp]!;
            extendStarred(vm, (stack[sp - arg] as PyList).items, v);
            break;
          }
          case Op.MAP_ADD: {
            const value = stack[--sp]!;
            const key = stack[--sp]!;
            vm.setItem(stack[sp - arg]!, key, value);
            break;
          }
          case Op.LOAD_FAST_AND_CLEAR:
            stack[sp++] = fast[arg] as PyValue;
            fast[arg] = undefined;
            break;
          case Op.MAKE_CELL:
            fast[arg] = new PyCell(undefined);
            break;
          case Op.STORE_FAST_MAYBE_NULL:
            fast[arg] = stack[--sp];
            break;
          case Op.SET_ADD:
          case Op.SET_UPDATE:
          case Op.DICT_UPDATE: {
            const v = stack[--sp]!;
            vm.containerUpdate(op, stack[sp - arg]!, v);
            break;
          }
          case Op.DICT_MERGE: {
            // Only in calls: the callable is under the argument tuple and the kwargs dict.
            const v = stack[--sp]!;
            mergeCallKwargs(vm, stack[sp - arg - 2]!, stack[sp - arg] as PyDict, v);
            break;
          }
          case Op.LIST_TO_TUPLE:
            stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items.slice());
            break;
          case Op.UNPACK_SEQUENCE: {
            const items = vm.unpack(stack[--sp]!, arg, -1);
            for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i]!;
            break;
          }
          case Op.UNPACK_EX: {
            const before = arg & 0xff;
            const after = arg >> 8;
            const items = vm.unpack(stack[--sp]!, before, after);
            for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i]!;
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = arg & 4 ? (stack[--sp] as string) : '';
            let v = stack[sp - 1]!;
            const conv = arg & 3;
            if (conv === 1) v = vm.str(v);
            else if (conv === 2) v = vm.repr(v);
            else if (conv === 3) v = vm.ascii(v);
            stack[sp - 1] = typeof v === 'string' && spec === '' ? v : vm.format(v, spec);
            break;
          }

          case Op.JUMP:
            pc = arg;
            if ((++vm.ticks & 0x3ff) === 0) vm.checkTime();
            break;
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack[--sp]!;
            if (v === false || (v !== true && !vm.truthy(v))) pc = arg;
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp]!;
            if (v === true || (v !== false && vm.truthy(v))) pc = arg;
            break;
          }
          case Op.POP_JUMP_IF_NONE:
            if (stack[--sp] === None) pc = arg;
            break;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (stack[--sp] !== None) pc = arg;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
            if (!vm.truthy(stack[sp - 1]!)) pc = arg;
            else sp--;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
            if (vm.truthy(stack[sp - 1]!)) pc = arg;
            else sp--;
            break;
          case Op.GET_ITER:
            stack[sp - 1] = vm.getIter(stack[sp - 1]!);
            break;
          case Op.FOR_ITER: {
            const it = stack[sp - 1]!;
            let next: PyValue | undefined;
            // The common iterators first (CPython's FOR_ITER_RANGE / FOR_ITER_LIST).
            if (it instanceof PyRangeIterator || it instanceof PyListIterator) {
              next = it.nextValue();
            } else if (it instanceof PyGenerator) {
              const f = resumeGenerator(vm, frame, it, null, ReturnAction.GEN_FOR_ITER);
              if (f === null) {
                sp--;
                pc = arg;
                break;
              }
              frame.sp = sp;
              frame.pc = pc;
              frame = f;
              continue run;
            } else {
              next = vm.iterNext(it);
            }
            if (next === undefined) {
              sp--;
              pc = arg;
            } else {
              stack[sp++] = next;
            }
            break;
          }

          case Op.CALL:
          case Op.CALL_METHOD: {
            // CALL: [callable, args...]; CALL_METHOD: [function, self, args...] or
            // [callable, NULL, args...] (LOAD_METHOD). With self, the arguments start at self.
            let base: number;
            let first: number;
            if (op === Op.CALL) {
              base = sp - arg - 1;
              first = base + 1;
            } else {
              base = sp - arg - 2;
              first = stack[base + 1] === NO_SELF ? base + 2 : base + 1;
            }
            const nargs = sp - first;
            const callable = stack[base]!;
            sp = base;
            // The arguments are read from the stack slots above `sp` before anything reuses them.
            const r = callable instanceof PyFunction
              ? pushFunctionFrame(vm, frame, callable, stack, first, nargs, null, null, ReturnAction.PUSH)
              : callObject(vm, frame, callable, stack.slice(first, first + nargs), 0, nargs, null, null);
            if (r instanceof Frame) {
              frame.sp = sp;
              frame.pc = pc;
              frame = r;
              continue run;
            }
            stack[sp++] = r;
            break;
          }
          case Op.CALL_KW:
          case Op.CALL_METHOD_KW:
          case Op.CALL_FUNCTION_EX: {
            frame.sp = sp;
            const r = callWithKeywords(vm, frame, op, arg);
            sp = frame.sp;
            if (r instanceof Frame) {
              frame.pc = pc;
              frame = r;
              continue run;
            }
            stack[sp++] = r;
            break;
          }
          case Op.MAKE_FUNCTION: {
            const fcode = stack[--sp] as PyCode;
            const closure = arg & 8 ? ((stack[--sp] as PyTuple).items as PyCell[]) : null;
            const kwdefaults = arg & 2 ? (stack[--sp] as PyDict) : null;
            const defaults = arg & 1 ? (stack[--sp] as PyTuple).items : null;
            const fn = new PyFunction(fcode, frame.globals, closure);
            fn.defaults = defaults;
            fn.kwdefaults = kwdefaults;
            fn.module = frame.globals.get('__name__') ?? None;
            stack[sp++] = fn;
            break;
          }
          case Op.RETURN_CONST:
          case Op.RETURN_VALUE: {
            const result = op === Op.RETURN_CONST ? consts[arg]! : stack[--sp]!;
            const finished = frame;
            finished.sp = 0;
            finished.pc = pc;
            if (finished.generator !== null) {
              const gen = finished.generator;
              gen.frame = null;
              gen.running = false;
              vm.excInfo = gen.callerExcInfo ?? None;
              if (finished.isEntry) {
                vm.generatorYielded = false;
                return result;
              }
              const back = finished.back!;
              frame = back;
              if (finished.returnAction === ReturnAction.GEN_FOR_ITER) {
                // The loop is over: drop the iterator and jump past the loop body.
                back.sp--;
                back.pc = back.code.code[(back.pc - 1) * 2 + 1]!;
              } else {
                pending = new RaisedException(newException(E.StopIteration, result === None ? [] : [result]));
              }
              continue run;
            }
            if (finished.isEntry) return result;
            const back = finished.back!;
            frame = back;
            switch (finished.returnAction) {
              case ReturnAction.PUSH:
                back.stack[back.sp++] = result;
                break;
              case ReturnAction.PUSH_PENDING:
                back.stack[back.sp++] = finished.pendingValue!;
                break;
              case ReturnAction.INIT:
                if (result !== None) {
                  pending = typeError(`__init__() should return None, not '${typeOf(result).name}'`);
                  break;
                }
                back.stack[back.sp++] = finished.pendingValue!;
                break;
              case ReturnAction.BUILD_CLASS:
                // An error creating the class (a bad MRO...) is raised in the caller's frame.
                try {
                  back.stack[back.sp++] = vm.finishClass(finished, (finished.pendingValue as PyTuple).items);
                } catch (e) {
                  if (!(e instanceof RaisedException)) throw e;
                  back.sp--;
                  pending = e;
                }
                break;
            }
            continue run;
          }

          case Op.RAISE_VARARGS: {
            if (arg === 0) {
              const current = handledException(vm, frame);
              if (current === None) throw raise(E.RuntimeError, 'No active exception to reraise');
              throw new ReRaise(current as PyBaseException);
            }
            const cause = arg === 2 ? stack[--sp]! : undefined;
            const exc = vm.makeExceptionToRaise(stack[--sp]!);
            if (cause !== undefined) {
              exc.cause = cause === None ? None : vm.makeExceptionToRaise(cause, 'exception causes');
              exc.suppressContext = true;
            }
            throw new RaisedException(exc);
          }
          case Op.RERAISE: {
            // The handler search continues from this instruction (CPython's exception_unwind
            // uses the RERAISE's own offset); the traceback already has this frame's line.
            const exc = stack[--sp] as PyBaseException;
            throw new ReRaise(exc);
          }
          case Op.PUSH_EXC_INFO: {
            const exc = stack[sp - 1]!;
            stack[sp - 1] = vm.excInfo;
            stack[sp++] = exc;
            vm.excInfo = exc;
            break;
          }
          case Op.POP_EXCEPT:
            vm.excInfo = stack[--sp]!;
            break;
          case Op.CHECK_EXC_MATCH: {
            const type = stack[sp - 1]!;
            const exc = stack[sp - 2]!;
            stack[sp - 1] = vm.exceptionMatches(exc, type);
            break;
          }
          case Op.IS_BUILTIN:
            stack[sp - 1] = stack[sp - 1] === frame.builtins.get(names[arg]!);
            break;
          case Op.CHECK_EG_MATCH: {
            const type = stack[--sp]!;
            const [rest, match] = exceptionGroupMatch(vm, stack[sp - 1]!, type, () => new PyTraceback(frame, pc - 1, null));
            stack[sp - 1] = rest;
            stack[sp++] = match;
            if (match !== None) vm.excInfo = match;
            break;
          }
          case Op.PREP_RERAISE_STAR: {
            const raised = stack[--sp] as PyList;
            stack[sp - 1] = prepReraiseStar(vm, stack[sp - 1]!, raised);
            break;
          }
          case Op.LOAD_ASSERTION_ERROR:
            stack[sp++] = E.AssertionError;
            break;
          case Op.YIELD_VALUE: {
            const value = stack[--sp]!;
            const f = frame;
            const gen = f.generator!;
            gen.running = false;
            gen.excInfo = vm.excInfo;
            vm.excInfo = gen.callerExcInfo ?? None;
            f.sp = sp;
            f.pc = pc;
            if (f.isEntry) {
              // Resumed from native code (vm.iterNext): hand the value back to it.
              f.isEntry = false;
              vm.generatorYielded = true;
              return value;
            }
            frame = f.back!;
            f.back = null;
            frame.stack[frame.sp++] = value;
            continue run;
          }
          case Op.LOAD_BUILD_CLASS:
            stack[sp++] = vm.buildClassFunction;
            break;
          case Op.DELETE_ATTR:
            vm.delAttr(stack[--sp]!, names[arg]!);
            break;

          default:
            throw new Error(`internal error: opcode ${op} not implemented`);
        }
      }
    } catch (e) {
      // --- Exception handling ------------------------------------------------------------------
      let exc: PyBaseException;
      let addTraceback = true;
      let chain = true;
      if (e instanceof ReRaise) {
        exc = e.exc;
        addTraceback = false;
      } else if (e instanceof RaisedException) {
        exc = e.exc;
        // An exception coming back out of a nested call was chained where it was raised.
        chain = !(e instanceof PropagatedException);
      } else if (e instanceof RangeError && /^Invalid (string|array|typed array) length|allocation failed/.test(e.message)) {
        // A string or array past what the JS engine can hold: CPython would run out of memory.
        exc = newException(E.MemoryError, []);
      } else if (e instanceof RangeError) {
        exc = newException(E.RecursionError, ['maximum recursion depth exceeded']);
      } else {
        throw e;
      }
      let instruction = pc - 1;
      if (addTraceback) {
        // Implicit chaining: the exception being handled becomes __context__.
        if (chain) chainContext(exc, handledException(vm, frame));
        exc.traceback = new PyTraceback(frame, instruction, exc.traceback);
      }
      // Find a handler, popping frames until one covers the faulting instruction.
      let f = frame;
      for (;;) {
        const handler = findHandler(f.code, instruction);
        if (handler !== null) {
          f.sp = handler.depth;
          if (handler.lasti) f.stack[f.sp++] = instruction;
          f.stack[f.sp++] = exc;
          f.pc = handler.target;
          frame = f;
          continue run;
        }
        if (f.generator !== null) {
          // An exception leaves a generator: it is finished (PEP 479 turns StopIteration into
          // RuntimeError).
          const gen = f.generator;
          gen.frame = null;
          gen.running = false;
          vm.excInfo = gen.callerExcInfo ?? None;
          if (exc.type.isSubtypeOf(E.StopIteration)) {
            const wrapped = newException(E.RuntimeError, ['generator raised StopIteration']);
            wrapped.cause = exc;
            wrapped.context = exc;
            wrapped.suppressContext = true;
            exc = wrapped;
          }
        }
        f.sp = 0;
        if (f.isEntry) {
          frame = f;
          throw new PropagatedException(exc);
        }
        f = f.back!;
        instruction = f.pc - 1;
        exc.traceback = new PyTraceback(f, instruction, exc.traceback);
      }
    }
  }
}

/** A new frame for a call to a Python function, linked to `caller`; for a generator function,
 * the generator object (its frame waits for the first next()). */
function pushFunctionFrame(
  vm: VM, caller: Frame, fn: PyFunction, args: PyValue[], argsStart: number, nargs: number,
  kwnames: readonly string[] | null, kwvalues: readonly PyValue[] | null, action: ReturnAction,
): Frame | PyValue {
  if (caller.depth >= vm.recursionLimit) throw raise(E.RecursionError, 'maximum recursion depth exceeded');
  const code = fn.code;
  const f = new Frame(code, fn.globals, vm.builtins, null, fn);
  if (code.plainPositional && nargs === code.argcount && kwnames === null) {
    // The common call: exactly the positional parameters, nothing else to bind.
    const fast = f.fast;
    for (let i = 0; i < nargs; i++) fast[i] = args[argsStart + i];
  } else {
    bindArguments(fn, f, args, argsStart, nargs, kwnames, kwvalues, vm.makeKwargsDict);
  }
  if (code.nlocalsplus !== code.varnames.length) initCells(f, fn);
  if (code.flags & CO_GENERATOR) {
    const gen = new PyGenerator(f, fn, fn.name, fn.qualname);
    f.generator = gen;
    return gen;
  }
  f.back = caller;
  f.depth = caller.depth + 1;
  f.returnAction = action;
  return f;
}

/** The frame to resume for a generator (linked to `caller`), or null when it has finished. */
function resumeGenerator(vm: VM, caller: Frame, gen: PyGenerator, sendValue: PyValue | null, action: ReturnAction): Frame | null {
  if (gen.running) throw raise(E.ValueError, 'generator already executing');
  const f = gen.frame as Frame | null;
  if (f === null) return null;
  if (caller.depth >= vm.recursionLimit) throw raise(E.RecursionError, 'maximum recursion depth exceeded');
  if (gen.started) f.stack[f.sp++] = sendValue ?? None;
  gen.started = true;
  gen.running = true;
  gen.callerExcInfo = vm.excInfo;
  vm.excInfo = gen.excInfo ?? None;
  f.back = caller;
  f.depth = caller.depth + 1;
  f.returnAction = action;
  return f;
}

/** CALL_KW, CALL_METHOD_KW and CALL_FUNCTION_EX: pops the callable and its arguments from the
 * frame's stack (leaving frame.sp at the callable's slot) and makes the call. */
function callWithKeywords(vm: VM, frame: Frame, op: Op, arg: number): Frame | PyValue {
  const stack = frame.stack;
  let sp = frame.sp;
  let callable: PyValue;
  let args: PyValue[];
  let npos: number;
  let kwnames: readonly string[] | null;
  let kwvalues: readonly PyValue[] | null;
  if (op === Op.CALL_FUNCTION_EX) {
    // Stack: callable, positional tuple (or iterable), then a mapping when arg & 1.
    const kwargs = arg & 1 ? stack[--sp]! : null;
    const argsValue = stack[--sp]!;
    callable = stack[--sp]!;
    args = argsValue instanceof PyTuple ? argsValue.items : starArgsTuple(vm, callable, argsValue);
    npos = args.length;
    const kw = kwargs === null ? null : vm.kwargsFromMapping(kwargs, callable);
    kwnames = kw?.names ?? null;
    kwvalues = kw?.values ?? null;
  } else {
    // Stack: callable (then self or NULL for CALL_METHOD_KW), the values, the names tuple on top.
    const names = (stack[--sp] as PyTuple).items as string[];
    const base = op === Op.CALL_KW ? sp - arg - 1 : sp - arg - 2;
    let first = base + 1;
    if (op === Op.CALL_METHOD_KW && stack[base + 1] === NO_SELF) first = base + 2;
    callable = stack[base]!;
    args = stack.slice(first, sp);
    sp = base;
    npos = args.length - names.length;
    kwnames = names;
    kwvalues = args.slice(npos);
  }
  frame.sp = sp;
  return callObject(vm, frame, callable, args, 0, npos, kwnames, kwvalues);
}

/** Calls any callable for the eval loop: a frame to switch to, or the call's value. */
function callObject(
  vm: VM, caller: Frame, callable: PyValue, args: PyValue[], argsStart: number, nargs: number,
  kwnames: readonly string[] | null, kwvalues: readonly PyValue[] | null,
): Frame | PyValue {
  if (callable instanceof PyFunction) return pushFunctionFrame(vm, caller, callable, args, argsStart, nargs, kwnames, kwvalues, ReturnAction.PUSH);
  if (callable instanceof PyBuiltinFunction && callable !== vm.buildClassFunction) {
    const positional = argsStart === 0 && nargs === args.length ? args : args.slice(argsStart, argsStart + nargs);
    return nativeResult(vm, caller, vm.callNative(callable, positional, kwnames, kwvalues));
  }
  if (callable instanceof PyMethod) {
    const withSelf = [callable.self, ...args.slice(argsStart, argsStart + nargs)];
    return callObject(vm, caller, callable.func, withSelf, 0, withSelf.length, kwnames, kwvalues);
  }
  if (callable === vm.buildClassFunction) {
    // __build_class__(body, name, *bases): run the body with a fresh namespace; the class is
    // created when the body's frame returns (ReturnAction.BUILD_CLASS).
    const positional = args.slice(argsStart, argsStart + nargs);
    const body = positional[0];
    if (!(body instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
    if (typeof positional[1] !== 'string') throw typeError('__build_class__: name is not a string');
    if (kwnames !== null && kwnames.some((k) => k !== 'metaclass')) throw typeError('class keyword arguments are not supported yet');
    if (caller.depth >= vm.recursionLimit) throw raise(E.RecursionError, 'maximum recursion depth exceeded');
    const f = new Frame(body.code, body.globals, vm.builtins, new Map(), body);
    initCells(f, body);
    f.back = caller;
    f.depth = caller.depth + 1;
    f.returnAction = ReturnAction.BUILD_CLASS;
    f.pendingValue = newTuple(positional.slice(1));
    return f;
  }
  if (callable === superType && nargs === 0 && (kwnames === null || kwnames.length === 0)) {
    // Zero-argument super(): the method's class from its __class__ cell and its first argument
    // (Objects/typeobject.c: super_init_without_args).
    const code = caller.code;
    if (code.argcount === 0 && (code.flags & 0x4) === 0) throw raise(E.RuntimeError, 'super(): no arguments');
    let first = caller.fast[0];
    const firstCell = code.cellvars.indexOf(code.varnames[0]!);
    if (firstCell >= 0) first = (caller.fast[code.varnames.length + firstCell] as PyCell).value;
    if (first === undefined) throw raise(E.RuntimeError, 'super(): arg[0] deleted');
    const free = code.freevars.indexOf('__class__');
    if (free < 0) throw raise(E.RuntimeError, 'super(): __class__ cell not found');
    const cls = (caller.fast[code.varnames.length + code.cellvars.length + free] as PyCell).value;
    if (!(cls instanceof PyType)) throw raise(E.RuntimeError, 'super(): empty __class__ cell');
    return vm.makeSuper(cls, first);
  }
  if (callable instanceof PyInstance) {
    const call = callable.type.lookup('__call__');
    if (call instanceof PyFunction) {
      const withSelf = [callable as PyValue, ...args.slice(argsStart, argsStart + nargs)];
      return pushFunctionFrame(vm, caller, call, withSelf, 0, withSelf.length, kwnames, kwvalues, ReturnAction.PUSH);
    }
    throw typeError(`'${callable.type.name}' object is not callable`);
  }
  if (callable instanceof PyType && callable.isHeapType()) {
    const positional = args.slice(argsStart, argsStart + nargs);
    const instance = vm.newInstance(callable, positional, kwnames);
    const init = callable.lookup('__init__');
    if (init instanceof PyFunction) {
      const r = pushFunctionFrame(vm, caller, init, [instance, ...positional], 0, positional.length + 1, kwnames, kwvalues, ReturnAction.INIT);
      if (!(r instanceof Frame)) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
      r.pendingValue = instance;
      return r;
    }
    vm.checkDefaultInit(callable, instance, positional, kwnames, kwvalues);
    return instance;
  }
  const positional = argsStart === 0 && nargs === args.length ? args : args.slice(argsStart, argsStart + nargs);
  return nativeResult(vm, caller, vm.callNative(callable, positional, kwnames, kwvalues));
}

/** The value of a native call, or the frame of the Python function it asked to finish with
 * (a TailCall), so that function runs on the VM's frame stack rather than nested. */
function nativeResult(vm: VM, caller: Frame, result: PyValue | TailCall): Frame | PyValue {
  if (result instanceof TailCall) {
    if (result.callable instanceof PyFunction) {
      return pushFunctionFrame(vm, caller, result.callable, result.args, 0, result.args.length, result.kwargs?.names ?? null, result.kwargs?.values ?? null, ReturnAction.PUSH);
    }
    return vm.callNested(result.callable, result.args, result.kwargs);
  }
  return result;
}

/** A global or builtin (LOAD_GLOBAL, and LOAD_NAME in a module body) through the instruction's
 * inline cache, the way CPython's LOAD_GLOBAL specializations use dict key versions: a global's
 * value holds until any global changes (vm.globalsVersion); a builtin holds until a global is
 * added or deleted (vm.globalsKeysVersion), since only a new global can shadow it. A builtin's
 * entry stores the keys version complemented (~v, negative) to tell the two kinds apart. */
function loadGlobal(vm: VM, frame: Frame, name: string, instruction: number): PyValue {
  const cache = frame.code.inlineCache ??= [];
  const slot = instruction * 3;
  if (cache[slot] === frame.globals) {
    const version = cache[slot + 1] as number;
    if (version >= 0 ? version === vm.globalsVersion : ~version === vm.globalsKeysVersion) return cache[slot + 2] as PyValue;
  }
  let v = frame.globals.get(name);
  let version = vm.globalsVersion;
  if (v === undefined) {
    v = frame.builtins.get(name);
    if (v === undefined) throw undefinedName(name);
    version = ~vm.globalsKeysVersion;
  }
  cache[slot] = frame.globals;
  cache[slot + 1] = version;
  cache[slot + 2] = v;
  return v;
}

function storeGlobal(vm: VM, globals: Map<string, PyValue>, name: string, value: PyValue): void {
  const size = globals.size;
  globals.set(name, value);
  vm.globalsChanged(globals.size !== size);
}

/** NameError for an unbound global or name, with its `name` attribute (for the suggestions). */
function undefinedName(name: string): RaisedException {
  const r = nameError(`name '${name}' is not defined`);
  r.exc.setAttr('name', name);
  return r;
}

/** The exception being handled, as _PyErr_GetTopmostException finds it: a generator that is
 * handling nothing itself sees what the code that resumed it is handling. */
function handledException(vm: VM, frame: Frame): PyValue {
  let exc = vm.excInfo;
  for (let f: Frame | null = frame; exc === None && f !== null; f = f.back) {
    if (f.generator !== null) exc = f.generator.callerExcInfo ?? None;
  }
  return exc;
}

/** An exception leaving the entry frame of a nested execution: the native code that called it
 * lets it through, and the frame around that call extends its traceback but does not chain it
 * again. */
class PropagatedException extends RaisedException {}

/** Marks a re-raise: the traceback is not extended for the frame re-raising it. */
class ReRaise {
  constructor(readonly exc: PyBaseException) {}
}

function findHandler(code: PyCode, instruction: number) {
  const table = code.exceptionTable;
  for (let i = 0; i < table.length; i++) {
    const h = table[i]!;
    if (instruction >= h.start && instruction < h.end) return h;
  }
  return null;
}

/** Creates the cells of a new frame (MAKE_CELL / COPY_FREE_VARS). */
export function initCells(f: Frame, fn: PyFunction | null): void {
  const code = f.code;
  const nv = code.varnames.length;
  for (let i = 0; i < code.cellvars.length; i++) {
    const arg = code.cell2arg[i]!;
    f.fast[nv + i] = new PyCell(arg >= 0 ? f.fast[arg] : undefined);
  }
  if (fn !== null && fn.closure !== null) {
    const base = nv + code.cellvars.length;
    for (let i = 0; i < fn.closure.length; i++) f.fast[base + i] = fn.closure[i];
  }
}

function derefName(code: PyCode, index: number): string {
  const nv = code.varnames.length;
  return index - nv < code.cellvars.length ? code.cellvars[index - nv]! : code.freevars[index - nv - code.cellvars.length]!;
}

function unboundDeref(frame: Frame, index: number): RaisedException {
  const name = derefName(frame.code, index);
  const nv = frame.code.varnames.length;
  if (index - nv < frame.code.cellvars.length) {
    return raise(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  }
  // format_exc_check_arg: a NameError (not UnboundLocalError) gets its `name` for the suggestions.
  const r = raise(E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  r.exc.setAttr('name', name);
  return r;
}

/** Operator dunders of Python classes (binary_op1 / binary_iop1 in Objects/abstract.c): the
 * in-place method, then a's method and b's reflected one (b's first when b's class is a
 * subclass of a's), NotImplemented meaning "try the next". */
function binaryOpDunder(vm: VM, op: BinaryOp, a: PyValue, b: PyValue): PyValue | typeof UNSUPPORTED {
  const inplace = op >= BinaryOp.INPLACE;
  const base = inplace ? op - BinaryOp.INPLACE : op;
  const [name, rname, iname] = BINARY_OP_DUNDERS[base]!;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (!ta.isHeapType() && !tb.isHeapType()) return UNSUPPORTED;
  if (inplace) {
    const r = vm.callDunderIfDefined(a, iname, [b]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const reflectedFirst = tb !== ta && tb.isSubtypeOf(ta) && tb.lookup(rname) !== ta.lookup(rname);
  if (reflectedFirst) {
    const r = vm.callDunderIfDefined(b, rname, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r1 = vm.callDunderIfDefined(a, name, [b]);
  if (r1 !== undefined && r1 !== NotImplemented) return r1;
  if (!reflectedFirst && tb !== ta) {
    const r2 = vm.callDunderIfDefined(b, rname, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  // Neither class multiplies: the sequence repeat slot (str, list, tuple) takes an __index__
  // operand (PyNumber_Multiply).
  if (base === BinaryOp.MULTIPLY && (isRepeatable(a) || isRepeatable(b))) return vm.binaryOpWithVm(op, a, b);
  return UNSUPPORTED;
}

function isRepeatable(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
}

/** a <op> b where b's class is a Python class: its methods first, then the builtin operation
 * (sequence concat/repeat, or the TypeError). */
function binaryOpRightClass(vm: VM, op: BinaryOp, a: PyValue, b: PyValue): PyValue | typeof UNSUPPORTED | typeof UNSUPPORTED_NEEDS_VM {
  const viaDunder = binaryOpDunder(vm, op, a, b);
  if (viaDunder !== UNSUPPORTED) return viaDunder;
  const r = nativeBinaryOp(op, a, b);
  if (r === UNSUPPORTED) unsupportedOperands(op, a, b);
  return r;
}

function unaryOp(vm: VM, op: UnaryOp, v: PyValue): PyValue {
  if (op === UnaryOp.NOT) return !vm.truthy(v);
  if (typeof v === 'number') {
    if (op === UnaryOp.NEGATIVE) return v === 0 ? 0 : -v;
    if (op === UnaryOp.POSITIVE) return v;
    return ~v === -v - 1 && Math.abs(v) < 0x7fffffff ? ~v : intBinaryOp(BinaryOp.SUBTRACT, -1, v);
  }
  if (typeof v === 'boolean') return unaryOp(vm, op, v ? 1 : 0);
  if (typeof v === 'bigint') {
    if (op === UnaryOp.NEGATIVE) return intNeg(v);
    if (op === UnaryOp.POSITIVE) return v;
    return intInvert(v);
  }
  const r = vm.nativeUnary(op, v);
  if (r !== UNSUPPORTED) return r;
  // A class's __neg__/__pos__/__invert__ (nb_negative... slots of a heap type).
  const dunder = vm.callDunderIfDefined(v, op === UnaryOp.NEGATIVE ? '__neg__' : op === UnaryOp.POSITIVE ? '__pos__' : '__invert__', []);
  if (dunder !== undefined) return dunder;
  const sym = op === UnaryOp.NEGATIVE ? '-' : op === UnaryOp.POSITIVE ? '+' : '~';
  throw typeError(`bad operand type for unary ${sym}: '${typeOf(v).name}'`);
}

export { nativeCompare, unsupportedComparison, isInstance, PyType, PyBuiltinFunction, Ellipsis };
