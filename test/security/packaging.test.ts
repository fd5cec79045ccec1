// The packaged app (electron-builder.yml): what ships is what the app loads and nothing else, the icon and file
// associations match what the app opens, and every Electron fuse is set with the security baseline's value
// (ARCHITECTURE.md §7). Where an Electron binary is available, a real `--dir` build is checked too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';
import { minimatch } from 'minimatch';
import PACKAGE from '../../package.json' with { type: 'json' };
import { ARTICLE_EXTENSIONS } from '../../main/electron/workspace-menu';
import { tempDir } from '../helpers/tmp';

interface BuilderConfig {
  asar?: boolean;
  files: string[];
  icon?: string;
  extraMetadata?: { main?: string };
  fileAssociations?: { ext: string | string[] }[];
  linux?: { maintainer?: string };
  electronFuses: Record<string, boolean>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

// electron-builder's rule: a file ships when the last of the `files` patterns that matches it is not a "!".
function ships(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => `${dir}/${name}`)
    .filter((path) => statSync(join(ROOT, path)).isFile());
}

// What the app loads at run time, read from the build scripts and the entry point rather than restated.
function outfile(script: string): string {
  const m = / --outfile=(\S+)/.exec(PACKAGE.scripts[script as keyof typeof PACKAGE.scripts]);
  assert.ok(m, `${script} names its output`);
  return m[1]!;
}
const MAIN = outfile('build:main');
const PRELOAD = outfile('build:preload');
const CLI = outfile('build:cli');

test('the app loads its own entry point and preload from what ships; the CLI bundle and maps stay out', (t) => {
  assert.equal(config.extraMetadata?.main ?? PACKAGE.main, MAIN, 'the packaged main is the main bundle');
  assert.ok(ships(MAIN) && ships(PRELOAD) && ships('dist/renderer/index.html') && ships('package.json'));
  for (const seed of filesUnder('seeds')) assert.ok(ships(seed), `${seed} ships (new workspaces are seeded)`);
  for (const never of [CLI, 'dist/main.cjs.map', 'main/electron/main.ts', 'renderer/app.ts', 'test/run-unit.mjs'])
    assert.equal(ships(never), false, `${never} does not ship`);
  assert.equal(ships('node_modules/playwright-core/package.json'), false, 'dependencies are bundled, not shipped');
  const built = filesUnder('dist');
  if (built.length === 0) return t.skip('dist/ is not built (npm run build): only the patterns were checked');
  for (const file of built.filter((f) => !f.endsWith('.map') && f !== CLI))
    assert.ok(ships(file), `${file} is built for the app and ships`);
});

test('the icon is a PNG large enough for every platform', () => {
  assert.ok(config.icon, 'electron-builder.yml names an icon');
  const png = readFileSync(join(ROOT, config.icon));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  assert.ok(width >= 512 && width === height, `icon is ${width}x${height}: electron-builder needs 512x512`);
});

test('file associations cover what the app opens: articles and workspace files; the deb names a maintainer', () => {
  const associated = new Set((config.fileAssociations ?? []).flatMap((a) => [a.ext].flat()).map((e) => `.${e}`));
  for (const ext of [...ARTICLE_EXTENSIONS, '.json']) assert.ok(associated.has(ext), `${ext} is associated`);
  assert.match(config.linux?.maintainer ?? '', /^[^<>]+ <[^@\s]+@[^@\s]+\.[a-z]+>$/, 'name <email>');
});

// The baseline: nothing runs the binary as plain Node or takes Node options or an inspector from outside, the
// app loads only from its integrity-checked asar, and file:// has no extra powers.
const BASELINE: Partial<Record<keyof typeof FuseV1Options, boolean>> = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
  EnableCookieEncryption: true,
};
const FUSES = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k))) as (keyof typeof FuseV1Options)[];
const configKey = (fuse: string) => fuse[0]!.toLowerCase() + fuse.slice(1);

test('every fuse Electron has is set, none left to its default, and the baseline holds', () => {
  for (const fuse of FUSES) {
    const value = config.electronFuses[configKey(fuse)];
    assert.equal(typeof value, 'boolean', `fuse ${fuse} is set in electron-builder.yml`);
    if (BASELINE[fuse] !== undefined) assert.equal(value, BASELINE[fuse], `fuse ${fuse}`);
  }
  assert.equal(config.asar, true, 'OnlyLoadAppFromAsar needs the app in an asar');
});

function electronDist(): string | null {
  const dir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(ROOT, 'node_modules/electron/dist');
  return existsSync(join(dir, process.platform === 'win32' ? 'electron.exe' : 'electron')) ? dir : null;
}

test('a --dir build holds the app in an asar with its fuses flipped', { timeout: 600_000 }, async (t) => {
  const dist = electronDist();
  if (!dist) return t.skip('no Electron binary here (ELECTRON_OVERRIDE_DIST_PATH or node_modules/electron/dist)');
  if (filesUnder('dist').length === 0) return t.skip('dist/ is not built (npm run build)');
  const out = await tempDir(t);
  const build = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${dist}`,
      `-c.directories.output=${out}`,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 590_000 },
  );
  assert.equal(build.status, 0, `electron-builder --dir failed:\n${build.stdout}\n${build.stderr}`);
  const unpacked = readdirSync(out).find((n) => n.endsWith('-unpacked') || n === 'mac' || n === 'mac-arm64');
  assert.ok(unpacked, `no unpacked app in ${readdirSync(out)}`);
  const asar = readdirSync(join(out, unpacked), { recursive: true, encoding: 'utf8' }).find((p) =>
    p.endsWith('app.asar'),
  );
  assert.ok(asar, 'the app is packed into app.asar');
  const inside = listPackage(join(out, unpacked, asar), { isPack: false }).map((p) => p.replace(/\\/g, '/'));
  for (const want of [`/${MAIN}`, `/${PRELOAD}`, '/dist/renderer/index.html', '/package.json'])
    assert.ok(inside.includes(want), `${want} is in app.asar`);
  assert.ok(!inside.some((p) => p.endsWith('.map') || p === `/${CLI}` || p.startsWith('/node_modules/')));
  const binary = readdirSync(join(out, unpacked))
    .map((n) => join(out, unpacked, n))
    .find((p) => /claimdesk(\.exe)?$/i.test(p) || p.endsWith('.app'));
  assert.ok(binary, 'the app binary');
  const wire = await getCurrentFuseWire(binary.endsWith('.app') ? join(binary, 'Contents/MacOS/ClaimDesk') : binary);
  for (const fuse of FUSES) {
    const expected = config.electronFuses[configKey(fuse)] ? 49 : 48; // FuseState.ENABLE / DISABLE
    assert.equal(Number(wire[FuseV1Options[fuse]]), expected, `fuse ${fuse} in ${relative(out, binary)}`);
  }
});
