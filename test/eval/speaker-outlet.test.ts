import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultOutletResolver } from '../../main/core/outlets/resolver';
import type { Claim } from '../../main/core/types';
import { isRegistryId, loadSpeakerOutletSet, scoreSpeakerOutlet, type SpeakerOutletItem } from './speaker-outlet';

const items = loadSpeakerOutletSet();
const FORMS = new Set([
  'interview-told',
  'interview-with',
  'speaking-to',
  'comments-to',
  'sources-told',
  'appearing-on',
  'writing-in',
  'op-ed',
  'passive-credit',
  'credited-quote',
  'citing',
  'told-outlet',
  'quoted-as-saying',
  'carried-by',
  'pronoun',
  'continued-quote',
  'unregistered',
  'inheritance',
  'context-only',
  'dateline',
  'negative',
]);

test('the measure set has at least 150 items in the forms of issue 13, with unique ids', () => {
  assert.ok(items.length >= 150, `${items.length} items`);
  assert.equal(new Set(items.map((i) => i.id)).size, items.length);
  for (const i of items) assert.ok(FORMS.has(i.form), `${i.id}: form ${i.form}`);
  for (const f of FORMS)
    assert.ok(
      items.some((i) => i.form === f),
      `no item of form ${f}`,
    );
});

test('every expectation points into its text and names a registry id or an outlet the registry lacks', () => {
  const resolver = defaultOutletResolver();
  const problems: string[] = [];
  for (const i of items) {
    assert.ok(i.expect.length > 0, i.id);
    for (const e of i.expect) {
      if (e.claimText !== undefined && !i.text.includes(e.claimText)) problems.push(`${i.id}: ${e.claimText}`);
      if (e.outlet === null) {
        if (e.stated) problems.push(`${i.id}: stated without an outlet`);
        continue;
      }
      if (/^[a-z0-9-]+$/.test(e.outlet)) {
        if (!isRegistryId(e.outlet)) problems.push(`${i.id}: ${e.outlet} is not a registry id`);
      } else if (resolver.resolve(e.outlet) !== null) {
        problems.push(`${i.id}: ${e.outlet} is in the registry: use its id`);
      }
      for (const v of e.via ?? []) if (!isRegistryId(v)) problems.push(`${i.id}: via ${v}`);
    }
  }
  assert.deepEqual(problems, []);
});

/** A claim with just what the scorer reads. */
function claim(text: string, speaker: string | null, outlet: Claim['outlet']): Claim {
  return {
    id: text,
    start: 0,
    end: text.length,
    text,
    kind: 'attributed',
    speaker: speaker === null ? null : { name: speaker, start: 0, end: 0 },
    outlet,
    attributions: [],
    checkworthiness: 0,
  };
}

const sample: SpeakerOutletItem[] = [
  {
    id: 't1',
    form: 'interview-told',
    text: '"No," Ana Silva told NPR.',
    expect: [{ speaker: 'Ana Silva', outlet: 'npr', stated: true }],
  },
  {
    id: 't2',
    form: 'negative',
    text: 'The minister said no.',
    expect: [{ speaker: 'The minister', outlet: null, stated: false }],
  },
  {
    id: 't3',
    form: 'unregistered',
    text: 'The Harbour Gazette newspaper reported a loss.',
    expect: [{ speaker: null, outlet: 'Harbour Gazette', stated: true }],
  },
];

test('a perfect answer scores 1 on every figure; an outlet everywhere is counted where none is named', () => {
  const oracle = (text: string) => {
    const item = sample.find((i) => i.text === text) as SpeakerOutletItem;
    return {
      claims: item.expect.map((e) => {
        const o = e.outlet
          ? { id: e.outlet.toLowerCase().replace(/ /g, '-'), name: e.outlet, domain: '', stated: e.stated, via: [] }
          : null;
        return claim(text, e.speaker, o);
      }),
    };
  };
  const good = scoreSpeakerOutlet(oracle, sample);
  assert.deepEqual(good.total.speaker, { right: 3, total: 3 });
  assert.deepEqual(good.total.outlet, { right: 3, total: 3 });
  assert.deepEqual(good.total.statedWhereNone, { right: 1, total: 1 });

  const npr = { id: 'npr', name: 'NPR', domain: 'npr.org', stated: true, via: [] };
  const always = scoreSpeakerOutlet((text) => ({ claims: [claim(text, 'NPR', npr)] }), sample);
  assert.deepEqual(always.total.statedWhereNone, { right: 0, total: 1 });
  assert.deepEqual(always.total.outlet, { right: 1, total: 3 });
  // The outlet's own name as speaker is accepted only where the expected speaker is none.
  assert.deepEqual(always.total.speaker, { right: 0, total: 3 });
  assert.ok(always.misses.some((m) => m.id === 't2' && m.what.startsWith('outlet npr')));
});

test('an inherited outlet is not a stated one, and a via chain must agree', () => {
  const one: SpeakerOutletItem[] = [
    {
      id: 'v1',
      form: 'carried-by',
      text: 'Fars reported, via MSN, that the tanker was released.',
      expect: [{ speaker: null, outlet: 'fars', via: ['msn'], stated: true }],
    },
  ];
  const fars = (stated: boolean, via: { id: string; name: string; domain: string }[]) => (text: string) => ({
    claims: [claim(text, null, { id: 'fars', name: 'Fars', domain: '', stated, via })],
  });
  const msn = { id: 'msn', name: 'MSN', domain: 'msn.com' };
  assert.equal(scoreSpeakerOutlet(fars(true, [msn]), one).total.outlet.right, 1);
  assert.equal(scoreSpeakerOutlet(fars(false, [msn]), one).total.outlet.right, 0);
  assert.equal(scoreSpeakerOutlet(fars(true, []), one).total.outlet.right, 0);
});
