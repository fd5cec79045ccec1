import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GROUPS } from '../../renderer/help-overlay';

test('the keyboard help lists no key for two different things', () => {
  const seen = new Map<string, string>();
  for (const [, keys] of GROUPS) {
    for (const [combo, what] of keys) {
      // "Shift + V / D / U / P" is four bindings; "J / ↓" two spellings of one.
      const last = combo[combo.length - 1] as string;
      const mods = combo.slice(0, -1).join('+');
      for (const k of last.split(' / ')) {
        const id = `${mods}+${k}`.toLowerCase();
        assert.ok(!seen.has(id), `${id} is listed for “${seen.get(id)}” and “${what}”`);
        seen.set(id, what);
      }
    }
  }
  assert.ok(seen.has('shift+n') && seen.has('+t') && seen.has('+f'));
});
