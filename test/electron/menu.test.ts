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
