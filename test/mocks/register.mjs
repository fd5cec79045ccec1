// Loaded with `--import` by the unit test runner: any `import 'electron'` resolves to ./electron.ts, the
// mocks folder's stand-in (Electron's binary is not available where tests run).
import { register } from 'node:module';

register('./electron-resolve.mjs', import.meta.url);
