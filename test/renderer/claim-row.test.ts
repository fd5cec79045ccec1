import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutAtWord } from '../../renderer/claim-row';

test('a name too long for a row is cut at a word, never inside one', () => {
  assert.equal(cutAtWord('Korean Central News Agency', 24), 'Korean Central News…');
  assert.equal(cutAtWord('Reuters', 24), 'Reuters');
  assert.equal(cutAtWord('Agence France-Presse, Paris bureau', 22), 'Agence France-Presse…');
  // One very long word has no boundary to cut at: it is cut where it must be, still with the ellipsis.
  assert.equal(cutAtWord('Donaudampfschifffahrtsgesellschaft', 12), 'Donaudampfs…');
  for (const s of ['Korean Central News Agency', 'The Office of the United Nations High Commissioner']) {
    const cut = cutAtWord(s, 24);
    assert.ok(cut.length <= 24, cut);
    assert.ok(s.startsWith(cut.slice(0, -1)), cut);
  }
});
