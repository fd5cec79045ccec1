// The house plan's import boundaries (ARCHITECTURE.md, "Rooms"), checked by `npm run lint`.
// Paths are relative to the folder depcruise runs in (the repository root).
const ROOMS_ABOVE_CORE = '^main/(store|import|api|electron|cli)/';

module.exports = {
  forbidden: [
    {
      name: 'electron-only-in-shell',
      comment: 'Plain-Node code stays testable without Electron: only main/electron/ may import it.',
      severity: 'error',
      from: { path: '^(main|renderer)/', pathNot: '^main/electron/' },
      to: { path: '^electron$|node_modules/electron/' },
    },
    {
      name: 'core-is-pure',
      comment: 'main/core/ is the domain logic: it imports nothing of the rooms built on it.',
      severity: 'error',
      from: { path: '^main/core/' },
      to: { path: ROOMS_ABOVE_CORE },
    },
    {
      name: 'store-import-below-api',
      comment: 'The workspace store and the importers serve the API; they never reach up into it or the shells.',
      severity: 'error',
      from: { path: '^main/(store|import)/' },
      to: { path: '^main/(api|electron|cli)/' },
    },
    {
      name: 'api-below-shells',
      comment: 'The handlers are shared by the window, the CLI and the second instance: they know none of them.',
      severity: 'error',
      from: { path: '^main/api/' },
      to: { path: '^main/(electron|cli)/' },
    },
    {
      name: 'renderer-only-contract',
      comment: 'The window talks to main only through the bridge; of main/ it may see the contract alone.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/', pathNot: '^main/api/contract\\.ts$' },
    },
    {
      name: 'renderer-contract-types-only',
      comment: 'The contract is shared as types: a value import would bundle main-side code into the window.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/api/contract\\.ts$', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
