// Instances of user classes, bound methods, and class creation (Objects/typeobject.c:
// type_new, mro_internal; Objects/classobject.c).

import { PyObject, PyType, typeType, objectType, None, NotImplemented, TYPE_FLAG_BASETYPE, TYPE_FLAG_HEAPTYPE, makeBuiltinType, type PyValue } from './object.ts';
import { PyFunction } from './pyfunction.ts';
import { isExceptionType } from './exceptions.ts';
import { PyClassMethod } from './descriptors.ts';
import { typeError } from '../vm/raise.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';

export const methodType = makeBuiltinType('method', undefined, { final: true });

/** An instance of a class defined in Python: its attributes live in `dict` (__dict__). */
export class PyInstance extends PyObject {
  readonly dict = new Map<string, PyValue>();
}

/** A function bound to an instance (`obj.method`). */
export class PyMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType);
  }
}

/** The C3 linearization of a class with these bases (Objects/typeobject.c: mro_implementation). */
export function c3Mro(cls: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyType | null = null;
    for (const s of nonEmpty) {
      const candidate = s[0]!;
      if (!nonEmpty.some((t) => t.indexOf(candidate) > 0)) {
        head = candidate;
        break;
      }
    }
    if (head === null) {
      // set_mro_error: the heads of the sequences still to merge, without duplicates.
      const remaining: string[] = [];
      for (const s of nonEmpty) if (!remaining.includes(s[0]!.name)) remaining.push(s[0]!.name);
      throw typeError(`Cannot create a consistent method resolution order (MRO) for bases ${remaining.join(', ')}`);
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** Creates a class from a class statement's namespace (type.__new__ for the `type` metaclass). */
export function createClass(name: string, bases: PyValue[], namespace: Map<string, PyValue>): PyType {
  const baseTypes: PyType[] = [];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if ((b.flags & TYPE_FLAG_BASETYPE) === 0) throw typeError(`type '${b.name}' is not an acceptable base type`);
    baseTypes.push(b);
  }
  if (baseTypes.length === 0) baseTypes.push(objectType);
  for (let i = 0; i < baseTypes.length; i++) {
    if (baseTypes.indexOf(baseTypes[i]!) !== i) throw typeError(`duplicate base class ${baseTypes[i]!.name}`);
  }
  const cls = new PyType(typeType, name, baseTypes, TYPE_FLAG_BASETYPE | TYPE_FLAG_HEAPTYPE);
  cls.mro = c3Mro(cls, baseTypes);
  const qualname = namespace.get('__qualname__');
  if (typeof qualname === 'string') cls.qualname = qualname;
  const module = namespace.get('__module__');
  if (typeof module === 'string') cls.module = module;
  for (const [k, v] of namespace) {
    if (k === '__qualname__' || k === '__classcell__') continue;
    cls.dict.set(k, v);
  }
  if (!cls.dict.has('__doc__')) cls.dict.set('__doc__', None);
  // type_new_set_classcell / type_new_set_attrs: __init_subclass__ is an implicit classmethod.
  const initSubclass = cls.dict.get('__init_subclass__');
  if (initSubclass instanceof PyFunction) cls.dict.set('__init_subclass__', new PyClassMethod(initSubclass));
  // A class that defines __eq__ but not __hash__ is unhashable (type_new: __hash__ = None).
  if (namespace.has('__eq__') && !namespace.has('__hash__')) cls.dict.set('__hash__', None);
  return cls;
}

/** The builtin base whose instance layout a class uses: exceptions keep PyBaseException. */
export function instanceLayout(cls: PyType): 'exception' | 'object' | 'unsupported' {
  if (isExceptionType(cls)) return 'exception';
  for (const t of cls.mro) {
    if ((t.flags & TYPE_FLAG_HEAPTYPE) !== 0) continue;
    return t === objectType ? 'object' : 'unsupported';
  }
  return 'object';
}

export { PyFunction };

/** method_richcompare (Objects/classobject.c): == and != compare the functions by equality and
 * the instances by identity. */
export function methodRichCompare(vm: Interp, a: PyMethod, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyMethod) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  const eq = a.self === b.self && vm.eq(a.func, b.func);
  return op === CompareOp.EQ ? eq : !eq;
}
