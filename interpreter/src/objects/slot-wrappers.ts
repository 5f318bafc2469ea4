// Slot wrappers: the dunder methods CPython exposes from a builtin type's C slots (tp_hash,
// sq_length, nb_add, tp_richcompare...) are `wrapper_descriptor` objects, not method
// descriptors, and check their arguments with their own messages (Objects/descrobject.c:
// wrapperdescr_call, wrapperdescr_raw_call; Objects/typeobject.c: check_num_args and the
// wrap_* functions):
//   list.__len__()                 descriptor '__len__' of 'list' object needs an argument
//   list.__len__(())               descriptor '__len__' requires a 'list' object but received a 'tuple'
//   [].__len__(x=1)                wrapper __len__() takes no keyword arguments
//   [].__eq__()                    expected 1 argument, got 0
//   {}.__setitem__(1)              __setitem__ expected 2 arguments, got 1
// Dunders a type defines as ordinary methods (list.__getitem__, dict.__contains__,
// __reversed__...) keep the method messages: each type passes those names as exceptions.

import { None, makeBuiltinType, typeOf, type PyType, type PyValue } from './object.ts';
import { PyBuiltinFunction, methodDescriptorType, registerNative, type NativeFn } from './function.ts';
import { typeName } from './str-args.ts';
import { raise, typeError } from '../vm/raise.ts';
import * as E from './exceptions.ts';

export const wrapperDescriptorType = makeBuiltinType('wrapper_descriptor', undefined, { final: true });

/** The number of arguments (besides self) each slot wrapper takes. */
const SLOT_ARITY = new Map<string, number>();
for (const n of ['__len__', '__iter__', '__next__', '__repr__', '__str__', '__hash__', '__bool__', '__neg__', '__pos__', '__abs__', '__invert__', '__int__', '__float__', '__index__']) SLOT_ARITY.set(n, 0);
for (const n of ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'contains', 'getitem', 'delitem', 'iadd', 'isub', 'imul', 'imod', 'itruediv', 'ifloordiv', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor']) SLOT_ARITY.set(`__${n}__`, 1);
for (const n of ['add', 'sub', 'mul', 'mod', 'truediv', 'floordiv', 'lshift', 'rshift', 'and', 'or', 'xor', 'divmod', 'matmul']) {
  SLOT_ARITY.set(`__${n}__`, 1);
  SLOT_ARITY.set(`__r${n}__`, 1);
}
SLOT_ARITY.set('__setitem__', 2);

/** Like defineMethods, but the dunders that are slots in CPython (except `methods`, which the
 * type defines as ordinary methods) become wrapper descriptors with the slot wrappers' checks. */
export function defineSlotMethods(type: PyType, defs: Record<string, NativeFn>, methods: readonly string[] = []): void {
  for (const [name, fn] of Object.entries(defs)) {
    const id = `${type.name}.${name}`;
    const arity = methods.includes(name) ? undefined : SLOT_ARITY.get(name);
    if (arity === undefined) {
      registerNative(id, fn);
      type.dict.set(name, new PyBuiltinFunction(methodDescriptorType, name, id, id, fn));
      continue;
    }
    const wrapped: NativeFn = (vm, args, kwargs) => {
      if (args.length === 0) throw typeError(`descriptor '${name}' of '${type.name}' object needs an argument`);
      const self = typeOf(args[0]!);
      if (!self.isSubtypeOf(type)) throw typeError(`descriptor '${name}' requires a '${type.name}' object but received a '${self.name}'`);
      if (kwargs !== null && kwargs.names.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
      const n = args.length - 1;
      if (n !== arity) {
        throw typeError(arity === 2 ? `${name} expected 2 arguments, got ${n}` : `expected ${arity} argument${arity === 1 ? '' : 's'}, got ${n}`);
      }
      return fn(vm, args, kwargs);
    };
    registerNative(id, wrapped);
    type.dict.set(name, new PyBuiltinFunction(wrapperDescriptorType, name, id, id, wrapped));
  }
}

/** What the methods of a builtin iterator type call on its instances. */
interface NativeIterator {
  nextValue(): PyValue | undefined;
  lengthHint(): PyValue;
}

/** The methods of a builtin iterator type whose instances satisfy `is`: __next__ and __iter__
 * (slot wrappers) and __length_hint__ (METH_NOARGS), as listiter_methods, tupleiter_methods,
 * rangeiter_methods, dictiter_methods, setiter_methods and unicodeiter_methods define them. */
export function defineIteratorMethods<T extends NativeIterator>(type: PyType, is: (v: PyValue | undefined) => v is T & PyValue): void {
  const self = (args: PyValue[], name: string): T => {
    const it = args[0];
    if (!is(it)) throw typeError(`descriptor '${name}' for '${type.name}' objects doesn't apply to a '${typeName(it ?? None)}' object`);
    return it;
  };
  defineSlotMethods(type, {
    __next__: (_vm, args) => {
      const v = self(args, '__next__').nextValue();
      if (v === undefined) throw raise(E.StopIteration);
      return v;
    },
    __iter__: (_vm, args) => self(args, '__iter__') as T & PyValue,
    __length_hint__: (_vm, args, kwargs) => {
      if (kwargs !== null && kwargs.names.length > 0) throw typeError(`${type.name}.__length_hint__() takes no keyword arguments`);
      if (args.length !== 1) throw typeError(`${type.name}.__length_hint__() takes no arguments (${args.length - 1} given)`);
      return self(args, '__length_hint__').lengthHint();
    },
  });
}
