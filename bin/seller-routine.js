#!/usr/bin/env node
// `npx seller-routine …`: runs the TypeScript CLI through tsx (a dev dependency of this repo).
import { register } from 'tsx/esm/api';

register();
await import('../src/local/cli/cliMain.ts');
