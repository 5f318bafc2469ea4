// The root of the object model: PyValue, PyObject, PyType, and the builtin type objects.
// See README.md beside this file for the representation of each Python type.

/** Any Python-visible value. int: number (safe integers) or bigint (beyond); bool: boolean;
 * str: string; everything else: a PyObject. */
export type PyValue = number | bigint | string | boolean | PyObject;

/** The base of every heap object. */
export class PyObject {
  constructor(public type: PyType) {}
}

/** Type flags (a subset of CPython's tp_flags that the VM consults). */
export const TYPE_FLAG_BASETYPE = 1; // may be subclassed
export const TYPE_FLAG_IMMUTABLE = 2; // attributes cannot be set from Python (builtin types)
export const TYPE_FLAG_HEAPTYPE = 4; // created by a class statement

/** Bumped whenever the dict of an existing type changes (attribute assignment or deletion on a
 * class); lookups cached per instruction (LOAD_METHOD) are valid only for the epoch they were
 * made in, the way CPython's type version tags invalidate its inline caches. Code that changes a
 * type's dict after the type is in use must call typeModified(). */
export let typeEpoch = 0;
export function typeModified(): void {
  typeEpoch++;
}

/** A Python type object: a class. */
export class PyType extends PyObject {
  qualname: string;
  module = 'builtins';
  mro: PyType[] = [];
  readonly dict = new Map<string, PyValue>();
  flags: number;
  /** Instances of user classes keep a __dict__ (PyInstance); builtin layouts may not. */
  doc: string | null = null;

  constructor(
    metatype: PyType | null,
    public name: string,
    public bases: PyType[],
    flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_IMMUTABLE,
  ) {
    // `type` is its own metatype: created with null, then patched (see below).
    super(metatype as PyType);
    this.qualname = name;
    this.flags = flags;
    this.mro = computeSimpleMro(this);
  }

  /** Looks `name` up along the MRO (CPython's _PyType_Lookup). */
  lookup(name: string): PyValue | undefined {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i]!.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** A class created by a class statement (not a builtin type). */
  isHeapType(): boolean {
    return (this.flags & TYPE_FLAG_HEAPTYPE) !== 0;
  }

  /** True when this type is `other` or derives from it. */
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** The MRO of a type whose bases form a single chain (every builtin type). Classes with several
 * bases get theirs from the C3 linearization in the class machinery. */
function computeSimpleMro(t: PyType): PyType[] {
  const out: PyType[] = [t];
  let b = t.bases[0];
  while (b !== undefined) {
    out.push(b);
    b = b.bases[0];
  }
  return out;
}

// -----------------------------------------------------------------------------------------------
// The builtin types that every other module needs. Types with a JS layout of their own are
// defined beside that layout (float.ts, tuple.ts, ...) from these helpers.

export const objectType = new PyType(null, 'object', []);
export const typeType = new PyType(null, 'type', [objectType]);
objectType.type = typeType;
typeType.type = typeType;

/** Creates a builtin type: immutable, subclassable unless `final`. */
export function makeBuiltinType(name: string, base: PyType = objectType, options: { final?: boolean; module?: string } = {}): PyType {
  const t = new PyType(typeType, name, [base], (options.final ? 0 : TYPE_FLAG_BASETYPE) | TYPE_FLAG_IMMUTABLE);
  if (options.module !== undefined) t.module = options.module;
  return t;
}

export const intType = makeBuiltinType('int');
export const boolType = makeBuiltinType('bool', intType, { final: true });
export const strType = makeBuiltinType('str');
export const floatType = makeBuiltinType('float');
export const noneType = makeBuiltinType('NoneType', objectType, { final: true });
export const notImplementedType = makeBuiltinType('NotImplementedType', objectType, { final: true });
export const ellipsisType = makeBuiltinType('ellipsis', objectType, { final: true });

/** None, NotImplemented and Ellipsis: one object each. */
export const None = new PyObject(noneType);
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return v.type;
  }
}

/** isinstance(v, t) for a plain type (no __instancecheck__). */
export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}

/** The largest magnitude an int may have as a JS number (Number.MAX_SAFE_INTEGER). */
export const MAX_SAFE = 9007199254740991;

/** Normalizes a bigint result into the int representation (number when safe). */
export function intFromBigInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** True for Python ints, bools excluded. */
export function isInt(v: PyValue): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}
