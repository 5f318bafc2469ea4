// CPython 3.14 on WebAssembly (the `pyodide` npm package), in-process: loaded once per worker
// (about 2 s), then each case runs in a fresh `__main__` module the way `python3.14 FILE`
// would: compiled with its real filename, executed, an uncaught exception printed by
// sys.excepthook without the harness's own frame (exit status 1), SystemExit turned into the
// exit status as CPython's pythonrun.c does. `-m MODULE` goes through runpy's
// _run_module_as_main, which is what CPython itself calls. Output is captured as exact bytes
// with setStdout({ write }) (the batched handler loses newlines).
//
// Pyodide is 32-bit: hash() values, set order of large ints and strings, sys.platform and the
// recursion limit differ from 64-bit CPython. Cases marked `# conform: skip-pyodide` are skipped.

import { createRequire } from 'node:module';
import path from 'node:path';
import { concatBytes } from '../expected.ts';
import { CANONICAL_ROOT } from '../cases.ts';
import type { Oracle, OracleInfo, OracleOptions, RunRequest, RunResult } from './oracle.ts';

const HARNESS_FILENAME = '<terrarium-harness>';

// The Python side. Kept free of anything a case could observe besides a fresh __main__.
const RUNNER_SOURCE = String.raw`
import sys, os, types, builtins

def _terrarium_exit_status(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xff
    try:
        sys.stderr.write(str(code) + "\n")
    except BaseException:
        pass
    return 1

# python3.14 FILE reads the script through the tokenizer's FILE* path, whose errors differ
# from compile()'s on bytes (encoding and NUL-byte messages): call PyRun_FileExFlags, as
# Python/pythonrun.c does, through ctypes; fall back to compile() if ctypes is missing.
try:
    import ctypes as _ctypes
    _libc = _ctypes.CDLL(None)
    _fopen = _libc.fopen
    _fopen.restype = _ctypes.c_void_p
    _fopen.argtypes = [_ctypes.c_char_p, _ctypes.c_char_p]
    _pyrun_file = _ctypes.pythonapi.PyRun_FileExFlags
    _pyrun_file.restype = _ctypes.py_object
    _pyrun_file.argtypes = [_ctypes.c_void_p, _ctypes.c_char_p, _ctypes.c_int, _ctypes.py_object,
                            _ctypes.py_object, _ctypes.c_int, _ctypes.c_void_p]
except Exception:
    _pyrun_file = None

def _terrarium_run_file(path, globals_):
    if _pyrun_file is None:
        with open(path, "rb") as f:
            source = f.read()
        exec(compile(source, path, "exec"), globals_)
        return
    fp = _fopen(os.fsencode(path), b"rb")
    if not fp:
        raise OSError("cannot open " + path)
    _pyrun_file(fp, os.fsencode(path), 257, globals_, globals_, 1, None)  # Py_file_input, closeit

def _terrarium_run(path, args):
    saved_argv, saved_path = sys.argv[:], sys.path[:]
    saved_main = sys.modules.get("__main__")
    saved_out, saved_err = sys.stdout, sys.stderr
    saved_limit = sys.getrecursionlimit()
    saved_hook = sys.excepthook
    saved_executable = sys.executable
    # What python3.14 reports; argparse's usage line for "-m MODULE" shows its basename.
    sys.executable = "/usr/bin/python3.14"
    main = types.ModuleType("__main__")
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    status = 0
    try:
        try:
            if args:
                # python3.14 -m MODULE [options] FILE
                sys.argv = ["-m"] + list(args[2:]) + [path]
                sys.path[0:0] = [os.getcwd()]
                import runpy
                runpy._run_module_as_main(args[1], True)
            else:
                sys.argv = [path]
                sys.path[0:0] = [os.path.dirname(path)]
                main.__file__ = path
                main.__cached__ = None
                _terrarium_run_file(path, main.__dict__)
        except SystemExit as e:
            status = _terrarium_exit_status(e)
        except BaseException as e:
            tb = e.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename == "${HARNESS_FILENAME}":
                tb = tb.tb_next
            e.__traceback__ = tb
            try:
                sys.excepthook(type(e), e, tb)
            except BaseException:
                pass
            status = 1
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
    finally:
        sys.stdout, sys.stderr = saved_out, saved_err
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass
        sys.argv[:] = saved_argv
        sys.path[:] = saved_path
        sys.excepthook = saved_hook
        sys.executable = saved_executable
        sys.setrecursionlimit(saved_limit)
        if saved_main is not None:
            sys.modules["__main__"] = saved_main
    return status
`;

interface PyodideLike {
  runPython(code: string, opts?: { filename?: string }): unknown;
  setStdout(o: { write(b: Uint8Array): number }): void;
  setStderr(o: { write(b: Uint8Array): number }): void;
  FS: { mkdirTree(p: string): void; writeFile(p: string, data: Uint8Array): void };
  globals: { get(name: string): unknown };
  version: string;
}

export class PyodideOracle implements Oracle {
  readonly kind = 'pyodide' as const;
  private py?: Promise<PyodideLike>;
  private out: Uint8Array[] = [];
  private err: Uint8Array[] = [];

  constructor(_opts: OracleOptions) {}

  private load(): Promise<PyodideLike> {
    this.py ??= (async () => {
      const require = createRequire(import.meta.url);
      const pkgDir = path.dirname(require.resolve('pyodide/package.json'));
      const { loadPyodide } = (await import('pyodide')) as unknown as { loadPyodide(o: object): Promise<PyodideLike> };
      const py = await loadPyodide({ indexURL: pkgDir + path.sep, env: { PYTHONHASHSEED: '0', LANG: 'C.UTF-8', HOME: '/home/pyodide' } });
      py.setStdout({ write: (b) => (this.out.push(b.slice()), b.length) });
      py.setStderr({ write: (b) => (this.err.push(b.slice()), b.length) });
      py.FS.mkdirTree(CANONICAL_ROOT);
      py.runPython(RUNNER_SOURCE + `\nos.chdir(${JSON.stringify(CANONICAL_ROOT)})\n`, { filename: HARNESS_FILENAME });
      return py;
    })();
    return this.py;
  }

  async info(): Promise<OracleInfo> {
    const py = await this.load();
    const v = String(py.runPython('import sys; sys.version'));
    const short = v.split(' ')[0];
    return { kind: 'pyodide', recordedFrom: `CPython ${short} (pyodide ${py.version})`, version: v };
  }

  async run(req: RunRequest): Promise<RunResult> {
    if (req.skipPyodide !== undefined) return { kind: 'skipped', reason: `skip-pyodide: ${req.skipPyodide}` };
    if (req.args.length && (req.args[0] !== '-m' || req.args.length < 2)) {
      return { kind: 'skipped', reason: `the Pyodide oracle only supports "-m MODULE ..." options, not ${JSON.stringify(req.args.join(' '))}` };
    }
    const py = await this.load();
    py.FS.mkdirTree(path.posix.dirname(req.canonicalPath));
    py.FS.writeFile(req.canonicalPath, req.source);
    this.out = [];
    this.err = [];
    const run = py.globals.get('_terrarium_run') as ((p: string, a: unknown) => number) & { destroy?(): void };
    let status: number;
    try {
      const args = py.runPython(`${JSON.stringify(req.args)}`) as unknown;
      status = Number(run(req.canonicalPath, args));
      (args as { destroy?(): void })?.destroy?.();
    } catch (e) {
      return { kind: 'error', message: `Pyodide failed: ${(e as Error).message}` };
    } finally {
      run.destroy?.();
    }
    return { kind: 'ran', outcome: { exit: status, stdout: concatBytes(this.out), stderr: concatBytes(this.err) } };
  }

  async close(): Promise<void> {}
}
