// A sweep worker thread: tsx compiles the TypeScript here too, as bin/meshloom.js does for the main thread.
import { register } from 'tsx/esm/api';

register();
await import('./sweep-worker.ts');
