import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installMenu } from '../../main/electron/menu';
import { recorded } from '../mocks/electron';

test('the File menu offers workspaces, import, export and quit; Open Recent lists the recent workspaces', async () => {
  const opened: string[] = [];
  await installMenu(() => null, {
    newWorkspace: () => opened.push('new'),
    openWorkspace: () => opened.push('open'),
    openRecent: (path) => opened.push(path),
    recent: async () => ['/desk/elections.json'],
    saveWorkspaceAs: () => opened.push('save-as'),
  });
  const template = recorded.menuTemplate as {
    label?: string;
    submenu?: { label?: string; role?: string; submenu?: { label: string; click(): void }[] }[];
  }[];
  const file = template.find((m) => m.label === '&File')!;
  const labels = file.submenu!.map((i) => i.label ?? i.role).filter(Boolean);
  for (const label of [
    'New Workspace…',
    'Open Workspace…',
    'Open Recent',
    'Save Workspace As…',
    'Import Article File…',
    'Export Report…',
  ]) {
    assert.ok(
      labels.some((l) => l?.startsWith(label)),
      `${label} in ${labels.join(', ')}`,
    );
  }
  assert.ok(labels.includes('Quit') || labels.includes('close'));
  const recentItem = file.submenu!.find((i) => i.label === 'Open Recent')!;
  recentItem.submenu![0]!.click();
  assert.deepEqual(opened, ['/desk/elections.json']);
});

test('no key is bound twice in the menu', async () => {
  await installMenu(() => null, {
    newWorkspace: () => undefined,
    openWorkspace: () => undefined,
    openRecent: () => undefined,
    recent: async () => ['/desk/a.json'],
    saveWorkspaceAs: () => undefined,
  });
  type Item = { label?: string; role?: string; accelerator?: string; submenu?: Item[] };
  const bindings: [string, string][] = [];
  const walk = (items: Item[]): void => {
    for (const item of items) {
      if (item.accelerator) bindings.push([item.accelerator.replace('CmdOrCtrl', 'Ctrl'), item.label ?? '']);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  walk(recorded.menuTemplate as Item[]);
  assert.ok(bindings.length >= 6, JSON.stringify(bindings));
  const byKey = new Map<string, string[]>();
  for (const [key, label] of bindings) byKey.set(key.toLowerCase(), [...(byKey.get(key.toLowerCase()) ?? []), label]);
  const twice = [...byKey].filter(([, labels]) => labels.length > 1);
  assert.deepEqual(twice, [], `keys bound twice: ${JSON.stringify(twice)}`);
});
