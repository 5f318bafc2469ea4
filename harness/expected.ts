// The expectation file: a case's recorded stdout, stderr and exit status, stored beside the
// case as `<name>.expected`. Readable, exact, and parsed by byte counts so that any content
// (no trailing newline, CR, NUL, invalid UTF-8) round-trips unchanged:
//
//   # recorded from CPython 3.14.8 (native) by npm run conform -- --record; do not edit by hand
//   --- exit: 0
//   --- stdout (N bytes)
//   <exactly N bytes>
//   --- stderr (M bytes)
//   <exactly M bytes>
//
// (each block of bytes is followed by one newline that is not part of the stream).

export interface Outcome {
  exit: number;
  stdout: Uint8Array;
  stderr: Uint8Array;
}

export interface Expectation extends Outcome {
  /** What the header says the recording came from, e.g. `CPython 3.14.8 (native)`. */
  recordedFrom: string;
}

export class ExpectationFormatError extends Error {}

const HEADER_PREFIX = '# recorded from ';
const HEADER_SUFFIX = ' by npm run conform -- --record; do not edit by hand';

export function headerLine(recordedFrom: string): string {
  return `${HEADER_PREFIX}${recordedFrom}${HEADER_SUFFIX}`;
}

export function formatExpectation(e: Expectation): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [
    enc.encode(`${headerLine(e.recordedFrom)}\n--- exit: ${e.exit}\n--- stdout (${e.stdout.length} bytes)\n`),
    e.stdout,
    enc.encode(`\n--- stderr (${e.stderr.length} bytes)\n`),
    e.stderr,
    enc.encode('\n'),
  ];
  return concatBytes(parts);
}

export function parseExpectation(data: Uint8Array): Expectation {
  let pos = 0;
  const line = (what: string): string => {
    const nl = data.indexOf(0x0a, pos);
    if (nl < 0) throw new ExpectationFormatError(`truncated: expected ${what} at byte ${pos}`);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(pos, nl));
    pos = nl + 1;
    return text;
  };
  const header = line('the header line');
  if (!header.startsWith(HEADER_PREFIX) || !header.endsWith(HEADER_SUFFIX)) {
    throw new ExpectationFormatError(`first line is not a "${HEADER_PREFIX}... " header`);
  }
  const recordedFrom = header.slice(HEADER_PREFIX.length, header.length - HEADER_SUFFIX.length);
  const exitLine = line('"--- exit: N"');
  const exitMatch = /^--- exit: (-?\d+)$/.exec(exitLine);
  if (!exitMatch) throw new ExpectationFormatError(`line 2 should be "--- exit: N", found ${JSON.stringify(exitLine)}`);
  const block = (name: string): Uint8Array => {
    const l = line(`"--- ${name} (N bytes)"`);
    const m = new RegExp(`^--- ${name} \\((\\d+) bytes\\)$`).exec(l);
    if (!m) throw new ExpectationFormatError(`expected "--- ${name} (N bytes)", found ${JSON.stringify(l)}`);
    const n = Number(m[1]);
    if (pos + n + 1 > data.length) throw new ExpectationFormatError(`truncated ${name}: ${n} bytes announced, ${Math.max(0, data.length - pos - 1)} present`);
    const bytes = data.slice(pos, pos + n);
    pos += n;
    if (data[pos] !== 0x0a) throw new ExpectationFormatError(`${name} block is not followed by a newline (byte count wrong?)`);
    pos += 1;
    return bytes;
  };
  const stdout = block('stdout');
  const stderr = block('stderr');
  if (pos !== data.length) throw new ExpectationFormatError(`${data.length - pos} unexpected bytes after the stderr block`);
  return { recordedFrom, exit: Number(exitMatch[1]), stdout, stderr };
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function outcomesEqual(a: Outcome, b: Outcome): boolean {
  return a.exit === b.exit && bytesEqual(a.stdout, b.stdout) && bytesEqual(a.stderr, b.stderr);
}
