// The interpreter state and the object protocols native code uses (the Interp interface):
// attribute access, calls, comparisons, truth, iteration, str/repr, and running a module.
//
// This is the first slice of the core: builtin values (int, bool, float, str, None, tuple, list,
// functions) are complete enough to run programs; dict, set and the full type methods plug in as
// their modules land (objects/dict.ts, set.ts, str.ts, int.ts...).

import { PyCode, CO_GENERATOR } from '../compiler/code.ts';
import { Op, UnaryOp, BinaryOp } from '../compiler/opcodes.ts';
import {
  None, NotImplemented, Ellipsis, typeOf, PyObject, PyType, intType, strType, boolType, floatType, noneType, objectType, typeType,
  typeModified, type PyValue,
} from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import { PyTuple, newTuple, tupleType, tupleConcat, tupleRepeat, tupleGetItem, tupleRepr, tupleIter, PyTupleIterator, callTupleType } from '../objects/tuple.ts';
import { PyList, listType, listConcat, listRepeat, listInplaceConcat, listInplaceRepeat, listGetItem, listSetItem, listDelItem, listRepr, listIter, PyListIterator, PyListReverseIterator, callListType } from '../objects/list.ts';
import { PyRange, rangeType, rangeGetItem, rangeRepr, rangeIter, PyRangeIterator, rangeContains, rangeLen, rangeAttr, callRangeType, rangeRichCompare } from '../objects/range.ts';
import { PySlice, sliceType, newSlice, sliceRepr, sliceAttr, callSliceType, sliceRichCompare } from '../objects/slice.ts';
import { PyFunction } from '../objects/pyfunction.ts';
import { PyBuiltinFunction, builtinFunction, builtinFunctionAttr, builtinFunctionRepr, builtinFunctionType, defineMethods, methodDescriptorType, type Kwargs } from '../objects/function.ts';
import { idOf } from '../builtins/identity.ts';
import { PyUnion, unionAttr, unionRepr, unionRichCompare } from '../objects/union.ts';
import { PyDict, PyDictIterator, dictFromPairs, dictSet, dictSubscript, dictDelItem, dictRepr, dictGet, dictEntries, dictUpdateArg, dictType, callDictType, PyDictView, viewContains, viewRepr, viewRichCompare, dictRichCompare, dictOr, dictIor, viewOr, viewAnd, viewSub, viewXor } from '../objects/dict.ts';
import { PyAnySet, PySetIterator, setFromValues, setContains, setRepr, setIter, setAdd, setUpdate, setType, frozensetType, callSetType, callFrozenSetType, PySet, setRichCompare, setOr, setAnd, setSub, setXor, setIor, setIand, setIsub, setIxor } from '../objects/set.ts';
import { hashValue, identityHash, hashComplex, hasRegisteredHasher } from '../objects/hash.ts';
import { PyBytes, PyBytesIterator, bytesType, bytesGetItem, bytesContains, bytesRichCompare, bytesBinaryOp } from '../objects/bytes.ts';
import { builtinValues } from '../builtins/index.ts';
import { BuiltinIterator, PySeqIterator } from '../builtins/iteration.ts';
import { formatNumber } from '../objects/format-spec.ts';
import { strFormatSpec, strPercent } from '../objects/str-format.ts';
import { strGetItem, strRepeat, cpLength, strContains, strConcat } from '../objects/str.ts';
import { PyStrIterator, strIter } from '../objects/str-iterator.ts';
import { callIntType, callFloatType, callStrType, callBoolType } from '../builtins/constructors.ts';
import { PyComplex, complexEqualsNumber, complexType } from '../objects/complex.ts';
import { bytesRepr, complexRepr } from '../objects/repr.ts';
// Importing a type's module installs its methods.
import '../objects/str.ts';
import '../objects/bytes.ts';
import '../objects/int-methods.ts';
import '../objects/float-methods.ts';
import '../objects/complex-methods.ts';
import { PyBaseException, PyTraceback, isExceptionType, BUILTIN_EXCEPTIONS } from '../objects/exceptions.ts';
import { constructException, newExceptionInstance, initException, exceptionAttr, exceptionStr, exceptionRepr, setExceptionAttr } from '../objects/exception-methods.ts';
import { tracebackAttr } from '../objects/traceback-object.ts';
import * as E from '../objects/exceptions.ts';
import { floatRepr, intRepr, strRepr } from '../objects/repr.ts';
import { Frame, ReturnAction } from './frame.ts';
import { PyGenerator } from '../objects/generator.ts';
import { PyInstance, PyMethod, createClass, instanceLayout, methodRichCompare } from '../objects/instance.ts';
import { PyStaticMethod, PyClassMethod, PyProperty, PySuper, PyGetSetDescriptor, staticmethodType, classmethodType, propertyType, superType } from '../objects/descriptors.ts';
import { PyCell, functionGetAttr, functionSetAttr, cellGetAttr, cellSetAttr, codeGetAttr } from '../objects/pyfunction.ts';
import { execute, initCells } from './eval.ts';
import { RaisedException, raise, typeError, attributeError } from './raise.ts';
import { badArgTypeName } from '../objects/str-args.ts';
import { nativeCompare, nativeTruthy, unsupportedComparison, unsupportedOperands, UNSUPPORTED } from './operators.ts';
import { TailCall, CompareOp, type Interp } from './interp.ts';

/** How many Python runs may nest on the JS stack (native code calling back into Python, e.g.
 * __repr__ calling repr()): beyond it RecursionError, before the JS stack itself overflows. */
const MAX_NESTED_RUNS = 250;

export interface VMOptions {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  recursionLimit?: number;
}


/** The operator a reflected comparison uses: a < b is b > a. */
const REFLECTED_COMPARE = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];

/** The constructors of the builtin value types, called as `int(...)`, `str(...)`... */
const CONSTRUCTORS = new Map<PyType, (vm: VM, args: PyValue[], kwargs: Kwargs | null) => PyValue>([
  [intType, callIntType], [floatType, callFloatType], [strType, callStrType], [boolType, callBoolType],
  [dictType, callDictType], [setType, callSetType], [frozensetType, callFrozenSetType], [listType, callListType],
  [tupleType, callTupleType], [rangeType, callRangeType], [sliceType, callSliceType],
]);

export class VM implements Interp {
  readonly builtins = new Map<string, PyValue>();
  /** builtins.__build_class__: the eval loop recognizes it and runs the class body in a frame. */
  readonly buildClassFunction = BUILD_CLASS;
  recursionLimit: number;
  /** The exception being handled (sys.exception()), or None. */
  excInfo: PyValue = None;
  /** Counts backward jumps, to check the time budget every so often. */
  ticks = 0;
  /** Versions of module globals for LOAD_GLOBAL's inline caches (vm/eval.ts loadGlobal):
   * globalsVersion changes with any global, globalsKeysVersion when one is added or deleted.
   * Anything that writes to a globals map must call globalsChanged(). */
  globalsVersion = 0;
  globalsKeysVersion = 0;

  globalsChanged(keysChanged: boolean): void {
    this.globalsVersion++;
    if (keysChanged) this.globalsKeysVersion++;
  }
  /** Set by a generator resumed from native code: true when it yielded, false when it returned. */
  generatorYielded = false;
  /** The frame the eval loop is running (set on every frame switch): native code calling back
   * into Python (callNested) continues the recursion depth from it. */
  currentFrame: Frame | null = null;
  /** Python runs nested in native code on the JS stack right now (callNested). */
  nestedRuns = 0;

  constructor(private readonly options: VMOptions) {
    this.recursionLimit = options.recursionLimit ?? 1000;
    installBuiltins(this);
  }

  // --- Running ---------------------------------------------------------------------------------

  /** Runs a module's code object in a fresh __main__ namespace. */
  runModule(code: PyCode, globals = new Map<string, PyValue>()): PyValue {
    if (!globals.has('__name__')) globals.set('__name__', '__main__');
    globals.set('__builtins__', None);
    this.globalsChanged(true);
    const frame = new Frame(code, globals, this.builtins, globals, null);
    initCells(frame, null);
    return execute(this, frame);
  }

  // --- Output and limits -----------------------------------------------------------------------

  writeStdout(text: string): void {
    this.options.stdout(text);
  }
  writeStderr(text: string): void {
    this.options.stderr(text);
  }
  charge(bytes: number): void {
    void bytes;
  }
  checkTime(): void {}

  // --- Calls -----------------------------------------------------------------------------------

  /** Calls a non-Python-function callable (builtins, types); may return a TailCall. */
  callNative(callable: PyValue, args: PyValue[], kwnames: readonly string[] | null, kwvalues: readonly PyValue[] | null): PyValue | TailCall {
    const kwargs: Kwargs | null = kwnames === null || kwnames.length === 0 ? null : { names: [...kwnames], values: [...kwvalues!] };
    if (callable instanceof PyBuiltinFunction) {
      if (callable.self !== null) return callable.fn(this, [callable.self, ...args], kwargs);
      // method_vectorcall_*: an unbound method descriptor called without its receiver.
      if (args.length === 0 && callable.type === methodDescriptorType) throw typeError(`unbound method ${callable.qualname}() needs an argument`);
      return callable.fn(this, args, kwargs);
    }
    if (callable instanceof PyType) return this.callType(callable, args, kwargs);
    throw typeError(`'${typeOf(callable).name}' object is not callable`);
  }

  private callType(t: PyType, args: PyValue[], kwargs: Kwargs | null): PyValue {
    const construct = CONSTRUCTORS.get(t);
    if (construct !== undefined) return construct(this, args, kwargs);
    if (t === staticmethodType || t === classmethodType) {
      if (args.length !== 1 || kwargs !== null) throw typeError(`${t.name} expected 1 argument, got ${args.length}`);
      return t === staticmethodType ? new PyStaticMethod(args[0]!) : new PyClassMethod(args[0]!);
    }
    if (t === propertyType) {
      const get = (i: number, name: string): PyValue => {
        const k = kwargs?.names.indexOf(name) ?? -1;
        return k >= 0 ? kwargs!.values[k]! : (args[i] ?? None);
      };
      return new PyProperty(get(0, 'fget'), get(1, 'fset'), get(2, 'fdel'), get(3, 'doc'));
    }
    if (t === superType) {
      if (args.length !== 2) throw raise(E.RuntimeError, 'super(): no arguments');
      const [cls, obj] = args as [PyValue, PyValue];
      if (!(cls instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(cls).name}`);
      return this.makeSuper(cls, obj);
    }
    if (t === typeType) {
      if (args.length === 1) {
        if (kwargs !== null) throw typeError('type() takes no keyword arguments');
        return typeOf(args[0]!);
      }
      if (args.length !== 3) throw typeError('type() takes 1 or 3 arguments');
      return this.typeNew(args[0]!, args[1]!, args[2]!);
    }
    if (isExceptionType(t)) return constructException(this, t, args, kwargs);
    if (t === objectType) {
      // object(): a featureless instance (object_new rejects arguments when __init__ is object's).
      if (args.length || (kwargs !== null && kwargs.names.length)) throw typeError('object() takes no arguments');
      return new PyObject(objectType);
    }
    const ctor = t.dict.get('__new__');
    // A __new__ bound to its type (tp_new_wrapper, as the number types define it) takes it first.
    if (ctor instanceof PyBuiltinFunction) return ctor.fn(this, ctor.self === null ? [t, ...args] : [ctor.self, t, ...args], kwargs) as PyValue;
    throw typeError(`cannot create '${t.name}' instances`);
  }

  callNested(callable: PyValue, args: PyValue[], kwargs: Kwargs | null = null): PyValue {
    if (callable instanceof PyMethod) return this.callNested(callable.func, [callable.self, ...args], kwargs);
    if (callable instanceof PyFunction) {
      const frame = new Frame(callable.code, callable.globals, this.builtins, null, callable);
      // Argument binding and cells as for a call from the loop.
      prepareNestedFrame(this, frame, callable, args, kwargs);
      if (callable.code.flags & CO_GENERATOR) {
        // A generator function returns its generator (as pushFunctionFrame does in the loop).
        const gen = new PyGenerator(frame, callable, callable.name, callable.qualname);
        frame.generator = gen;
        return gen;
      }
      // The recursion limit counts the frames of nested runs too (repr calling __repr__ calling
      // repr...), which also keeps the JS stack bounded.
      const caller = this.currentFrame;
      const depth = caller === null ? 1 : caller.depth + 1;
      if (depth > this.recursionLimit || this.nestedRuns >= MAX_NESTED_RUNS) throw raise(E.RecursionError, 'maximum recursion depth exceeded');
      frame.depth = depth;
      this.nestedRuns++;
      try {
        return execute(this, frame);
      } finally {
        this.nestedRuns--;
        this.currentFrame = caller;
      }
    }
    if (callable instanceof PyInstance) {
      // type.__call__ of a class with __call__ (as callObject does in the loop).
      const call = callable.type.lookup('__call__');
      if (call instanceof PyFunction) return this.callNested(call, [callable, ...args], kwargs);
      throw typeError(`'${callable.type.name}' object is not callable`);
    }
    if (callable instanceof PyType && callable.isHeapType()) {
      // type.__call__: a new instance, then __init__ (which must return None).
      const instance = this.newInstance(callable, args, kwargs?.names ?? null);
      const init = callable.lookup('__init__');
      if (init instanceof PyFunction) {
        const r = this.callNested(init, [instance, ...args], kwargs);
        if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
        return instance;
      }
      this.checkDefaultInit(callable, instance, args, kwargs?.names ?? null, kwargs?.values ?? null);
      return instance;
    }
    const r = this.callNative(callable, args, kwargs?.names ?? null, kwargs?.values ?? null);
    return r instanceof TailCall ? this.callNested(r.callable, r.args, r.kwargs) : r;
  }

  makeKwargsDict = (names: string[], values: PyValue[]): PyValue => {
    const pairs: PyValue[] = [];
    names.forEach((n, i) => pairs.push(n, values[i]!));
    return this.makeDict(pairs);
  };

  kwargsFromMapping(mapping: PyValue, callable: PyValue): Kwargs {
    if (!(mapping instanceof PyDict)) throw typeError(`argument after ** must be a mapping, not ${typeOf(mapping).name}`);
    void callable;
    const names: string[] = [];
    const values: PyValue[] = [];
    const it = dictEntries(mapping, 'items');
    for (let item = it.nextValue(); item !== undefined; item = it.nextValue()) {
      const [k, v] = (item as PyTuple).items as [PyValue, PyValue];
      if (typeof k !== 'string') throw typeError('keywords must be strings');
      names.push(k);
      values.push(v);
    }
    return { names, values };
  }

  dictToStrMap(d: PyValue): Map<string, PyValue> {
    const out = new Map<string, PyValue>();
    if (d instanceof PyDict) {
      const it = dictEntries(d, 'keys');
      for (let k = it.nextValue(); k !== undefined; k = it.nextValue()) out.set(k as string, dictGet(this, d, k)!);
      return out;
    }
    throw typeError('expected a dict');
  }

  // --- Classes and instances -------------------------------------------------------------------

  /** Creates the class when its body's frame returns (type.__new__ for the `type` metaclass). */
  finishClass(body: Frame, nameAndBases: PyValue[]): PyType {
    const [name, ...bases] = nameAndBases as [string, ...PyValue[]];
    const namespace = body.locals!;
    const cls = createClass(name, bases, namespace);
    if (instanceLayout(cls) === 'unsupported') throw typeError(`subclassing the builtin type '${bases.map((b) => (b as PyType).name).join("', '")}' is not supported yet`);
    for (const [k, v] of namespace) if (v instanceof PyProperty && v.name === null) v.name = k;
    const cell = namespace.get('__classcell__');
    if (cell instanceof PyCell) cell.value = cls;
    // type_new_set_names: __set_name__(owner, name) of the attributes that define it.
    for (const [k, v] of namespace) {
      if (!(v instanceof PyInstance)) continue;
      const setName = v.type.lookup('__set_name__');
      if (setName instanceof PyFunction) this.callNested(setName, [v, cls, k]);
    }
    // type_new_init_subclass: super(cls, cls).__init_subclass__() (object's does nothing).
    for (let i = 1; i < cls.mro.length; i++) {
      const hook = cls.mro[i]!.dict.get('__init_subclass__');
      if (hook === undefined) continue;
      if (hook instanceof PyClassMethod) this.callNested(hook.func, [cls]);
      else if (hook instanceof PyFunction) this.callNested(hook, [cls]);
      break;
    }
    return cls;
  }

  /** type(name, bases, dict) (Objects/typeobject.c: type_new). __module__ defaults to the
   * calling frame's __name__, which is '__main__' while every program runs as the main module. */
  private typeNew(name: PyValue, bases: PyValue, dict: PyValue): PyType {
    if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${badArgTypeName(name)}`);
    if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${badArgTypeName(bases)}`);
    if (!(dict instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${badArgTypeName(dict)}`);
    const namespace = this.dictToStrMap(dict);
    if (!namespace.has('__module__')) namespace.set('__module__', '__main__');
    const cls = createClass(name, [...bases.items], namespace);
    if (instanceLayout(cls) === 'unsupported') throw typeError(`subclassing the builtin type '${bases.items.map((b) => (b as PyType).name).join("', '")}' is not supported yet`);
    for (const [k, v] of namespace) if (v instanceof PyProperty && v.name === null) v.name = k;
    return cls;
  }

  /** The new, uninitialized instance of a class (object.__new__ / BaseException.__new__). */
  newInstance(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    if (instanceLayout(cls) === 'exception') return newExceptionInstance(this, cls, args, kwnames);
    return new PyInstance(cls);
  }

  /** super(cls, obj): checks that obj is an instance (or subclass) of cls. */
  makeSuper(cls: PyType, obj: PyValue): PySuper {
    if (obj instanceof PyType && obj.isSubtypeOf(cls)) return new PySuper(cls, obj, obj);
    const t = typeOf(obj);
    if (!t.isSubtypeOf(cls)) throw typeError('super(type, obj): obj must be an instance or subtype of type');
    return new PySuper(cls, obj, t);
  }

  /** Binds what a class attribute lookup found to `obj` (the descriptor protocol for the kinds
   * of descriptors the VM has: functions, staticmethod, classmethod, property). */
  private bindAttribute(attr: PyValue, obj: PyValue, cls: PyType, onInstance: boolean): PyValue {
    if (attr instanceof PyFunction) return onInstance ? new PyMethod(attr, obj) : attr;
    if (attr instanceof PyStaticMethod) return attr.func;
    if (attr instanceof PyGetSetDescriptor) return onInstance ? attr.get(this, [obj], null) : attr;
    if (attr instanceof PyClassMethod) return new PyMethod(attr.func, cls);
    if (attr instanceof PyProperty && onInstance) {
      if (attr.fget === None) throw attributeError(`property '${attr.name ?? '?'}' of '${cls.name}' object has no getter`);
      return this.callNested(attr.fget, [obj]);
    }
    if (attr instanceof PyInstance) {
      // A user descriptor: __get__(instance or None, owner).
      const get = attr.type.lookup('__get__');
      if (get instanceof PyFunction) return this.callNested(get, [attr, onInstance ? obj : None, cls]);
    }
    if (attr instanceof PyBuiltinFunction && attr.self === null && onInstance) {
      return new PyBuiltinFunction(builtinFunctionType, attr.name, attr.qualname, attr.id, attr.fn, obj, attr.doc);
    }
    return attr;
  }

  /** object.__init__: a class without its own __init__ takes no arguments. */
  checkDefaultInit(cls: PyType, instance: PyValue, args: PyValue[], kwnames: readonly string[] | null, kwvalues: readonly PyValue[] | null = null): void {
    if (instance instanceof PyBaseException) {
      // The builtin __init__ of the exception type (SystemExit.code, OSError's fields...).
      initException(this, instance, args, kwnames === null || kwnames.length === 0 ? null : { names: [...kwnames], values: [...kwvalues!] });
      return;
    }
    if (args.length || (kwnames !== null && kwnames.length)) throw typeError(`${cls.name}() takes no arguments`);
  }

  /** callDunder for the eval loop's operator dispatch. */
  callDunderIfDefined(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
    return this.callDunder(obj, name, args);
  }

  /** Calls a dunder of `obj`'s class if the class (a Python class) defines it; undefined if not. */
  private callDunder(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
    const t = typeOf(obj);
    if (!t.isHeapType()) return undefined;
    const f = t.lookup(name);
    if (f === undefined || f instanceof PyBuiltinFunction) return undefined;
    if (f === None) throw typeError(`'${t.name}' object is not callable`);
    return this.callNested(f, [obj, ...args]);
  }

  // --- Attributes ------------------------------------------------------------------------------

  getAttr(obj: PyValue, name: string): PyValue {
    const t = typeOf(obj);
    if (obj instanceof PyInstance || (obj instanceof PyBaseException && t.isHeapType())) {
      if (name === '__class__') return t;
      if (name === '__dict__') return this.makeDict(obj instanceof PyInstance ? [...obj.dict].flat() : [...(obj.dict ?? [])].flat());
      const attr = t.lookup(name);
      // A property is a data descriptor: it wins over the instance's own attributes.
      if (attr instanceof PyProperty) return this.propertyGet(attr, obj, t, name);
      // So is an instance of a class with __set__ or __delete__ (a user data descriptor).
      if (attr instanceof PyInstance && (attr.type.lookup('__set__') !== undefined || attr.type.lookup('__delete__') !== undefined)) {
        return this.bindAttribute(attr, obj, t, true);
      }
      const own = obj instanceof PyInstance ? obj.dict.get(name) : exceptionAttr(obj, name);
      if (own !== undefined) return own;
      if (attr !== undefined) return this.bindAttribute(attr, obj, t, true);
      const getattr = t.lookup('__getattr__');
      if (getattr instanceof PyFunction) return this.callNested(getattr, [obj, name]);
      throw noAttribute(obj, name, `'${t.name}' object has no attribute '${name}'`);
    }
    if (obj instanceof PyType) {
      // Methods of the type come unbound (str.upper), classmethods bound to it (dict.fromkeys).
      switch (name) {
        case '__name__':
          return obj.name;
        case '__qualname__':
          return obj.qualname;
        case '__module__':
          return (obj.isHeapType() ? obj.dict.get('__module__') : undefined) ?? obj.module;
        case '__mro__':
          return newTuple(obj.mro);
        case '__bases__':
          return newTuple(obj.bases);
        case '__base__':
          return obj.bases[0] ?? None;
        case '__class__':
          return obj.type;
      }
      const attr = obj.lookup(name);
      if (attr !== undefined) return this.bindAttribute(attr, obj, obj, false);
      throw noAttribute(obj, name, `type object '${obj.name}' has no attribute '${name}'`);
    }
    if (obj instanceof PySuper) {
      const attr = obj.lookup(name);
      if (attr !== undefined) return this.bindAttribute(attr, obj.obj, obj.objType, !(obj.obj instanceof PyType));
      throw attributeError(`'super' object has no attribute '${name}'`);
    }
    if (obj instanceof PyRange || obj instanceof PySlice) {
      const v = obj instanceof PyRange ? rangeAttr(obj, name) : sliceAttr(obj, name);
      if (v !== undefined) return v;
    }
    if (obj instanceof PyProperty) {
      if (name === 'fget') return obj.fget;
      if (name === 'fset') return obj.fset;
      if (name === 'fdel') return obj.fdel;
    }
    if (obj instanceof PyMethod) {
      if (name === '__self__') return obj.self;
      if (name === '__func__') return obj.func;
      return this.getAttr(obj.func, name);
    }
    if (obj instanceof PyBaseException) {
      if (name === '__dict__') return this.makeDict([...(obj.dict ?? [])].flat());
      const v = exceptionAttr(obj, name);
      if (v !== undefined) return v;
    }
    if (obj instanceof PyTraceback) {
      const v = tracebackAttr(obj, name);
      if (v !== undefined) return v;
    }
    if (obj instanceof PyFunction || obj instanceof PyCell || obj instanceof PyCode) {
      const v = obj instanceof PyFunction ? functionGetAttr(obj, name) : obj instanceof PyCell ? cellGetAttr(obj, name) : codeGetAttr(obj, name);
      if (v !== undefined) return v;
    }
    if (obj instanceof PyBuiltinFunction || obj instanceof PyUnion) {
      const v = obj instanceof PyUnion ? unionAttr(obj, name) : builtinFunctionAttr(obj, name);
      if (v !== undefined) return v;
    }
    const attr = t.lookup(name);
    if (attr !== undefined) return this.bindAttribute(attr, obj, t, true);
    // object.__class__ (a getset of object, so every value has it).
    if (name === '__class__') return t;
    throw noAttribute(obj, name, `'${t.name}' object has no attribute '${name}'`);
  }

  /** LOAD_METHOD (Objects/object.c: _PyObject_GetMethod): the function that `obj.name(...)`
   * calls with `obj` as its first argument, when the attribute is a plain method of obj's type
   * and nothing on the instance shadows it; undefined when getAttr must look it up and bind it. */
  lookupMethod(obj: PyValue, name: string): PyValue | undefined {
    if (obj instanceof PyInstance) {
      if (name === '__class__' || name === '__dict__' || obj.dict.has(name)) return undefined;
      const attr = obj.type.lookup(name);
      return attr instanceof PyFunction || (attr instanceof PyBuiltinFunction && attr.self === null) ? attr : undefined;
    }
    const t = typeOf(obj);
    // Objects whose attributes getAttr resolves specially (types, functions, exceptions, data
    // attributes of ranges, slices and complex numbers...) take the general path.
    if (typeof obj === 'object' && (t.isHeapType() || obj instanceof PyType || obj instanceof PyFunction || obj instanceof PyBaseException || obj instanceof PySuper ||
      obj instanceof PyMethod || obj instanceof PyRange || obj instanceof PySlice || obj instanceof PyComplex || obj instanceof PyProperty)) return undefined;
    const attr = t.lookup(name);
    return attr instanceof PyBuiltinFunction && attr.self === null ? attr : undefined;
  }

  /** A property's value; an AttributeError from its getter falls back to the class's
   * __getattr__ (Objects/typeobject.c: slot_tp_getattr_hook). */
  private propertyGet(attr: PyProperty, obj: PyValue, t: PyType, name: string): PyValue {
    const getattr = t.lookup('__getattr__');
    if (!(getattr instanceof PyFunction)) return this.bindAttribute(attr, obj, t, true);
    try {
      return this.bindAttribute(attr, obj, t, true);
    } catch (e) {
      if (!(e instanceof RaisedException) || !e.exc.type.isSubtypeOf(E.AttributeError)) throw e;
    }
    return this.callNested(getattr, [obj, name]);
  }

  setAttr(obj: PyValue, name: string, value: PyValue): void {
    if (obj instanceof PyInstance) {
      // A class's own __setattr__ (slot_tp_setattro); object.__setattr__ is the generic one.
      const hook = obj.type.lookup('__setattr__');
      if (hook instanceof PyFunction) {
        this.callNested(hook, [obj, name, value]);
        return;
      }
    }
    this.genericSetAttr(obj, name, value);
  }

  /** PyObject_GenericSetAttr (object.__setattr__). */
  genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
    if (obj instanceof PyInstance) {
      const attr = obj.type.lookup(name);
      if (attr instanceof PyProperty) {
        if (attr.fset === None) throw attributeError(`property '${attr.name ?? name}' of '${obj.type.name}' object has no setter`);
        this.callNested(attr.fset, [obj, value]);
        return;
      }
      if (attr instanceof PyInstance) {
        const set = attr.type.lookup('__set__');
        if (set instanceof PyFunction) {
          this.callNested(set, [attr, obj, value]);
          return;
        }
      }
      obj.dict.set(name, value);
      return;
    }
    if (obj instanceof PyType) {
      if (!obj.isHeapType()) throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
      obj.dict.set(name, value);
      typeModified();
      return;
    }
    if (obj instanceof PyFunction) {
      functionSetAttr(obj, name, value);
      return;
    }
    if (obj instanceof PyCell && cellSetAttr(obj, name, value)) return;
    if (obj instanceof PyBaseException) {
      setExceptionAttr(this, obj, name, value);
      return;
    }
    throw noDictAttributeError(obj, name);
  }

  delAttr(obj: PyValue, name: string): void {
    if (obj instanceof PyInstance) {
      const hook = obj.type.lookup('__delattr__');
      if (hook instanceof PyFunction) {
        this.callNested(hook, [obj, name]);
        return;
      }
    }
    this.genericDelAttr(obj, name);
  }

  /** PyObject_GenericSetAttr with NULL (object.__delattr__). */
  genericDelAttr(obj: PyValue, name: string): void {
    if (obj instanceof PyInstance) {
      const attr = obj.type.lookup(name);
      const del = attr instanceof PyInstance ? attr.type.lookup('__delete__') : undefined;
      if (del instanceof PyFunction) {
        this.callNested(del, [attr!, obj]);
        return;
      }
      if (!obj.dict.delete(name)) throw noAttribute(obj, name, `'${obj.type.name}' object has no attribute '${name}'`);
      return;
    }
    if (obj instanceof PyType && !obj.isHeapType()) throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    if (obj instanceof PyType) {
      if (!obj.dict.delete(name)) throw noAttribute(obj, name, `type object '${obj.name}' has no attribute '${name}'`);
      typeModified();
      return;
    }
    if (obj instanceof PyBaseException && obj.delAttr(name)) return;
    if (obj instanceof PyFunction) return functionSetAttr(obj, name, undefined);
    if (obj instanceof PyCell && cellSetAttr(obj, name, undefined)) return;
    if (obj instanceof PyBaseException || obj instanceof PyFunction || obj instanceof PyType) throw attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`);
    throw noDictAttributeError(obj, name);
  }

  // --- Comparison, identity, truth -------------------------------------------------------------

  is(a: PyValue, b: PyValue): boolean {
    if (a === b) return true;
    // Equal small values are one object in CPython's caches; floats by identity of the box.
    return false;
  }

  richCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
    const r = nativeCompare(op, a, b);
    if (r !== UNSUPPORTED) return r;
    if (typeOf(a).isHeapType() || typeOf(b).isHeapType()) {
      // do_richcompare: the reflected method of a subclass of a's type goes first; then a's
      // method, then b's reflected one; == and != fall back to identity.
      const names = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
      const swapped = [4, 5, 2, 3, 0, 1];
      const ta = typeOf(a);
      const tb = typeOf(b);
      const reflectedFirst = ta !== tb && tb.isSubtypeOf(ta);
      if (reflectedFirst) {
        const r = op === CompareOp.NE ? this.callNe(b, a) : this.callDunder(b, names[swapped[op]!]!, [a]);
        if (r !== undefined && r !== NotImplemented) return r;
      }
      const first = op === CompareOp.NE ? this.callNe(a, b) : this.callDunder(a, names[op]!, [b]);
      if (first !== undefined && first !== NotImplemented) return first;
      if (!reflectedFirst) {
        const second = op === CompareOp.NE ? this.callNe(b, a) : this.callDunder(b, names[swapped[op]!]!, [a]);
        if (second !== undefined && second !== NotImplemented) return second;
      }
      if (op === CompareOp.EQ) return a === b;
      if (op === CompareOp.NE) return a !== b;
      return unsupportedComparison(op, a, b);
    }
    if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
      return sequenceCompare(this, a.items, b.items, op);
    }
    const native = this.builtinRichCompare(a, b, op);
    if (native !== NotImplemented) return native;
    const reflected = this.builtinRichCompare(b, a, REFLECTED_COMPARE[op]!);
    if (reflected !== NotImplemented) return reflected;
    if (op === CompareOp.EQ) return a === b;
    if (op === CompareOp.NE) return a !== b;
    return unsupportedComparison(op, a, b);
  }

  /** The comparison slots of the builtin container types richCompare does not inline. */
  private builtinRichCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
    if (a instanceof PyComplex) {
      // complex_richcompare: only == and != are defined.
      const eq = op === CompareOp.EQ || op === CompareOp.NE ? complexEqualsNumber(a, b) : null;
      return eq === null ? NotImplemented : eq === (op === CompareOp.EQ);
    }
    if (a instanceof PyBytes) return bytesRichCompare(a, b, op);
    if (a instanceof PyDict) return dictRichCompare(this, a, b, op);
    if (a instanceof PyAnySet) return setRichCompare(this, a, b, op);
    if (a instanceof PyDictView) return viewRichCompare(this, a, b, op);
    if (a instanceof PyRange) return rangeRichCompare(a, b, op);
    if (a instanceof PyUnion) return unionRichCompare(a, b, op);
    if (a instanceof PySlice) return sliceRichCompare(this, a, b, op);
    if (a instanceof PyMethod) return methodRichCompare(this, a, b, op);
    return NotImplemented;
  }

  /** x.__ne__(y) for a class: its own __ne__, else object.__ne__, which inverts __eq__ unless
   * that returns NotImplemented (Objects/typeobject.c object_richcompare). */
  private callNe(x: PyValue, y: PyValue): PyValue | undefined {
    const own = this.callDunder(x, '__ne__', [y]);
    if (own !== undefined) return own;
    const eq = this.callDunder(x, '__eq__', [y]);
    if (eq === undefined || eq === NotImplemented) return eq;
    return !this.truthy(eq);
  }

  eq(a: PyValue, b: PyValue): boolean {
    if (a === b) return true;
    return this.truthy(this.richCompare(a, b, CompareOp.EQ));
  }

  truthy(v: PyValue): boolean {
    const r = nativeTruthy(v);
    if (r !== UNSUPPORTED) return r;
    if (typeOf(v).isHeapType()) {
      const b = this.callDunder(v, '__bool__', []);
      if (b !== undefined) {
        if (typeof b !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(b).name}`);
        return b;
      }
      const n = this.callDunder(v, '__len__', []);
      if (n !== undefined) return this.lenResult(n) !== 0;
      return true;
    }
    if (v instanceof PyDict) return v.size !== 0;
    if (v instanceof PyDictView) return v.dict.size !== 0;
    if (v instanceof PyAnySet) return v.used !== 0;
    if (v instanceof PyRange) return v.length !== 0;
    if (v instanceof PyBytes) return v.data.length !== 0;
    return true;
  }

  /** Builtin binary operations that need the interpreter: `str % args`. */
  /** The binary operations nativeBinaryOp leaves to the VM: str % args and the sequence
   * operators (list += extends in place, as list.__iadd__ does). */
  binaryOpWithVm(op: number, a: PyValue, b: PyValue): PyValue {
    const inplace = op >= BinaryOp.INPLACE;
    const base = inplace ? op - BinaryOp.INPLACE : op;
    if (typeof a === 'string') {
      if (base === BinaryOp.ADD) return strConcat(this, a, b as string);
      return base === BinaryOp.MULTIPLY ? strRepeat(this, a, b) : strPercent(this, a, b);
    }
    if (a instanceof PyBytes) return bytesBinaryOp(this, base, a, b);
    if (base === BinaryOp.OR || base === BinaryOp.AND || base === BinaryOp.SUBTRACT || base === BinaryOp.XOR) {
      const r = this.setAlgebra(base, inplace, a, b);
      if (r === NotImplemented) unsupportedOperands(op, a, b);
      return r;
    }
    if (a instanceof PyList) {
      if (base === BinaryOp.ADD) return inplace ? listInplaceConcat(this, a, b) : listConcat(this, a, b);
      return inplace ? listInplaceRepeat(this, a, b) : listRepeat(this, a, b);
    }
    if (a instanceof PyTuple) return base === BinaryOp.ADD ? tupleConcat(this, a, b) : tupleRepeat(this, a, b);
    if (typeof b === 'string') return strRepeat(this, b, a);
    if (b instanceof PyBytes) return bytesBinaryOp(this, base, a, b);
    if (b instanceof PyList) return listRepeat(this, b, a);
    return tupleRepeat(this, b as PyTuple, a);
  }

  /** | & - ^ on sets, frozensets, dicts (| only) and dict views; NotImplemented when the
   * operand types do not combine. A set's in-place forms update it (set_ior...); a frozenset's
   * and a dict view's build a new object, as they have no in-place slots. */
  private setAlgebra(op: BinaryOp, inplace: boolean, a: PyValue, b: PyValue): PyValue {
    if (a instanceof PyDict || b instanceof PyDict) {
      if (op !== BinaryOp.OR) return NotImplemented;
      return inplace && a instanceof PyDict ? dictIor(this, a, b) : dictOr(this, a, b);
    }
    if (a instanceof PyDictView || b instanceof PyDictView) {
      return op === BinaryOp.OR ? viewOr(this, a, b) : op === BinaryOp.AND ? viewAnd(this, a, b) : op === BinaryOp.SUBTRACT ? viewSub(this, a, b) : viewXor(this, a, b);
    }
    if (inplace && a instanceof PySet) {
      return op === BinaryOp.OR ? setIor(this, a, b) : op === BinaryOp.AND ? setIand(this, a, b) : op === BinaryOp.SUBTRACT ? setIsub(this, a, b) : setIxor(this, a, b);
    }
    return op === BinaryOp.OR ? setOr(this, a, b) : op === BinaryOp.AND ? setAnd(this, a, b) : op === BinaryOp.SUBTRACT ? setSub(this, a, b) : setXor(this, a, b);
  }

  nativeUnary(op: UnaryOp, v: PyValue): PyValue | typeof UNSUPPORTED {
    if (v instanceof PyFloat) {
      if (op === UnaryOp.NEGATIVE) return new PyFloat(-v.value);
      if (op === UnaryOp.POSITIVE) return v;
    }
    if (v instanceof PyComplex) {
      if (op === UnaryOp.NEGATIVE) return new PyComplex(-v.re, -v.im);
      if (op === UnaryOp.POSITIVE) return v;
    }
    return UNSUPPORTED;
  }

  contains(container: PyValue, item: PyValue): boolean {
    if (typeOf(container).isHeapType()) {
      const r = this.callDunder(container, '__contains__', [item]);
      if (r !== undefined) return this.truthy(r);
    }
    if (typeof container === 'string') {
      if (typeof item !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeOf(item).name}`);
      return strContains(container, item);
    }
    if (container instanceof PyList || container instanceof PyTuple) {
      for (const x of container.items) if (this.eq(x, item)) return true;
      return false;
    }
    if (container instanceof PyDict) return dictGet(this, container, item) !== undefined;
    if (container instanceof PyDictView) return viewContains(this, container, item);
    if (container instanceof PyAnySet) return setContains(this, container, item);
    if (container instanceof PyRange) return rangeContains(this, container, item);
    if (container instanceof PyBytes) return bytesContains(this, container, item);
    // PySequence_Contains without __contains__: a linear search through the iterator.
    const t = typeOf(container);
    if (container instanceof PyGenerator || container instanceof BuiltinIterator || t.lookup('__iter__') !== undefined || t.lookup('__getitem__') !== undefined) {
      const it = this.getIter(container);
      for (let x = this.iterNext(it); x !== undefined; x = this.iterNext(it)) if (x === item || this.eq(x, item)) return true;
      return false;
    }
    throw typeError(`argument of type '${typeOf(container).name}' is not a container or iterable`);
  }

  // --- Items -----------------------------------------------------------------------------------

  getItem(container: PyValue, key: PyValue): PyValue {
    if (typeOf(container).isHeapType()) {
      const r = this.callDunder(container, '__getitem__', [key]);
      if (r !== undefined) return r;
    }
    if (container instanceof PyList) return listGetItem(this, container, key);
    if (container instanceof PyTuple) return tupleGetItem(this, container, key);
    if (container instanceof PyRange) return rangeGetItem(this, container, key);
    if (typeof container === 'string') return strGetItem(this, container, key);
    if (container instanceof PyBytes) return bytesGetItem(this, container, key);
    if (container instanceof PyDict) return dictSubscript(this, container, key);
    throw typeError(`'${typeOf(container).name}' object is not subscriptable`);
  }

  setItem(container: PyValue, key: PyValue, value: PyValue): void {
    if (typeOf(container).isHeapType() && this.callDunder(container, '__setitem__', [key, value]) !== undefined) return;
    if (container instanceof PyList) {
      listSetItem(this, container, key, value);
      return;
    }
    if (container instanceof PyDict) {
      dictSet(this, container, key, value);
      return;
    }
    throw typeError(`'${typeOf(container).name}' object does not support item assignment`);
  }

  delItem(container: PyValue, key: PyValue): void {
    if (typeOf(container).isHeapType() && this.callDunder(container, '__delitem__', [key]) !== undefined) return;
    if (container instanceof PyList) {
      listDelItem(this, container, key);
      return;
    }
    if (container instanceof PyDict) {
      dictDelItem(this, container, key);
      return;
    }
    throw typeError(`'${typeOf(container).name}' object doesn't support item deletion`);
  }

  makeSlice(start: PyValue, stop: PyValue, step: PyValue): PyValue {
    return newSlice(start, stop, step);
  }

  // --- Containers ------------------------------------------------------------------------------

  makeSet(items: PyValue[]): PyValue {
    return setFromValues(this, items);
  }

  makeDict(pairs: PyValue[]): PyValue {
    const list: [PyValue, PyValue][] = [];
    for (let i = 0; i < pairs.length; i += 2) list.push([pairs[i]!, pairs[i + 1]!]);
    return dictFromPairs(this, list);
  }

  containerUpdate(op: Op, container: PyValue, v: PyValue): void {
    switch (op) {
      case Op.SET_ADD:
        setAdd(this, container as PyAnySet, v);
        return;
      case Op.SET_UPDATE:
        setUpdate(this, container as PyAnySet, v);
        return;
      case Op.DICT_UPDATE:
      case Op.DICT_MERGE:
        if (!(v instanceof PyDict) && op === Op.DICT_UPDATE) throw typeError(`'${typeOf(v).name}' object is not a mapping`);
        dictUpdateArg(this, container as PyDict, v);
        return;
      default:
        throw typeError('this container operation is not supported yet');
    }
  }

  /** The items of any iterable, at most `limit` of them (generators and user iterators run as
   * nested calls). */
  iterateToArray(v: PyValue, limit = Infinity): PyValue[] {
    const out: PyValue[] = [];
    const native = this.nativeIter(v);
    if (native !== null) {
      for (let r = native.next(); !r.done && out.length < limit; r = native.next()) out.push(r.value);
      return out;
    }
    const it = this.getIter(v);
    while (out.length < limit) {
      const x = this.iterNext(it);
      if (x === undefined) break;
      out.push(x);
    }
    return out;
  }

  unpack(v: PyValue, before: number, after: number): PyValue[] {
    // Without a starred target, unpack_iterable stops one item past the targets.
    const items = v instanceof PyTuple || v instanceof PyList ? v.items : this.unpackIterable(v, after < 0 ? before + 1 : Infinity);
    if (after < 0) {
      if (items.length !== before) {
        // 3.14 reports the length of an exact list, tuple or dict (unpack_iterable).
        if (items.length > before) {
          const sized = (v instanceof PyList && v.type === listType) || (v instanceof PyTuple && v.type === tupleType) || (v instanceof PyDict && v.type === dictType);
          throw raise(E.ValueError, `too many values to unpack (expected ${before}${sized ? `, got ${items.length}` : ''})`);
        }
        throw raise(E.ValueError, `not enough values to unpack (expected ${before}, got ${items.length})`);
      }
      return items.slice();
    }
    if (items.length < before + after) {
      throw raise(E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
    }
    return [...items.slice(0, before), new PyList(items.slice(before, items.length - after)), ...items.slice(items.length - after)];
  }

  /** unpack_iterable's items: a value with no way to iterate is "cannot unpack non-iterable". */
  private unpackIterable(v: PyValue, limit: number): PyValue[] {
    try {
      return this.iterateToArray(v, limit);
    } catch (e) {
      const t = typeOf(v);
      if (e instanceof RaisedException && e.exc.type === E.TypeError && !(t.isHeapType() && (t.lookup('__iter__') !== undefined || t.lookup('__getitem__') !== undefined))) {
        if (e.exc.args.length === 1 && e.exc.args[0] === `'${t.name}' object is not iterable`) throw typeError(`cannot unpack non-iterable ${t.name} object`);
      }
      throw e;
    }
  }

  // --- Iteration -------------------------------------------------------------------------------

  getIter(v: PyValue): PyValue {
    if (typeOf(v).isHeapType()) {
      const it = this.callDunder(v, '__iter__', []);
      if (it !== undefined) {
        // PyObject_GetIter: the result must be an iterator.
        const itType = typeOf(it);
        if (itType.isHeapType() ? itType.lookup('__next__') === undefined : !isNativeIteratorObject(it)) {
          throw typeError(`iter() returned non-iterator of type '${itType.name}'`);
        }
        return it;
      }
      // The old sequence protocol (PyObject_GetIter's PySeqIter_New fallback).
      if (typeOf(v).lookup('__getitem__') instanceof PyFunction) return new PySeqIterator(v);
    }
    if (v instanceof PyList) return listIter(v);
    if (v instanceof PyTuple) return tupleIter(v);
    if (typeof v === 'string') return strIter(v);
    if (v instanceof PyRange) return rangeIter(v);
    if (v instanceof PyBytes) return new PyBytesIterator(v);
    if (v instanceof PyDict) return dictEntries(v, 'keys');
    if (v instanceof PyDictView) return dictEntries(v.dict, v.kind);
    if (v instanceof PyAnySet) return setIter(v);
    if (isNativeIteratorObject(v)) return v;
    throw typeError(`'${typeOf(v).name}' object is not iterable`);
  }

  /** Runs a generator until it yields (its value) or returns (undefined), from native code: a
   * nested run of the loop, so a suspension inside it cannot cross this native caller. */
  private resumeGeneratorNested(gen: PyGenerator): PyValue | undefined {
    if (gen.running) throw raise(E.ValueError, 'generator already executing');
    const f = gen.frame as Frame | null;
    if (f === null) return undefined;
    if (gen.started) f.stack[f.sp++] = None;
    gen.started = true;
    gen.running = true;
    gen.callerExcInfo = this.excInfo;
    this.excInfo = gen.excInfo ?? None;
    f.back = null;
    f.returnAction = ReturnAction.GEN_NEXT;
    const value = execute(this, f);
    if (this.generatorYielded) return value;
    gen.returnValue = value;
    return undefined;
  }

  /** The next item, or undefined when the iterator is exhausted. */
  iterNext(it: PyValue): PyValue | undefined {
    if (typeOf(it).isHeapType()) {
      try {
        const r = this.callDunder(it, '__next__', []);
        if (r !== undefined) return r;
      } catch (e) {
        if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.StopIteration)) return undefined;
        throw e;
      }
    }
    if (it instanceof PyListIterator || it instanceof PyTupleIterator || it instanceof PyRangeIterator || it instanceof PyListReverseIterator || it instanceof PyBytesIterator) return it.nextValue();
    if (it instanceof PyStrIterator) return it.nextValue();
    if (it instanceof PyDictIterator || it instanceof PySetIterator) return it.nextValue();
    if (it instanceof PyGenerator) return this.resumeGeneratorNested(it);
    if (it instanceof BuiltinIterator) return it.nextValue(this);
    throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  }

  nativeIter(v: PyValue): Iterator<PyValue> | null {
    if (v instanceof PyList || v instanceof PyTuple) return v.items[Symbol.iterator]();
    if (typeof v === 'string') return v[Symbol.iterator](); // by code point, lazily
    if (v instanceof PyBytes) return v.data[Symbol.iterator]();
    if (v instanceof PyDict || v instanceof PyAnySet || v instanceof PyDictView) {
      const it = this.getIter(v) as PyDictIterator | PySetIterator;
      return { next: () => { const x = it.nextValue(); return x === undefined ? { done: true, value: undefined } : { done: false, value: x }; } };
    }
    if (v instanceof PyRange) {
      const it = rangeIter(v);
      return { next: () => { const x = it.nextValue(); return x === undefined ? { done: true, value: undefined } : { done: false, value: x }; } };
    }
    return null;
  }

  private lenResult(n: PyValue): number {
    if (typeof n === 'bigint') throw raise(n < 0n ? E.ValueError : E.OverflowError, n < 0n ? '__len__() should return >= 0' : "cannot fit 'int' into an index-sized integer");
    if (typeof n !== 'number' && typeof n !== 'boolean') {
      throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
    }
    const x = Number(n);
    if (x < 0) throw raise(E.ValueError, '__len__() should return >= 0');
    // A Py_ssize_t: CPython's 64-bit limit.
    if (x > 9223372036854775807) throw raise(E.OverflowError, "cannot fit 'int' into an index-sized integer");
    return x;
  }

  len(v: PyValue): number {
    if (typeOf(v).isHeapType()) {
      const n = this.callDunder(v, '__len__', []);
      if (n !== undefined) return this.lenResult(n);
    }
    if (typeof v === 'string') return cpLength(v);
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
    if (v instanceof PyBytes) return v.data.length;
    if (v instanceof PyDict) return v.size;
    if (v instanceof PyDictView) return v.dict.size;
    if (v instanceof PyAnySet) return v.used;
    if (v instanceof PyRange) return Number(rangeLen(v));
    throw typeError(`object of type '${typeOf(v).name}' has no len()`);
  }

  /** hash(v). hash.ts computes CPython's hashes of builtin values and asks back here for the
   * others (so this must not hand those back to it). */
  hash(v: PyValue): bigint {
    if (typeof v !== 'object') return hashValue(this, v);
    const t = v.type;
    if (t.isHeapType()) {
      const h = t.lookup('__hash__');
      if (h === None) throw typeError(`unhashable type: '${t.name}'`);
      if (h instanceof PyFunction) {
        const r = this.callNested(h, [v]);
        if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') throw typeError('__hash__ method should return an integer');
        // Like CPython, an int result is reduced to a hash (its own hash); -1 becomes -2.
        return hashValue(this, r);
      }
      return identityHash(v);
    }
    if (v instanceof PyComplex) return hashComplex(v.re, v.im, v);
    if (t === floatType || t === tupleType || v === None || hasRegisteredHasher(t)) return hashValue(this, v);
    if (v instanceof PyList || v instanceof PyDict || v instanceof PyAnySet || t.lookup('__hash__') === None) throw typeError(`unhashable type: '${t.name}'`);
    return identityHash(v);
  }

  // --- Strings ---------------------------------------------------------------------------------

  repr(v: PyValue): string {
    if (typeof v === 'object' && v.type.isHeapType() && !(v instanceof PyType)) {
      const r = this.callDunder(v, '__repr__', []);
      if (r !== undefined) {
        if (typeof r !== 'string') throw typeError(`__repr__ returned non-string (type ${typeOf(r).name})`);
        return r;
      }
      if (v instanceof PyInstance) {
        const t = v.type;
        const mod = t.dict.get('__module__');
        const prefix = typeof mod === 'string' && mod !== 'builtins' ? `${mod}.` : '';
        return `<${prefix}${t.qualname} object at 0x${objectId(v).toString(16)}>`;
      }
    }
    switch (typeof v) {
      case 'string':
        return strRepr(v);
      case 'number':
      case 'bigint':
        return intRepr(v);
      case 'boolean':
        return v ? 'True' : 'False';
    }
    if (v === None) return 'None';
    if (v === NotImplemented) return 'NotImplemented';
    if (v === Ellipsis) return 'Ellipsis';
    if (v instanceof PyFloat) return floatRepr(v.value);
    if (v instanceof PyBytes) return bytesRepr(v.data);
    if (v instanceof PyComplex) return complexRepr(v.re, v.im);
    if (v instanceof PyList) return listRepr(this, v);
    if (v instanceof PyTuple) return tupleRepr(this, v);
    if (v instanceof PySlice) return sliceRepr(this, v);
    if (v instanceof PyDict) return dictRepr(this, v);
    if (v instanceof PyDictView) return viewRepr(this, v);
    if (v instanceof PyAnySet) return setRepr(this, v);
    if (v instanceof PyFunction) return `<function ${v.qualname} at 0x${objectId(v).toString(16)}>`;
    if (v instanceof PyBuiltinFunction) return builtinFunctionRepr(v, (x) => `0x${idOf(x).toString(16)}`, (x) => typeOf(x).name);
    if (v instanceof PyCell) return `<cell at 0x${objectId(v).toString(16)}: ${v.value === undefined ? 'empty' : `${typeOf(v.value).name} object at 0x${idOf(v.value).toString(16)}`}>`;
    if (v instanceof PyCode) return `<code object ${v.name} at 0x${objectId(v).toString(16)}, file "${v.filename}", line ${v.firstLineno}>`;
    if (v instanceof PyGetSetDescriptor) return `<${v.isMember ? 'member' : 'attribute'} '${v.name}' of '${v.owner.name}' objects>`;
    if (v instanceof PyType) {
      const mod = v.isHeapType() ? v.dict.get('__module__') : v.module;
      return `<class '${mod === 'builtins' || typeof mod !== 'string' ? v.qualname : `${mod}.${v.qualname}`}'>`;
    }
    if (v instanceof PyMethod) return `<bound method ${(v.func as PyFunction).qualname} of ${this.repr(v.self)}>`;
    if (v instanceof PyGenerator) return `<generator object ${v.qualname} at 0x${objectId(v).toString(16)}>`;
    if (v instanceof PyRange) return rangeRepr(v);
    if (v instanceof PyUnion) return unionRepr(v);
    if (v instanceof PyBaseException) return exceptionRepr(this, v);
    return `<${typeOf(v).name} object at 0x${objectId(v).toString(16)}>`;
  }

  str(v: PyValue): string {
    if (typeof v === 'string') return v;
    if (typeof v === 'object' && v.type.isHeapType() && !(v instanceof PyType)) {
      const r = this.callDunder(v, '__str__', []);
      if (r !== undefined) {
        if (typeof r !== 'string') throw typeError(`__str__ returned non-string (type ${typeOf(r).name})`);
        return r;
      }
      if (!(v instanceof PyBaseException)) return this.repr(v);
    }
    if (v instanceof PyBaseException) return exceptionStr(this, v);
    return this.repr(v);
  }

  ascii(v: PyValue): string {
    return this.repr(v).replace(/[^\x00-\x7f]/gu, (c) => {
      const cp = c.codePointAt(0)!;
      return cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    });
  }

  format(v: PyValue, spec: string): string {
    if (typeof v === 'string') return spec === '' ? v : strFormatSpec(this, v, spec);
    // A Python class's __format__ (Objects/abstract.c: PyObject_Format checks the result type).
    const user = this.callDunder(v, '__format__', [spec]);
    if (user !== undefined) {
      if (typeof user !== 'string') throw typeError(`__format__ must return a str, not ${typeOf(user).name}`);
      return user;
    }
    const n = formatNumber(v, spec);
    if (n !== null) return n;
    if (spec === '') return this.str(v);
    // object.__format__ with a non-empty spec.
    throw typeError(`unsupported format string passed to ${typeOf(v).name}.__format__`);
  }

  // --- Exceptions ------------------------------------------------------------------------------

  /** The exception object `raise X` (or the cause of `raise ... from X`) raises: an instance, or
   * a class called with no arguments (Python/ceval.c: do_raise). */
  makeExceptionToRaise(v: PyValue, what: 'exceptions' | 'exception causes' = 'exceptions'): PyBaseException {
    if (v instanceof PyBaseException) return v;
    if (v instanceof PyType && isExceptionType(v)) {
      const exc = this.callNested(v, []);
      if (exc instanceof PyBaseException) return exc;
      throw typeError(`calling ${this.repr(v)} should have returned an instance of BaseException, not ${typeOf(exc).name}`);
    }
    throw typeError(`${what} must derive from BaseException`);
  }

  /** CHECK_EXC_MATCH: every entry of the except clause's class or tuple must be an exception
   * class (_PyEval_CheckExceptTypeValid), then the exception's type is matched against them. */
  exceptionMatches(exc: PyValue, type: PyValue): boolean {
    const classes = type instanceof PyTuple ? type.items : [type];
    for (const c of classes) {
      if (!(c instanceof PyType) || !isExceptionType(c)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    const t = typeOf(exc);
    return classes.some((c) => t.isSubtypeOf(c as PyType));
  }
}

/** builtins.__build_class__; calls to it are carried out by the eval loop. */
const BUILD_CLASS = builtinFunction('builtins.__build_class__', '__build_class__', () => {
  throw typeError('__build_class__ must be called from a class statement');
});

/** An AttributeError with `name` and `obj` set (for "Did you mean"). */
function noAttribute(obj: PyValue, name: string, msg: string): RaisedException {
  const r = attributeError(msg);
  r.exc.setAttr('name', name);
  r.exc.setAttr('obj', obj);
  return r;
}

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
/** A stable id() for an object (CPython prints addresses; these are deterministic). */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 0x30;
    ids.set(o, id);
  }
  return id;
}

function sequenceCompare(vm: VM, a: readonly PyValue[], b: readonly PyValue[], op: CompareOp): PyValue {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!vm.eq(a[i]!, b[i]!)) break;
  if (i >= n) {
    const x = a.length;
    const y = b.length;
    switch (op) {
      case CompareOp.LT: return x < y;
      case CompareOp.LE: return x <= y;
      case CompareOp.EQ: return x === y;
      case CompareOp.NE: return x !== y;
      case CompareOp.GT: return x > y;
      case CompareOp.GE: return x >= y;
    }
  }
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return vm.richCompare(a[i]!, b[i]!, op);
}

function prepareNestedFrame(vm: VM, frame: Frame, fn: PyFunction, args: PyValue[], kwargs: Kwargs | null): Frame {
  // Reuses the loop's binding rules.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bindForNested(vm, frame, fn, args, kwargs);
  initCells(frame, fn);
  return frame;
}

import { bindArguments } from './call.ts';
function bindForNested(vm: VM, frame: Frame, fn: PyFunction, args: PyValue[], kwargs: Kwargs | null): void {
  bindArguments(fn, frame, args, 0, args.length, kwargs?.names ?? null, kwargs?.values ?? null, vm.makeKwargsDict);
}

// -----------------------------------------------------------------------------------------------
// The first builtins. The full set arrives in builtins/ as the object types land.

// object.__init__ and BaseException.__init__, reachable through super() and the class.
let baseMethodsDefined = false;
function defineBaseMethods(): void {
  if (baseMethodsDefined) return;
  baseMethodsDefined = true;
  defineMethods(objectType, {
    __init__(_vm, args) {
      if (args.length > 1) throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
      return None;
    },
    __setattr__(vm, args) {
      if (args.length !== 3) throw typeError(`expected 2 arguments, got ${Math.max(0, args.length - 1)}`);
      const name = args[1]!;
      if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
      (vm as VM).genericSetAttr(args[0]!, name, args[2]!);
      return None;
    },
    __delattr__(vm, args) {
      if (args.length !== 2) throw typeError(`expected 1 argument, got ${Math.max(0, args.length - 1)}`);
      const name = args[1]!;
      if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
      (vm as VM).genericDelAttr(args[0]!, name);
      return None;
    },
  });
}

function installBuiltins(vm: VM): void {
  defineBaseMethods();
  const b = vm.builtins;
  for (const [name, t] of BUILTIN_EXCEPTIONS) b.set(name, t);
  for (const t of [intType, strType, boolType, floatType, complexType, bytesType, tupleType, listType, dictType, setType, frozensetType, rangeType, sliceType]) b.set(t.name, t);
  b.set('None', None);
  b.set('object', objectType);
  b.set('type', typeType);
  b.set('__build_class__', BUILD_CLASS);
  for (const t of [staticmethodType, classmethodType, propertyType, superType]) b.set(t.name, t);
  b.set('Ellipsis', Ellipsis);
  b.set('NotImplemented', NotImplemented);
  // builtins.False/True exist (the NameError suggestions offer them).
  b.set('False', false);
  b.set('True', true);
  void noneType;
}

/** Exposes the builtin functions (builtins/) in a VM's builtins namespace. */
export function addBuiltinFunctions(vm: VM): void {
  for (const [name, v] of builtinValues()) vm.builtins.set(name, v);
}


export { RaisedException };

/** The iterator objects implemented natively (their own __iter__ returns them). */
function isNativeIteratorObject(v: PyValue): boolean {
  return v instanceof PyStrIterator || v instanceof PyListIterator || v instanceof PyListReverseIterator || v instanceof PyTupleIterator || v instanceof PyRangeIterator || v instanceof PyDictIterator || v instanceof PySetIterator || v instanceof PyGenerator || v instanceof BuiltinIterator || v instanceof PyBytesIterator;
}

/** PyObject_GenericSetAttr on an object without a __dict__ (Objects/object.c): a member of the
 * type is read-only ("readonly attribute" for the start/stop/step and real/imag members),
 * anything else cannot be created. */
function noDictAttributeError(obj: PyValue, name: string): RaisedException {
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr instanceof PyGetSetDescriptor && !attr.isMember) return attributeError(`attribute '${name}' of '${attr.owner.name}' objects is not writable`);
  if ((attr instanceof PyGetSetDescriptor && attr.isMember) || (obj instanceof PyRange && rangeAttr(obj, name) !== undefined) || (obj instanceof PySlice && sliceAttr(obj, name) !== undefined)) {
    return attributeError('readonly attribute');
  }
  if (attr !== undefined) return attributeError(`'${t.name}' object attribute '${name}' is read-only`);
  return attributeError(`'${t.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
}
