// Worker threads start here: plain JavaScript that teaches this thread's module loader
// TypeScript (through tsx) before loading the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
