// Starts pouchdb-server with one upstream bug fixed in memory: pouchdb-validation overwrites an incoming
// document's _revisions with the stored one's, so with a validate_doc_update every replicated update is
// silently dropped (pouchdb/pouchdb-server#419, fix proposed in #420). Real CouchDB does not have this bug.
// The test fails loudly if the line is no longer there, so an upgrade that fixes it is noticed.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const serverDir = path.dirname(require.resolve('pouchdb-server/package.json'));
const validationPath = require.resolve('pouchdb-validation', {
  paths: [serverDir, require.resolve('express-pouchdb')],
});
const source = fs.readFileSync(validationPath, 'utf8');
const broken = 'newDoc._revisions = (oldDoc || {})._revisions;';
if (!source.includes(broken)) {
  process.stderr.write('pouchdb-validation changed: check whether pouchdb/pouchdb-server#419 is fixed\n');
  process.exit(3);
}
const fixed = source.replace(
  broken,
  'if (!newDoc._revisions && oldDoc) newDoc = Object.assign({ _revisions: oldDoc._revisions }, newDoc);',
);
const mod = new Module(validationPath, module);
mod.filename = validationPath;
mod.paths = Module._nodeModulePaths(path.dirname(validationPath));
mod._compile(fixed, validationPath);
mod.loaded = true;
require.cache[validationPath] = mod;

require(path.join(serverDir, 'bin', 'pouchdb-server'));
