#!/usr/bin/env node
// Entry point of `npm run conform` and the `terrarium-conform` bin: loads the TypeScript
// sources of the harness through tsx (a devDependency, present after `npm ci`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli.ts');
process.exitCode = await main(process.argv.slice(2));
