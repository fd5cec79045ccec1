import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findOutletFrames,
  outletFrame,
  unregisteredClaimOutlet,
  unregisteredId,
} from '../../../main/core/outlets/frames';
import type { ClaimOutlet } from '../../../main/core/types';
import { defaultOutletResolver } from '../../../main/core/outlets/resolver';

const resolver = defaultOutletResolver();

/** The unregistered outlet found in a sentence, as [name, kind, country, frame], or null. */
function frameIn(sentence: string): [string, string | null, string | null, string] | null {
  const f = findOutletFrames(sentence, 0, sentence.length, { resolver })[0];
  return f ? [f.name, f.kind, f.country, f.frame] : null;
}

const outlets: [sentence: string, expected: [string, string | null, string | null, string]][] = [
  [
    'The Harbour Gazette newspaper reported that the port had lost money.',
    ['Harbour Gazette', 'newspaper', null, 'noun-after'],
  ],
  [
    'According to the Sahel Voice news agency, the convoy arrived on Sunday.',
    ['Sahel Voice', 'news-agency', null, 'noun-after'],
  ],
  ['Broadcaster Kanal Nordvik said the mast had fallen.', ['Kanal Nordvik', 'broadcaster', null, 'noun-before']],
  [
    'In an interview with broadcaster Telenord, the prime minister said the vote would go ahead.',
    ['Telenord', 'broadcaster', null, 'noun-before'],
  ],
  [
    'The state-run Tishreen newspaper said the harvest was the largest in years.',
    ['Tishreen', 'state-media', null, 'noun-after'],
  ],
  [
    'The Syrian state-run Al-Thawra newspaper said the attack had failed.',
    ['Al-Thawra', 'state-media', 'SY', 'noun-after'],
  ],
  ['The semi-official Ilna news agency said the workers had been paid.', ['Ilna', 'news-agency', null, 'noun-after']],
  ['The semi-official Ilna said the workers had been paid.', ['Ilna', 'news-agency', null, 'qualifier']],
  ['The Kremlin-run Ostrog news agency said the talks were off.', ['Ostrog', 'state-media', 'RU', 'noun-after']],
  ['"We have nothing left," a shopkeeper told Radio Marenka.', ['Radio Marenka', 'broadcaster', null, 'addressee']],
  [
    'A spokesman told the Bayside Herald that the factory would close.',
    ['Bayside Herald', 'newspaper', null, 'addressee'],
  ],
  ['The local Meridia news agency reported six arrests.', ['Meridia', 'news-agency', null, 'noun-after']],
  ["Iran's Hamshahri newspaper said the metro would open.", ['Hamshahri', 'newspaper', 'IR', 'noun-after']],
  [
    'The figures were published by the Valdoria Tribune on Monday.',
    ['Valdoria Tribune', 'newspaper', null, 'addressee'],
  ],
  ['The Lebanese daily Al-Nidaa said the port was closed.', ['Al-Nidaa', 'newspaper', 'LB', 'noun-before']],
  ['The coach told the weekly Sport Kronika that he would stay.', ['Sport Kronika', 'newspaper', null, 'noun-before']],
];

test(`finds ${outlets.length} unregistered outlets by their frame`, () => {
  const wrong = outlets
    .map(([s, want]) => [s, want, frameIn(s)] as const)
    .filter(([, want, got]) => JSON.stringify(got) !== JSON.stringify(want))
    .map(([s, want, got]) => `${s}\n  expected ${JSON.stringify(want)}\n  got      ${JSON.stringify(got)}`);
  assert.deepEqual(wrong, []);
});

const none: string[] = [
  // Registered outlets are the resolver's.
  'The Spanish news agency EFE said the fire was out.',
  'The state-run Xinhua news agency said the bridge had opened.',
  'Broadcaster ZDF said the debate would go ahead.',
  // People, bodies and words that are no outlet.
  'The minister told Hamshahri that the line would open.',
  'The minister told Reza Karimi that the line would open.',
  'The state-run Gazprom said gas exports had fallen.',
  'The Environmental Protection Agency said the water was safe.',
  'The Iranian newspaper said the metro would open.',
  'He told the newspaper Monday that he would resign.',
  'Officials told reporters that the border was closed.',
  'The Kremlin-backed governor said the vote was fair.',
  'The company said it would sell its television business.',
  'Samuel Ortiz, a former radio host, said he would run for mayor.',
  'He told a Christian radio program that he supported the ban.',
  'Chief of Staff Expected to Leave Post, Officials Say',
  'She was expected to Meet Press Secretary Ann Hale on Friday.',
  'He wrote to the network’s Dana Lowe, and she answered.',
  'The agency’s Blue Sky plan was dropped.',
  '"Without this network, Mrs. Ortega would lose," he said.',
  'If newspaper endorsements mattered, she would have won.',
  'It was part of the network President Ivan Drago built.',
];

test('names no outlet where there is no outlet frame or the outlet is registered', () => {
  const wrong = none.map((s) => [s, frameIn(s)] as const).filter(([, got]) => got !== null);
  assert.deepEqual(wrong, []);
});

test('a bare name after "told" is an outlet when the text frames it as one elsewhere', () => {
  const text = 'The Hamshahri newspaper ran the story first. The minister told Hamshahri that the line would open.';
  const at = text.lastIndexOf('Hamshahri');
  const f = outletFrame(text, at, at + 'Hamshahri'.length, { resolver });
  assert.equal(f?.name, 'Hamshahri');
  assert.equal(f?.frame, 'addressee');
});

test('outletFrame reads the words around a phrase span: the span alone need not hold the frame', () => {
  const text = 'The Harbour Gazette newspaper reported that the port had lost money.';
  const at = text.indexOf('Harbour Gazette');
  const f = outletFrame(text, at, at + 'Harbour Gazette'.length, { resolver });
  assert.deepEqual(
    f && { id: f.id, name: f.name, domain: f.domain, registered: f.registered, start: f.start, end: f.end },
    {
      id: 'unregistered-harbour-gazette',
      name: 'Harbour Gazette',
      domain: '',
      registered: false,
      start: at,
      end: at + 15,
    },
  );
  // A span elsewhere in the sentence names no outlet.
  const port = text.indexOf('the port');
  assert.equal(outletFrame(text, port, port + 8, { resolver }), null);
});

test('the id is stable and derived from the name alone', () => {
  assert.equal(unregisteredId('Radio Marenka'), 'unregistered-radio-marenka');
  assert.equal(unregisteredId('Al-Thawra'), unregisteredId('Al Thawra'));
  assert.equal(unregisteredId('L’Écho du Nord'), 'unregistered-l-echo-du-nord');
});

test('a registered name inside a framed run leaves the run to the resolver', () => {
  for (const s of [
    'Governor Ellen Marsh, appearing on Fox News Sunday, said the guard would stay.',
    'The figures were released by the Syrian Arab News Agency.',
  ])
    assert.equal(frameIn(s), null, s);
});

test('an unregistered outlet becomes a claim outlet marked registered: false', () => {
  const text = 'The Valdoria Tribune newspaper quoted the governor as saying the road would be rebuilt.';
  const f = findOutletFrames(text, 0, text.length, { resolver })[0];
  assert.ok(f);
  const o: ClaimOutlet = unregisteredClaimOutlet(f, true);
  assert.deepEqual(o, {
    id: 'unregistered-valdoria-tribune',
    name: 'Valdoria Tribune',
    domain: '',
    stated: true,
    via: [],
    registered: false,
  });
});

test('a span without a capital letter overlaps no outlet name, even beside one', () => {
  const text = 'He told Radio Marenka that he would stay.';
  const he = text.indexOf('he would');
  assert.equal(outletFrame(text, he, he + 2, { resolver }), null);
  const radio = text.indexOf('Radio');
  assert.equal(outletFrame(text, radio, radio + 13, { resolver })?.name, 'Radio Marenka');
});
