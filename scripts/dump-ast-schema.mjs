import { loadPyodide } from 'pyodide';
const py = await loadPyodide();
const out = py.runPython(`
import ast, json, sys
res = {}
def walk(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from walk(sub)
info = {}
for cls in walk(ast.AST):
    if cls.__module__ != 'ast': continue
    if cls.__name__ in ('slice','Index','ExtSlice','Suite','Param','AugLoad','AugStore','Num','Str','Bytes','NameConstant','Ellipsis'): continue
    base = cls.__mro__[1].__name__
    ft = getattr(cls, '_field_types', {})
    fields = []
    for f in cls._fields:
        t = ft.get(f)
        fields.append([f, repr(t)])
    info[cls.__name__] = {'base': base, 'fields': fields, 'attributes': list(cls._attributes)}
json.dumps(info)
`);
console.log(out);
console.log(py.runPython('import sys; sys.version'));
