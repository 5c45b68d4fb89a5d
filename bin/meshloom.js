#!/usr/bin/env node
// The `meshloom` command. The sources are TypeScript; tsx compiles them on load so a checkout runs as it is.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
