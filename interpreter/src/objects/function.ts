// Builtin functions and methods: a PyBuiltinFunction names a native implementation by registry id,
// so heaps stay plain data (a snapshot stores the id, loading resolves it again).

import { PyObject, None, makeBuiltinType, type PyType, type PyValue } from './object.ts';
import type { Interp } from '../vm/interp.ts';

/** Keyword arguments passed to a native function: names and values in call order. */
export interface Kwargs {
  names: string[];
  values: PyValue[];
}

/**
 * A native implementation. `args` holds the positional arguments (for a method, the receiver
 * first); `kwargs` is null when there are none. It returns the result, or throws
 * RaisedException (vm/raise.ts) for a Python exception.
 */
export type NativeFn = (vm: Interp, args: PyValue[], kwargs: Kwargs | null) => PyValue;

export const builtinFunctionType = makeBuiltinType('builtin_function_or_method', undefined, { final: true });
/** Unbound methods of builtin types (`str.join`) are method_descriptor objects in CPython. */
export const methodDescriptorType = makeBuiltinType('method_descriptor', undefined, { final: true });

const registry = new Map<string, NativeFn>();

/** Registers a native implementation under a stable id (used by snapshots). */
export function registerNative(id: string, fn: NativeFn): void {
  if (registry.has(id)) throw new Error(`native function registered twice: ${id}`);
  registry.set(id, fn);
}

export function nativeById(id: string): NativeFn | undefined {
  return registry.get(id);
}

export class PyBuiltinFunction extends PyObject {
  constructor(
    type: PyType,
    /** __name__ */
    readonly name: string,
    /** __qualname__ ('len', 'str.join') */
    readonly qualname: string,
    /** Registry id of the implementation. */
    readonly id: string,
    readonly fn: NativeFn,
    /** __self__ for a method bound to an object or module; null when unbound. */
    readonly self: PyValue | null = null,
    readonly doc: string | null = null,
  ) {
    super(type);
  }
}

/** The data attributes of a builtin function or method (Objects/methodobject.c: meth_getsets);
 * undefined for other names. __self__ of a module function (the module) is not modelled. */
export function builtinFunctionAttr(f: PyBuiltinFunction, name: string): PyValue | undefined {
  switch (name) {
    case '__name__':
      return f.name;
    case '__qualname__':
      return f.qualname;
    case '__doc__':
      return f.doc ?? None;
    case '__module__':
      // m_module: 'builtins' for the builtins module's functions, None for bound methods.
      return f.type === builtinFunctionType && f.self === null ? 'builtins' : undefined;
    case '__self__':
      return f.self ?? undefined;
  }
  return undefined;
}

/** Defines a builtin function (a `builtins` or module-level function). */
export function builtinFunction(id: string, name: string, fn: NativeFn, doc: string | null = null): PyBuiltinFunction {
  registerNative(id, fn);
  return new PyBuiltinFunction(builtinFunctionType, name, name, id, fn, null, doc);
}

/** Puts native methods into a builtin type's dict (`str.join`...): unbound method descriptors
 * whose implementation receives the instance as args[0]. */
export function defineMethods(type: PyType, methods: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(methods)) {
    const id = `${type.name}.${name}`;
    registerNative(id, fn);
    type.dict.set(name, new PyBuiltinFunction(methodDescriptorType, name, `${type.name}.${name}`, id, fn));
  }
}

/** meth_repr / method_repr (descrobject.c): `<built-in function len>`, `<built-in method append
 * of list object at 0x...>`, `<method 'append' of 'list' objects>`. */
export function builtinFunctionRepr(fn: PyBuiltinFunction, address: (v: PyValue) => string, typeName: (v: PyValue) => string): string {
  if (fn.self !== null) return `<built-in method ${fn.name} of ${typeName(fn.self)} object at ${address(fn.self)}>`;
  if (fn.type === methodDescriptorType || fn.type.name === 'wrapper_descriptor') {
    const owner = fn.qualname.slice(0, fn.qualname.length - fn.name.length - 1);
    // slot-wrappers.ts's wrapper_descriptor (compared by name: that module imports this one)
    return `<${fn.type === methodDescriptorType ? 'method' : 'slot wrapper'} '${fn.name}' of '${owner}' objects>`;
  }
  return `<built-in function ${fn.name}>`;
}
