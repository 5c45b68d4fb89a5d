#!/usr/bin/env node
// The `meshloom` command. The sources are TypeScript; tsx compiles them on load so a checkout runs as it is.
// tsconfig.json is for type checking only: its `paths` entry points the compiler at the types of
// @meshtastic/protobufs (its package.json names a file it does not ship) and must not redirect run-time imports.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
await import('../gateway/cli/main.ts');
