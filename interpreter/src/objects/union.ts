// typing.Union, the result of `X | Y` on classes (Objects/unionobject.c; types.UnionType is the
// same class since 3.14): its members (`__args__`), flattened and without duplicates, the repr
// `int | None`, order-insensitive == and hash, and isinstance()/issubclass() over its members.

import { PyObject, PyType, None, NotImplemented, makeBuiltinType, noneType, objectType, type PyValue } from './object.ts';
import { bigIntToH, identityHash, registerHasher } from './hash.ts';
import { newTuple } from './tuple.ts';
import { CompareOp } from '../vm/interp.ts';

export const unionType = makeBuiltinType('Union', objectType, { final: true, module: 'typing' });

export class PyUnion extends PyObject {
  /** The member classes (None is stored as NoneType, as CPython does). */
  constructor(readonly args: readonly PyType[]) {
    super(unionType);
  }
}

/** The members an operand of `|` contributes, or null when it cannot be part of a union. */
function members(v: PyValue): readonly PyType[] | null {
  if (v instanceof PyUnion) return v.args;
  if (v instanceof PyType) return [v];
  if (v === None) return [noneType];
  return null;
}

/** type.__or__ / type.__ror__ (_Py_union_type_or): NotImplemented unless both operands are
 * classes, None or unions and at least one is not None. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (a === None && b === None) return NotImplemented;
  const left = members(a);
  const right = members(b);
  if (left === null || right === null) return NotImplemented;
  const args: PyType[] = [];
  for (const t of [...left, ...right]) if (!args.includes(t)) args.push(t);
  // A single member is the member itself: `int | int` is int.
  if (args.length === 1) return args[0] === noneType ? None : args[0]!;
  return new PyUnion(args);
}

/** union_repr: builtins by their name, other classes as module.qualname, None as None. */
export function unionRepr(u: PyUnion): string {
  return u.args
    .map((t) => {
      if (t === noneType) return 'None';
      const mod = t.isHeapType() ? t.dict.get('__module__') : t.module;
      return mod === 'builtins' || typeof mod !== 'string' ? t.qualname : `${mod}.${t.qualname}`;
    })
    .join(' | ');
}

/** The data attributes of a union; undefined for other names. */
export function unionAttr(u: PyUnion, name: string): PyValue | undefined {
  if (name === '__args__') return newTuple([...u.args]);
  return undefined;
}

/** union_richcompare: == and != compare the members as sets. */
export function unionRichCompare(a: PyUnion, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyUnion) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  const same = a.args.length === b.args.length && a.args.every((t) => b.args.includes(t));
  return same === (op === CompareOp.EQ);
}

// union_hash is hash(frozenset(args)): an order-independent combination of the members' hashes
// (Objects/setobject.c frozenset_hash's bit shuffling and final mixing).
registerHasher(unionType, (_vm, v) => {
  const mask = (1n << 64n) - 1n;
  let hash = 0n;
  for (const t of (v as PyUnion).args) {
    const h = BigInt.asUintN(64, identityHash(t));
    hash ^= (((h ^ 89869747n) ^ ((h << 16n) & mask)) * 3644798167n) & mask;
  }
  hash ^= ((BigInt((v as PyUnion).args.length) + 1n) * 1927868237n) & mask;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & mask;
  let signed = BigInt.asIntN(64, hash);
  if (signed === -1n) signed = 590923713n;
  bigIntToH(signed);
});
