// staticmethod, classmethod, property and super (Objects/funcobject.c, Objects/descrobject.c,
// Objects/typeobject.c: super_getattro). Attribute lookup in the VM consults these.

import { PyObject, PyType, None, makeBuiltinType, type PyValue } from './object.ts';
import { defineMethods } from './function.ts';

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
  constructor(readonly func: PyValue) {
    super(classmethodType);
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
