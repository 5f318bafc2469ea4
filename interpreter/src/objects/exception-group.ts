// BaseExceptionGroup and ExceptionGroup (Objects/exceptions.c, PEP 654): construction with its
// checks (a BaseExceptionGroup of Exceptions becomes an ExceptionGroup), message and exceptions,
// str and repr, derive, subgroup and split.

import { None, PyType, typeOf, type PyValue } from './object.ts';
import { defineMethods } from './function.ts';
import { PyBaseException } from './exceptions.ts';
import * as E from './exceptions.ts';
import { PyList } from './list.ts';
import { PyTuple, newTuple, callTupleType, tupleType } from './tuple.ts';
import { PyRange } from './range.ts';
import { isCallable } from '../builtins/attributes.ts';
import { typeName } from './str-args.ts';
import type { Interp } from '../vm/interp.ts';
import { raise, typeError } from '../vm/raise.ts';

/** BaseExceptionGroup_new: (message: str, exceptions: a non-empty sequence of exceptions). The
 * class is ExceptionGroup when BaseExceptionGroup is called with Exceptions only. */
export function exceptionGroupNew(vm: Interp, cls: PyType, args: PyValue[]): PyBaseException {
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, seq] = args as [PyValue, PyValue];
  if (typeof message !== 'string') throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  if (!isSequence(seq)) throw typeError('second argument (exceptions) must be a sequence');
  const excs = callTupleType(vm, [seq], null).items;
  if (excs.length === 0) throw raise(E.ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  excs.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) throw raise(E.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.type.isSubtypeOf(E.Exception)) nestedBase = true;
  });
  let type = cls;
  if (cls === E.ExceptionGroup) {
    if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === E.BaseExceptionGroup) {
    if (!nestedBase) type = E.ExceptionGroup;
  } else if (nestedBase && cls.isSubtypeOf(E.Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const eg = new PyBaseException(type, args);
  eg.setMember('message', message);
  eg.setMember('exceptions', newTuple([...excs]));
  return eg;
}

/** PySequence_Check: lists, tuples, ranges, str and classes with __getitem__ (not dicts). */
function isSequence(v: PyValue): boolean {
  if (typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
  const t = typeOf(v);
  return t.isHeapType() && t.lookup('__getitem__') !== undefined;
}

function groupOf(args: PyValue[], method: string): PyBaseException {
  const self = args[0];
  if (!(self instanceof PyBaseException) || !self.type.isSubtypeOf(E.BaseExceptionGroup)) {
    throw typeError(`descriptor '${method}' requires a 'BaseExceptionGroup' object but received a '${typeName(self ?? None)}'`);
  }
  return self;
}

/** The group's exceptions tuple. */
export function groupExceptions(eg: PyBaseException): readonly PyValue[] {
  const excs = eg.members?.get('exceptions');
  return excs instanceof PyTuple ? excs.items : [];
}

type Matcher = (e: PyBaseException) => boolean;

/** get_matcher_type: an exception type, a tuple of them, or a callable that is not a class. */
function matcherFor(vm: Interp, condition: PyValue): Matcher {
  const isExcType = (c: PyValue): boolean => c instanceof PyType && c.isSubtypeOf(E.BaseException);
  if (isExcType(condition) || (condition instanceof PyTuple && condition.items.every(isExcType))) {
    const types = (condition instanceof PyTuple ? condition.items : [condition]) as PyType[];
    return (e) => types.some((t) => e.type.isSubtypeOf(t));
  }
  if (isCallable(condition) && !(condition instanceof PyType)) return (e) => vm.truthy(vm.callNested(condition, [e]));
  throw typeError('expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

/** exceptiongroup_subset: `orig.derive(excs)` with orig's traceback, cause, context and notes;
 * None for no exceptions. */
function subset(vm: Interp, orig: PyBaseException, excs: PyValue[]): PyValue {
  if (excs.length === 0) return None;
  const eg = vm.callNested(vm.getAttr(orig, 'derive'), [new PyList(excs)]);
  if (!(eg instanceof PyBaseException) || !eg.type.isSubtypeOf(E.BaseExceptionGroup)) {
    throw typeError('derive must return an instance of BaseExceptionGroup');
  }
  eg.traceback = orig.traceback;
  eg.cause = orig.cause;
  eg.context = orig.context;
  const notes = orig.dict?.get('__notes__');
  if (notes !== undefined) eg.setAttr('__notes__', notes instanceof PyList ? new PyList([...notes.items]) : notes);
  return eg;
}

/** exceptiongroup_split_recursive: [match, rest] (rest only when asked for). */
function splitRecursive(vm: Interp, exc: PyBaseException, matches: Matcher, withRest: boolean): [PyValue, PyValue] {
  if (matches(exc)) return [exc, None];
  if (!exc.type.isSubtypeOf(E.BaseExceptionGroup)) return [None, withRest ? exc : None];
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const e of groupExceptions(exc)) {
    const [m, r] = splitRecursive(vm, e as PyBaseException, matches, withRest);
    if (m !== None) matched.push(m);
    if (withRest && r !== None) rest.push(r);
  }
  return [subset(vm, exc, matched), withRest ? subset(vm, exc, rest) : None];
}

defineMethods(E.BaseExceptionGroup, {
  __init__(_vm, args, kwargs) {
    const self = groupOf(args, '__init__');
    if (kwargs !== null && kwargs.names.length) throw typeError(`${self.type.name}() takes no keyword arguments`);
    self.args = args.slice(1);
    return None;
  },
  __str__(vm, args) {
    const self = groupOf(args, '__str__');
    const n = groupExceptions(self).length;
    return `${vm.str(self.members?.get('message') ?? None)} (${n} sub-exception${n > 1 ? 's' : ''})`;
  },
  __repr__(vm, args) {
    // BaseExceptionGroup_repr: the exceptions as a list when they were given as one.
    const self = groupOf(args, '__repr__');
    const excs = groupExceptions(self);
    const given = self.args[1];
    const shown = given instanceof PyList ? vm.repr(new PyList([...excs])) : vm.repr(newTuple([...excs]));
    return `${self.type.name}(${vm.repr(self.members?.get('message') ?? None)}, ${shown})`;
  },
  derive(vm, args) {
    const self = groupOf(args, 'derive');
    if (args.length !== 2) throw typeError(`BaseExceptionGroup.derive() takes exactly one argument (${args.length - 1} given)`);
    return exceptionGroupNew(vm, E.BaseExceptionGroup, [self.members?.get('message') ?? '', args[1]!]);
  },
  subgroup(vm, args) {
    const self = groupOf(args, 'subgroup');
    if (args.length !== 2) throw typeError(`BaseExceptionGroup.subgroup() takes exactly one argument (${args.length - 1} given)`);
    return splitRecursive(vm, self, matcherFor(vm, args[1]!), false)[0];
  },
  split(vm, args) {
    const self = groupOf(args, 'split');
    if (args.length !== 2) throw typeError(`BaseExceptionGroup.split() takes exactly one argument (${args.length - 1} given)`);
    return newTuple(splitRecursive(vm, self, matcherFor(vm, args[1]!), true));
  },
});

// --- except* (Python/ceval.c: _PyEval_ExceptionGroupMatch; Objects/exceptions.c:
// _PyExc_PrepReraiseStar) ---------------------------------------------------------------------

/** _PyEval_CheckExceptStarTypeValid: exception classes (or a tuple of them), but no groups. */
function checkExceptStarType(type: PyValue): PyType[] {
  const classes = type instanceof PyTuple ? type.items : [type];
  for (const c of classes) {
    if (!(c instanceof PyType) || !c.isSubtypeOf(E.BaseException)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  if ((classes as PyType[]).some((c) => c.isSubtypeOf(E.BaseExceptionGroup))) {
    throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  return classes as PyType[];
}

/** CHECK_EG_MATCH: [rest, match] of `exc` against an except* clause's types. A matching naked
 * exception is wrapped in a group whose traceback is the current frame (`here`). */
export function exceptionGroupMatch(vm: Interp, exc: PyValue, type: PyValue, here: () => PyBaseException['traceback']): [PyValue, PyValue] {
  const classes = checkExceptStarType(type);
  if (exc === None) return [None, None];
  const e = exc as PyBaseException;
  if (classes.some((c) => e.type.isSubtypeOf(c))) {
    if (e.type.isSubtypeOf(E.BaseExceptionGroup)) return [None, e];
    const wrapped = exceptionGroupNew(vm, E.BaseExceptionGroup, ['', newTuple([e])]);
    wrapped.traceback = here();
    return [None, wrapped];
  }
  if (e.type.isSubtypeOf(E.BaseExceptionGroup)) {
    const pair = vm.callNested(vm.getAttr(e, 'split'), [type]);
    if (!(pair instanceof PyTuple) || pair.type !== tupleType) throw typeError(`${e.type.name}.split must return a tuple, not ${typeName(pair)}`);
    if (pair.items.length < 2) throw typeError(`${e.type.name}.split must return a 2-tuple, got tuple of size ${pair.items.length}`);
    return [pair.items[1]!, pair.items[0]!];
  }
  return [e, None];
}

/** The leaf exceptions of a group (or the exception itself). */
function collectLeaves(exc: PyValue, into: Set<PyValue>): void {
  if (exc === None) return;
  if (exc instanceof PyBaseException && exc.type.isSubtypeOf(E.BaseExceptionGroup)) {
    for (const e of groupExceptions(exc)) collectLeaves(e, into);
  } else into.add(exc);
}

/** is_same_exception_metadata: a re-raised part of the original group (bare `raise` keeps them). */
function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.dict?.get('__notes__') === b.dict?.get('__notes__') && a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** _PyExc_PrepReraiseStar: what leaves an except* statement, given the original exception and the
 * list of what its clauses raised or re-raised (and the unhandled rest); None for nothing. */
export function prepReraiseStar(vm: Interp, orig: PyValue, excs: PyList): PyValue {
  const items = excs.items;
  if (items.length === 0) return None;
  const o = orig as PyBaseException;
  // A naked exception was caught and wrapped: at most one clause ran.
  if (!o.type.isSubtypeOf(E.BaseExceptionGroup)) return items[0]!;
  const raised: PyValue[] = [];
  const reraised: PyValue[] = [];
  for (const e of items) {
    if (e === None) continue;
    (sameMetadata(e as PyBaseException, o) ? reraised : raised).push(e);
  }
  // The projection of the original group onto the re-raised leaves keeps its nesting.
  const keep = new Set<PyValue>();
  for (const e of reraised) collectLeaves(e, keep);
  const isLeaf = (e: PyBaseException): boolean => !e.type.isSubtypeOf(E.BaseExceptionGroup) && keep.has(e);
  const reraisedGroup = reraised.length === 0 ? None : splitRecursive(vm, o, isLeaf, false)[0];
  if (raised.length === 0) return reraisedGroup;
  if (reraisedGroup !== None) raised.push(reraisedGroup);
  return raised.length > 1 ? exceptionGroupNew(vm, E.BaseExceptionGroup, ['', new PyList(raised)]) : raised[0]!;
}
