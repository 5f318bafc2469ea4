// staticmethod, classmethod, property and super (Objects/funcobject.c, Objects/descrobject.c,
// Objects/typeobject.c: super_getattro). Attribute lookup in the VM consults these.

import { PyObject, PyType, None, makeBuiltinType, type PyValue } from './object.ts';
import { PyBuiltinFunction, defineMethods, methodDescriptorType, registerNative, type NativeFn } from './function.ts';

export const staticmethodType = makeBuiltinType('staticmethod');
export const classmethodType = makeBuiltinType('classmethod');
export const propertyType = makeBuiltinType('property');
export const superType = makeBuiltinType('super');

export class PyStaticMethod extends PyObject {
  constructor(readonly func: PyValue) {
    super(staticmethodType);
  }
}

export class PyClassMethod extends PyObject {
  constructor(readonly func: PyValue, type: PyType = classmethodType) {
    super(type);
  }
}

/** The classmethods of builtin types (dict.fromkeys, int.from_bytes, float.fromhex) are
 * classmethod_descriptor objects (Objects/descrobject.c): bound to the class they are looked up
 * on, or to the instance's class. */
export const classmethodDescriptorType = makeBuiltinType('classmethod_descriptor', undefined, { final: true });

/** Puts native classmethods into a builtin type's dict: the implementation receives the class
 * as args[0]. */
export function defineClassMethods(type: PyType, methods: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(methods)) {
    const id = `${type.name}.${name}`;
    registerNative(id, fn);
    const func = new PyBuiltinFunction(methodDescriptorType, name, id, id, fn);
    type.dict.set(name, new PyClassMethod(func, classmethodDescriptorType));
  }
}

/** A computed attribute of a builtin type's instances (int.real, complex.imag): a
 * getset_descriptor (Objects/descrobject.c) without a setter. */
export const getsetDescriptorType = makeBuiltinType('getset_descriptor', undefined, { final: true });
/** The type of read-only struct members (complex.real). */
export const memberDescriptorType = makeBuiltinType('member_descriptor', undefined, { final: true });

export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly name: string,
    /** The type that defines it (named in its repr and its errors). */
    readonly owner: PyType,
    /** Registry id of the getter (snapshots). */
    readonly id: string,
    /** The getter: receives the instance as args[0]. */
    readonly get: NativeFn,
    /** A read-only struct member (PyMemberDef, `<member 'real' of 'complex' objects>`) rather
     * than a computed getset_descriptor. */
    readonly isMember = false,
  ) {
    super(isMember ? memberDescriptorType : getsetDescriptorType);
  }
}

/** Puts read-only computed attributes (or, with `members`, read-only struct members) into a
 * builtin type's dict. */
export function defineGetters(type: PyType, getters: Record<string, NativeFn>, members = false): void {
  for (const [name, fn] of Object.entries(getters)) {
    const id = `${type.name}.${name}.__get__`;
    registerNative(id, fn);
    type.dict.set(name, new PyGetSetDescriptor(name, type, id, fn, members));
  }
}


export class PyProperty extends PyObject {
  constructor(
    readonly fget: PyValue = None,
    readonly fset: PyValue = None,
    readonly fdel: PyValue = None,
    readonly doc: PyValue = None,
    /** The attribute name it was assigned to (__set_name__), for error messages. */
    public name: string | null = null,
  ) {
    super(propertyType);
  }
}

/** super(thisClass, obj): attribute lookup starts after `thisClass` in type(obj)'s MRO. */
export class PySuper extends PyObject {
  constructor(
    readonly thisClass: PyType,
    readonly obj: PyValue,
    /** The type whose MRO is searched (type(obj), or obj itself for super(C, C)). */
    readonly objType: PyType,
  ) {
    super(superType);
  }

  /** The attribute found after thisClass in the MRO, or undefined. */
  lookup(name: string): PyValue | undefined {
    const mro = this.objType.mro;
    let i = mro.indexOf(this.thisClass);
    for (i = i + 1; i < mro.length; i++) {
      const v = mro[i]!.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}

// property.setter / getter / deleter return a copy with one function replaced.
defineMethods(propertyType, {
  getter: (_vm, args) => copyProperty(args[0] as PyProperty, { fget: args[1]! }),
  setter: (_vm, args) => copyProperty(args[0] as PyProperty, { fset: args[1]! }),
  deleter: (_vm, args) => copyProperty(args[0] as PyProperty, { fdel: args[1]! }),
});

function copyProperty(p: PyProperty, change: { fget?: PyValue; fset?: PyValue; fdel?: PyValue }): PyProperty {
  return new PyProperty(change.fget ?? p.fget, change.fset ?? p.fset, change.fdel ?? p.fdel, p.doc, p.name);
}
