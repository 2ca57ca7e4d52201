#!/usr/bin/env node
// The `gazette-lens` command: registers tsx's loader so Node runs the TypeScript command
// line (cli/main.ts) as it is. Works through `npx gazette-lens` in the project and as
// `node /path/to/bin/gazette-lens.js` from any directory (no tsconfig is looked up).
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
await import('../cli/main.ts');
