// A disassembler for Terrarium's bytecode, for people working on the compiler and the eval loop
// (the counterpart of `python3.14 -m dis`): `node --import tsx scripts/dis.ts FILE.py`.
// Prints every code object (module, functions, class bodies) with its instructions, their
// arguments resolved to names and constants, and the exception table.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '../interpreter/src/parser/index.ts';
import { checkCompile } from '../interpreter/src/compiler/index.ts';
import { CodeGenerator } from '../interpreter/src/compiler/codegen.ts';
import { PyCode } from '../interpreter/src/compiler/code.ts';

// Op is a const enum (no runtime object): read the names, in order, from its declaration.
const opcodesSource = readFileSync(fileURLToPath(new URL('../interpreter/src/compiler/opcodes.ts', import.meta.url)), 'utf8');
const enumBody = opcodesSource.slice(opcodesSource.indexOf('export const enum Op {'), opcodesSource.indexOf('\n}', opcodesSource.indexOf('export const enum Op {')));
const OP_NAMES = [...enumBody.matchAll(/^\s+([A-Z_]+)(?: = \d+)?,/gm)].map((m) => m[1]!);

const NAME_OPS = new Set(['LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'IMPORT_NAME', 'IMPORT_FROM']);
const LOCAL_OPS = new Set(['LOAD_FAST', 'LOAD_FAST_CHECKED', 'STORE_FAST', 'DELETE_FAST', 'LOAD_FAST_AND_CLEAR', 'STORE_FAST_MAYBE_NULL']);

function describeArg(code: PyCode, name: string, arg: number): string {
  if (name === 'LOAD_CONST' || name === 'RETURN_CONST') {
    const c = code.consts[arg];
    return c instanceof PyCode ? `<code ${c.qualname}>` : typeof c === 'string' ? JSON.stringify(c) : String(c);
  }
  if (NAME_OPS.has(name)) return code.names[arg] ?? '?';
  if (LOCAL_OPS.has(name)) return code.varnames[arg] ?? '?';
  return '';
}

function dis(code: PyCode): void {
  console.log(`\nDisassembly of ${code.qualname} (${code.filename}:${code.firstLineno}):`);
  for (let i = 0; i < code.length; i++) {
    const op = code.code[i * 2]!;
    const arg = code.code[i * 2 + 1]!;
    const name = OP_NAMES[op] ?? `OP_${op}`;
    const line = code.positions[i * 4]!;
    const extra = describeArg(code, name, arg);
    console.log(`${String(line).padStart(5)} ${String(i).padStart(5)} ${name.padEnd(24)} ${String(arg).padStart(4)}${extra ? `  (${extra})` : ''}`);
  }
  for (const h of code.exceptionTable) console.log(`  handler [${h.start}, ${h.end}) -> ${h.target} depth ${h.depth}${h.lasti ? ' lasti' : ''}`);
  for (const c of code.consts) if (c instanceof PyCode) dis(c);
}

const path = process.argv[2];
if (!path) {
  console.error('usage: node --import tsx scripts/dis.ts FILE.py');
  process.exit(2);
}
const source = readFileSync(path, 'utf8');
const { tree } = parse(source, { filename: path, mode: 'exec' });
const checked = checkCompile(tree, { filename: path, lines: source.split('\n') });
if (!checked.ok) {
  console.error('SyntaxError: run the file under terrarium to see it');
  process.exit(1);
}
dis(new CodeGenerator(checked.symtable, path).compileModule(tree as never));
