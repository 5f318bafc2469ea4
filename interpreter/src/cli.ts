// The `terrarium` executable: python3.14's command line on the real process.
import { readFileSync, writeSync } from 'node:fs';
import { runMain } from './main.ts';

function write(fd: number, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
  }
}

const status = runMain(process.argv.slice(2), {
  readFile(path) {
    try {
      return readFileSync(path);
    } catch {
      return null;
    }
  },
  stdout: (data) => write(1, data),
  stderr: (data) => write(2, data),
  cwd: () => process.cwd(),
});
process.exitCode = status;
