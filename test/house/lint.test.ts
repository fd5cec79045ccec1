// The linter and the formatter that `npm run lint` runs: each must reject a canary, or their pass proves nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function rulesHit(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

test('a line over 120 characters is an error, in code, a string and a comment alike', async () => {
  const long = 'x'.repeat(121);
  assert.deepEqual(await rulesHit(`export const s = '${long}';\n`, 'main/core/canary.ts'), ['max-len']);
  assert.deepEqual(await rulesHit(`// ${long}\nexport const n = 1;\n`, 'renderer/canary.ts'), ['max-len']);
  assert.deepEqual(await rulesHit(`export const s = '${'x'.repeat(90)}';\n`, 'main/core/canary.ts'), []);
});

test('typescript-eslint rules apply to the TypeScript sources', async () => {
  assert.deepEqual(await rulesHit('export function f(a: any) {\n  return a;\n}\n', 'main/api/canary.ts'), [
    '@typescript-eslint/no-explicit-any',
  ]);
  assert.deepEqual(
    await rulesHit("import { Claim } from './types';\nexport type C = Claim;\n", 'main/core/canary.ts'),
    ['@typescript-eslint/consistent-type-imports'],
  );
  assert.deepEqual(await rulesHit('const unused = 1;\nexport {};\n', 'renderer/canary.ts'), [
    '@typescript-eslint/no-unused-vars',
  ]);
});

test('prettier --check rejects a file not in the house style', async () => {
  const options = { ...(await prettier.resolveConfig(resolve(ROOT, 'main/core/canary.ts'))), filepath: 'canary.ts' };
  assert.equal(await prettier.check('export const a = "double";\n', options), false, 'single quotes');
  assert.equal(await prettier.check("export const a = 'single';\n", options), true);
  const wide = `export const f = (alpha: number, beta: number) => alpha + beta + ${'alpha + '.repeat(12)}beta;\n`;
  assert.equal(await prettier.check(wide, options), false, 'wraps at 120 columns');
});
