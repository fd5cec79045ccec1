#!/usr/bin/env node
// The `claimdesk` command: runs the CLI bundle that `npm install` builds (the package's prepare script).
'use strict';
const path = require('node:path');
const bundle = path.join(__dirname, '..', '..', 'dist', 'cli.cjs');
try {
  require.resolve(bundle);
} catch {
  process.stderr.write('claimdesk: the command is not built yet. Run `npm run build` in the ClaimDesk folder.\n');
  process.exit(1);
}
require(bundle);
