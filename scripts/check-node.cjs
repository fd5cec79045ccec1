// `npm start` runs this first: Electron 45 and its tools need Node 20.19+ or 22.12+ (older ones stop with
// ERR_REQUIRE_ESM deep in a stack). Old syntax on purpose, so that it runs on any Node and says so plainly.
'use strict';

function nodeProblem(version) {
  var parts = String(version).replace(/^v/, '').split('.');
  var major = Number(parts[0]);
  var minor = Number(parts[1]);
  var ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23;
  if (ok) return null;
  return (
    'ClaimDesk needs Node.js 20.19 or later in the 20 line, or 22.12 or later (this is Node ' +
    version +
    '). Install a newer Node (with nvm: `nvm install` in this folder reads .nvmrc), then run `npm start` again.'
  );
}

module.exports = { nodeProblem: nodeProblem };

if (require.main === module) {
  var problem = nodeProblem(process.versions.node);
  if (problem) {
    process.stderr.write(problem + '\n');
    process.exit(1);
  }
}
