// Builds the distributable entry points with esbuild (run by `npm ci` through `prepare`).
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['interpreter/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
await build({ ...common, entryPoints: ['interpreter/src/index.ts'], outfile: 'dist/index.js' });
chmodSync('dist/cli.js', 0o755);
