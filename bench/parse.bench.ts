// Parse throughput on the fixed stdlib sample (`npx vitest bench bench/parse.bench.ts`).
// `npm run bench:parse` (harness/parse-throughput.ts) compares the same files with native
// CPython's ast.parse and checks that parse time grows linearly with file size.
import { bench, describe } from 'vitest';
import { parse } from '../interpreter/src/parser/index.ts';
import { decodeSource } from '../interpreter/src/main.ts';
import { loadStdlib, STDLIB_SAMPLE } from '../harness/parser-stdlib.ts';
import { generateBigExpression, generateStatements } from '../harness/parse-throughput.ts';

const { files } = loadStdlib();
const sample = STDLIB_SAMPLE.map((name) => decodeSource(files.get(name)!, name));
const sampleMb = STDLIB_SAMPLE.reduce((s, n) => s + files.get(n)!.length, 0) / 1e6;
const typing = decodeSource(files.get('typing.py')!, 'typing.py');
const statements = generateStatements(1_000_000);
const bigExpression = generateBigExpression(1_000_000);

describe('parse', () => {
  bench(`stdlib sample (${STDLIB_SAMPLE.length} files, ${sampleMb.toFixed(2)} MB)`, () => {
    for (const s of sample) parse(s, { typeComments: true });
  });
  bench('typing.py', () => {
    parse(typing, { typeComments: true });
  });
  bench('generated 1 MB of statements', () => {
    parse(statements);
  });
  bench('generated 1 MB list literal', () => {
    parse(bigExpression);
  });
});
