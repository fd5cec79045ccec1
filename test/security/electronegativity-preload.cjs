// Preloaded into the electronegativity process, to mend two things in it. Its TypeScript parser
// (@typescript-eslint/typescript-estree, hoisted to the top of node_modules) must load the TypeScript 4.2 that
// electronegativity ships, not the project's TypeScript, whose API it does not know.
'use strict';
const Module = require('node:module');
const path = require('node:path');

const ownTypescript = path.join(
  __dirname,
  '..',
  '..',
  'node_modules',
  '@doyensec',
  'electronegativity',
  'node_modules',
  'typescript',
);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent && /@typescript-eslint/.test(parent.filename || '')) {
    return resolve.call(this, ownTypescript, parent, ...rest);
  }
  return resolve.call(this, request, parent, ...rest);
};

// Its CSV writer starts two asynchronous writes to the same file at once (the header, truncating, then the
// findings, appending); when the header lands second the findings are lost (seen on CI: "the canary was not
// flagged"). In this process, writeFile runs synchronously, so the two land in the order they were made.
const fs = require('node:fs');
fs.writeFile = function (file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' ? undefined : options;
  let error = null;
  try {
    fs.writeFileSync(file, data, opts);
  } catch (err) {
    error = err;
  }
  if (done) process.nextTick(done, error);
};
