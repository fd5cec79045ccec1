// Preloaded into the electronegativity process: its TypeScript parser (@typescript-eslint/typescript-estree,
// hoisted to the top of node_modules) must load the TypeScript 4.2 that electronegativity ships, not the
// project's TypeScript, whose API it does not know.
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
