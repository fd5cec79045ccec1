import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutletResolver, defaultOutletResolver } from '../../../main/core/outlets/resolver';
import type { OutletEntry } from '../../../main/core/outlets/types';

const resolver = defaultOutletResolver();

interface Case {
  /** The source phrase. */
  p: string;
  /** Expected outlet id, or null when the phrase names no outlet. */
  id: string | null;
  via?: string[];
  /** Ids that must be among the alternatives, in this relative order. */
  alts?: string[];
  /** Expect no alternatives. */
  certain?: boolean;
  descriptor?: string;
  /** The matched text. */
  span?: string;
  article?: string;
  decidedBy?: 'context' | 'order';
}

const LONDON = 'LONDON - Britain’s prime minister told parliament in London on Monday that the UK would act.';
const NEW_YORK =
  'WASHINGTON - The New York Times reported that the White House and American officials in Washington disagreed.';
const DELHI =
  'NEW DELHI - India’s government said on Monday that Indian troops had moved; officials in New Delhi confirmed.';
const NK =
  'SEOUL - North Korea fired a ballistic missile on Monday, South Korea’s military said. Pyongyang called it a test.';
const IRAN =
  'DUBAI - Iran said on Sunday it had seized a tanker. Tehran accused Washington of piracy; Iranian officials said.';

const cases: Case[] = [
  // Agencies by name, short form and possessive.
  { p: 'Reuters', id: 'reuters', certain: true, span: 'Reuters' },
  { p: "Reuters'", id: 'reuters', span: 'Reuters' },
  { p: 'Reuters’', id: 'reuters' },
  { p: "Reuters's", id: 'reuters' },
  { p: 'REUTERS', id: 'reuters' },
  { p: 'Thomson Reuters', id: 'reuters', span: 'Thomson Reuters' },
  { p: 'Reuters news agency', id: 'reuters' },
  { p: 'told Reuters', id: 'reuters' },
  { p: 'sources told Reuters on Monday', id: 'reuters' },
  { p: 'the Associated Press', id: 'ap', span: 'the Associated Press' },
  { p: 'The Associated Press', id: 'ap' },
  { p: 'Associated Press', id: 'ap' },
  { p: 'AP', id: 'ap', span: 'AP' },
  { p: "AP's", id: 'ap' },
  { p: 'an AP reporter', id: 'ap' },
  { p: 'AFP', id: 'afp' },
  { p: 'Agence France-Presse', id: 'afp' },
  { p: 'Agence France Presse', id: 'afp' },
  { p: "AFP's correspondent", id: 'afp' },
  { p: 'Bloomberg', id: 'bloomberg' },
  { p: 'Bloomberg News', id: 'bloomberg' },
  { p: 'dpa', id: 'dpa' },
  { p: 'German news agency dpa', id: 'dpa' },
  { p: 'Deutsche Presse-Agentur', id: 'dpa' },
  { p: 'Spanish news agency EFE', id: 'efe' },
  { p: 'Italy’s ANSA news agency', id: 'ansa' },
  { p: 'Kyodo News', id: 'kyodo' },
  { p: "Japan's Kyodo news agency", id: 'kyodo' },
  { p: 'Jiji Press', id: 'jiji' },
  { p: 'Yonhap', id: 'yonhap' },
  { p: "South Korea's Yonhap news agency", id: 'yonhap' },
  { p: 'Xinhua', id: 'xinhua' },
  { p: 'state-run Xinhua', id: 'xinhua', span: 'Xinhua' },
  { p: "China's official Xinhua news agency", id: 'xinhua', descriptor: 'cn-state-media' },
  { p: 'TASS', id: 'tass' },
  { p: 'Tass news agency', id: 'tass' },
  { p: "Russia's state-owned TASS", id: 'tass' },
  { p: 'RIA Novosti', id: 'ria-novosti' },
  { p: 'RIA', id: 'ria-novosti' },
  { p: 'Interfax', id: 'interfax' },
  { p: 'Interfax-Ukraine', id: 'interfax-ukraine' },
  { p: 'Anadolu Agency', id: 'anadolu' },
  { p: "Turkey's state-run Anadolu Agency", id: 'anadolu' },
  { p: 'Press Trust of India', id: 'pti' },
  { p: 'PTI', id: 'pti' },
  { p: 'ANI', id: 'ani' },
  { p: 'IRNA', id: 'irna' },
  { p: "Iran's semi-official Tasnim news agency", id: 'tasnim' },
  { p: 'Fars news agency', id: 'fars' },
  { p: 'Saudi Press Agency', id: 'spa' },
  { p: 'the state-run Saudi Press Agency', id: 'spa' },
  { p: 'WAM', id: 'wam' },
  { p: 'Emirates News Agency', id: 'wam' },
  { p: 'MENA', id: 'mena' },
  { p: 'Egypt’s state news agency MENA', id: 'mena' },
  { p: 'KCNA', id: 'kcna' },
  { p: "KCNA's", id: 'kcna' },
  { p: 'Korean Central News Agency', id: 'kcna' },
  { p: "North Korea's KCNA news agency", id: 'kcna' },
  { p: "North Korea's official KCNA news agency", id: 'kcna', descriptor: 'kp-state-media' },
  { p: 'the Korean Central News Agency', id: 'kcna' },
  { p: 'Bernama', id: 'bernama' },
  { p: 'Antara news agency', id: 'antara' },
  { p: 'PAP', id: 'pap' },
  { p: 'Czech news agency CTK', id: 'ctk' },
  { p: 'ČTK', id: 'ctk' },
  { p: 'Belga', id: 'belga' },
  { p: 'ANP', id: 'anp' },
  { p: 'Lusa', id: 'lusa' },
  { p: 'Ukrinform', id: 'ukrinform' },
  { p: 'BTA', id: 'bta' },
  { p: 'Agerpres', id: 'agerpres' },
  { p: 'UPI', id: 'upi' },
  { p: 'The Canadian Press', id: 'canadian-press' },
  { p: 'PA Media', id: 'pa-media' },
  { p: 'the Press Association', id: 'pa-media' },
  { p: 'Syrian state news agency SANA', id: 'sana' },
  // State media by name.
  { p: 'Rodong Sinmun', id: 'rodong-sinmun' },
  { p: "the ruling party's Rodong Sinmun newspaper", id: 'rodong-sinmun' },
  { p: 'RT', id: 'rt' },
  { p: 'Russia Today', id: 'rt' },
  { p: 'the Kremlin-backed RT', id: 'rt', descriptor: 'ru-state-media' },
  { p: 'Sputnik', id: 'sputnik' },
  { p: 'CGTN', id: 'cgtn' },
  { p: 'Chinese state broadcaster CCTV', id: 'cctv', descriptor: 'cn-state-media' },
  { p: 'the Global Times', id: 'global-times' },
  { p: 'Global Times', id: 'global-times' },
  { p: "the People's Daily", id: 'peoples-daily' },
  { p: 'People’s Daily', id: 'peoples-daily' },
  { p: 'Press TV', id: 'press-tv' },
  { p: 'IRIB', id: 'irib' },
  { p: 'Granma', id: 'granma' },
  { p: 'teleSUR', id: 'telesur' },
  { p: 'TRT World', id: 'trt-world' },
  // Newspapers, broadcasters, magazines, online.
  { p: 'The New York Times', id: 'new-york-times', certain: true },
  { p: 'New York Times', id: 'new-york-times' },
  { p: 'the New York Times’', id: 'new-york-times' },
  { p: 'NYT', id: 'new-york-times' },
  { p: 'The Washington Post', id: 'washington-post', certain: true },
  { p: 'The Wall Street Journal', id: 'wall-street-journal' },
  { p: 'WSJ', id: 'wall-street-journal' },
  { p: 'the BBC', id: 'bbc', span: 'the BBC' },
  { p: "BBC's", id: 'bbc' },
  { p: 'BBC News', id: 'bbc' },
  { p: 'CNN', id: 'cnn' },
  { p: 'Fox News', id: 'fox-news' },
  { p: 'NPR', id: 'npr' },
  { p: 'Politico', id: 'politico' },
  { p: 'Axios', id: 'axios' },
  { p: 'The Guardian', id: 'the-guardian' },
  { p: 'the Daily Mail', id: 'daily-mail' },
  { p: 'MailOnline', id: 'daily-mail' },
  { p: 'the Financial Times', id: 'financial-times' },
  { p: 'FT', id: 'financial-times' },
  { p: 'The Economist', id: 'the-economist' },
  { p: 'Der Spiegel', id: 'der-spiegel' },
  { p: 'Spiegel', id: 'der-spiegel' },
  { p: 'Süddeutsche Zeitung', id: 'sueddeutsche-zeitung' },
  { p: 'Sueddeutsche Zeitung', id: 'sueddeutsche-zeitung' },
  { p: 'Le Monde', id: 'le-monde' },
  { p: 'Le Figaro', id: 'le-figaro' },
  { p: 'El País', id: 'el-pais', alts: ['el-pais-uruguay'] },
  { p: 'Clarín', id: 'clarin' },
  { p: 'Clarin', id: 'clarin' },
  { p: 'Al Jazeera', id: 'al-jazeera' },
  { p: 'Al-Jazeera', id: 'al-jazeera' },
  { p: "Qatar's Al Jazeera", id: 'al-jazeera' },
  { p: 'Al Arabiya', id: 'al-arabiya' },
  { p: 'Haaretz', id: 'haaretz' },
  { p: 'The Times of Israel', id: 'times-of-israel', certain: true },
  { p: 'The Times of India', id: 'times-of-india', certain: true },
  { p: 'the Hindustan Times', id: 'hindustan-times' },
  { p: 'NHK', id: 'nhk' },
  { p: "Japan's public broadcaster NHK", id: 'nhk' },
  { p: 'the Asahi Shimbun', id: 'asahi-shimbun' },
  { p: 'South China Morning Post', id: 'scmp' },
  { p: 'SCMP', id: 'scmp' },
  { p: 'The Straits Times', id: 'straits-times' },
  { p: 'Dawn newspaper', id: 'dawn' },
  { p: 'The Kyiv Independent', id: 'kyiv-independent', certain: true },
  { p: 'Meduza', id: 'meduza' },
  { p: 'Kommersant', id: 'kommersant' },
  { p: 'L’Express', id: 'l-express', certain: true },
  { p: 'The Indian Express', id: 'indian-express', certain: true },
  { p: 'Daily Express', id: 'daily-express', certain: true },
  { p: 'the Daily Express', id: 'daily-express', certain: true },
  { p: 'the Sun on Sunday', id: 'the-sun' },
  { p: 'Herald Sun', id: 'herald-sun', certain: true },
  { p: 'the Sydney Morning Herald', id: 'sydney-morning-herald', certain: true },
  { p: 'Star Tribune', id: 'star-tribune', certain: true },
  { p: 'The Globe and Mail', id: 'globe-and-mail', certain: true },
  { p: 'The Boston Globe', id: 'boston-globe', certain: true },
  // Aggregators and chains.
  { p: 'Reuters via MSN', id: 'reuters', via: ['msn'] },
  { p: 'AP via Yahoo News', id: 'ap', via: ['yahoo-news'] },
  { p: 'an AFP report via MSN and Yahoo', id: 'afp', via: ['msn'] },
  { p: 'Reuters via MSN via Google News', id: 'reuters', via: ['msn', 'google-news'] },
  { p: 'Yonhap, citing KCNA', id: 'kcna', via: ['yonhap'] },
  { p: 'Yonhap citing North Korean state media', id: 'kp-state-media', via: ['yonhap'] },
  { p: 'MSN, citing Reuters', id: 'reuters', via: ['msn'] },
  { p: 'The Guardian, quoting the BBC', id: 'bbc', via: ['the-guardian'] },
  { p: 'KCNA, as cited by Yonhap', id: 'kcna', via: ['yonhap'] },
  { p: 'Reuters, citing two sources familiar with the matter', id: 'reuters', via: [] },
  { p: 'an article via MSN', id: 'msn', via: [] },
  { p: 'Apple News', id: 'apple-news' },
  { p: 'Google News', id: 'google-news' },
  { p: 'NewsBreak', id: 'newsbreak' },
  { p: 'SmartNews', id: 'smartnews' },
  { p: 'Flipboard', id: 'flipboard' },
  // Descriptors.
  { p: "Pyongyang's official media", id: 'kp-state-media' },
  { p: 'North Korean state media', id: 'kp-state-media', span: 'North Korean state media' },
  { p: "North Korea's state media", id: 'kp-state-media' },
  { p: 'state media in North Korea', id: 'kp-state-media' },
  { p: "North Korea's official news agency", id: 'kcna', descriptor: 'kp-state-media', certain: true },
  { p: "North Korea's main state newspaper", id: 'rodong-sinmun', descriptor: 'kp-state-media' },
  { p: 'Russian official media', id: 'ru-state-media' },
  { p: 'Russian state media', id: 'ru-state-media' },
  { p: 'a Kremlin-backed outlet', id: 'ru-state-media', span: 'a Kremlin-backed outlet' },
  { p: 'Kremlin-controlled media', id: 'ru-state-media' },
  { p: 'pro-Kremlin media', id: 'ru-state-media' },
  {
    p: 'Russian state television',
    id: 'channel-one-russia',
    alts: ['vgtrk'],
    descriptor: 'ru-state-media',
    decidedBy: 'order',
  },
  { p: 'Russian state news agency', id: 'tass', alts: ['ria-novosti'], descriptor: 'ru-state-media' },
  { p: 'Chinese state broadcaster', id: 'cctv', descriptor: 'cn-state-media' },
  { p: 'Chinese state media', id: 'cn-state-media' },
  { p: "Beijing's mouthpiece", id: 'cn-state-media' },
  { p: "China's Communist Party mouthpiece", id: 'cn-state-media' },
  { p: "the Communist Party's official newspaper", id: null },
  { p: 'Iranian state TV', id: 'irib', descriptor: 'ir-state-media' },
  { p: 'Iranian state media', id: 'ir-state-media' },
  { p: "Iran's semi-official news agency", id: 'tasnim', alts: ['fars', 'isna', 'mehr'], descriptor: 'ir-state-media' },
  { p: 'Syrian state media', id: 'sy-state-media' },
  { p: "Syria's official news agency", id: 'sana', descriptor: 'sy-state-media' },
  { p: 'Belarusian state media', id: 'by-state-media' },
  { p: 'Cuban state media', id: 'cu-state-media' },
  { p: 'Venezuelan state TV', id: 'vtv-venezuela' },
  { p: 'Saudi state media', id: 'sa-state-media' },
  { p: "Turkey's state broadcaster", id: 'trt' },
  { p: 'Vietnamese state media', id: 'vn-state-media' },
  { p: "Egypt's state news agency", id: 'mena' },
  { p: 'Egyptian state media', id: 'eg-state-media' },
  { p: 'the official news agency', id: 'kcna', article: NK, descriptor: 'kp-state-media' },
  { p: 'state media', id: 'ir-state-media', article: IRAN },
  { p: 'state TV', id: 'irib', article: IRAN },
  { p: 'the official news agency', id: null },
  { p: 'state media', id: null },
  // Ambiguous names: context decides, otherwise candidates in a fixed order.
  { p: 'The Times', id: 'new-york-times', alts: ['the-times'], decidedBy: 'order' },
  { p: 'the Times', id: 'the-times', alts: ['new-york-times'], article: LONDON, decidedBy: 'context' },
  { p: 'the Times', id: 'new-york-times', alts: ['the-times'], article: NEW_YORK, decidedBy: 'context' },
  { p: "Britain's Times newspaper", id: 'the-times', alts: ['new-york-times'], decidedBy: 'context' },
  { p: 'the Times of London', id: 'the-times', certain: true },
  { p: "the Times'", id: 'new-york-times', alts: ['the-times'] },
  { p: 'Express', id: 'daily-express', alts: ['indian-express'], decidedBy: 'order' },
  { p: 'the Express', id: 'indian-express', alts: ['daily-express'], article: DELHI, decidedBy: 'context' },
  { p: 'the Express', id: 'daily-express', alts: ['indian-express'], article: LONDON, decidedBy: 'context' },
  { p: "the Express's", id: 'daily-express', alts: ['indian-express'], span: 'the Express' },
  { p: "Britain's Express newspaper", id: 'daily-express', decidedBy: 'context' },
  { p: 'the Post', id: 'washington-post', alts: ['new-york-post', 'scmp', 'jerusalem-post'] },
  { p: 'the Post', id: 'scmp', article: 'HONG KONG - Hong Kong officials said on Monday.', decidedBy: 'context' },
  { p: 'Post', id: 'washington-post', alts: ['new-york-post'] },
  { p: 'the Mirror', id: 'daily-mirror', alts: ['daily-mirror-sri-lanka'] },
  {
    p: 'the Mirror',
    id: 'daily-mirror-sri-lanka',
    article: 'COLOMBO - Sri Lanka’s president said in Colombo.',
    decidedBy: 'context',
  },
  { p: 'the Sun', id: 'the-sun', alts: ['the-sun-nigeria'] },
  {
    p: 'the Sun',
    id: 'the-sun-nigeria',
    article: 'LAGOS - Nigeria’s police said in Lagos; Nigerian officials agreed.',
  },
  { p: "Britain's Sun newspaper", id: 'the-sun', alts: ['the-sun-nigeria'], decidedBy: 'context' },
  { p: 'the Star', id: 'toronto-star', alts: ['daily-star', 'the-star-kenya'] },
  { p: 'the Star', id: 'the-star-kenya', article: 'NAIROBI - Kenya’s president said in Nairobi.' },
  { p: 'the Herald', id: 'miami-herald', alts: ['the-herald-scotland', 'nz-herald'] },
  { p: 'the Herald', id: 'nz-herald', article: 'WELLINGTON - New Zealand’s prime minister said in Wellington.' },
  { p: 'the Tribune', id: 'chicago-tribune', alts: ['the-tribune-india', 'express-tribune'] },
  { p: 'the Globe', id: 'boston-globe', alts: ['globe-and-mail'] },
  { p: 'the Globe', id: 'globe-and-mail', article: 'OTTAWA - Canada’s prime minister said in Ottawa.' },
  {
    p: 'the Times',
    id: 'new-york-times',
    article: 'The New York Times first reported the talks. The Times said later...',
    decidedBy: 'context',
  },
  { p: 'the Guardian', id: 'the-guardian', alts: ['guardian-nigeria'] },
  { p: 'the Independent', id: 'the-independent', alts: ['irish-independent'] },
  { p: 'the Telegraph', id: 'daily-telegraph', alts: ['telegraph-india', 'daily-telegraph-sydney'] },
  { p: 'ABC', id: 'abc-news', alts: ['abc-spain', 'abc-australia'] },
  { p: 'ABC', id: 'abc-australia', article: 'CANBERRA - Australia’s prime minister said in Canberra.' },
  { p: 'CNA', id: 'cna-taiwan', alts: ['cna-singapore'] },
  { p: 'VTV', id: 'vtv-vietnam', alts: ['vtv-venezuela'] },
  { p: 'VTV', id: 'vtv-venezuela', article: 'CARACAS - Venezuela’s government said in Caracas.' },
  { p: 'APA', id: 'apa', alts: ['apa-azerbaijan'] },
  // Not outlets.
  { p: "North Korea's foreign ministry", id: null },
  { p: 'Ukraine', id: null },
  { p: 'the White House', id: null },
  { p: 'authorities', id: null },
  { p: 'the Kremlin', id: null },
  { p: 'Kremlin spokesman Dmitry Peskov', id: null },
  { p: 'Sun Yat-sen', id: null },
  { p: 'Sun Yat-sen University', id: null },
  { p: 'the sun', id: null },
  { p: 'Ap', id: null },
  { p: 'ap', id: null },
  { p: 'AP Biology', id: null },
  { p: 'Michael Bloomberg', id: null },
  { p: 'Steve Forbes', id: null },
  { p: 'Capitol Hill', id: null },
  { p: 'the Australian government', id: null },
  { p: 'Hindu nationalists', id: null },
  { p: 'the Sputnik V vaccine', id: null },
  { p: 'DR Congo', id: null },
  { p: 'the MENA region', id: null },
  { p: 'RBC Capital Markets', id: null },
  { p: 'Vice President Kamala Harris', id: null },
  { p: 'Russian media', id: null },
  { p: 'Chinese officials', id: null },
  { p: 'a senior U.S. official', id: null },
  { p: 'people familiar with the matter', id: null },
  { p: 'the Post Office', id: null },
  { p: 'Star Wars', id: null },
  { p: 'the Age of Enlightenment', id: null },
  { p: 'the Independent Electoral Commission', id: null },
  { p: 'an independent monitor', id: null },
  { p: 'Sun', id: null },
  { p: '', id: null },
  { p: '   ', id: null },
];

test(`resolves ${cases.length} phrasings`, () => {
  assert.ok(cases.length >= 150);
  const failures: string[] = [];
  for (const c of cases) {
    const r = resolver.resolve(c.p, c.article ? { articleText: c.article } : undefined);
    const got = r?.outlet.id ?? null;
    const problems: string[] = [];
    if (got !== c.id) problems.push(`outlet ${got}`);
    if (r && c.via && JSON.stringify(r.via.map((v) => v.id)) !== JSON.stringify(c.via))
      problems.push(`via ${r.via.map((v) => v.id)}`);
    if (r && c.alts) {
      const ids = r.alternatives.map((a) => a.id);
      const at = c.alts.map((a) => ids.indexOf(a));
      if (at.some((i) => i < 0) || at.some((i, k) => k > 0 && i < (at[k - 1] ?? 0)))
        problems.push(`alternatives ${ids}`);
    }
    if (r && c.certain && r.alternatives.length > 0) problems.push(`alternatives ${r.alternatives.map((a) => a.id)}`);
    if (r && c.descriptor && r.descriptor?.id !== c.descriptor) problems.push(`descriptor ${r.descriptor?.id}`);
    if (r && c.span !== undefined && c.p.slice(r.start, r.end) !== c.span)
      problems.push(`span ${JSON.stringify(c.p.slice(r.start, r.end))}`);
    if (r && c.decidedBy && r.decidedBy !== c.decidedBy) problems.push(`decidedBy ${r.decidedBy}`);
    if (problems.length)
      failures.push(
        `${JSON.stringify(c.p)}${c.article ? ' (with article)' : ''}: expected ${c.id}, ${problems.join('; ')}`,
      );
  }
  assert.deepEqual(failures, []);
});

test('ambiguous results are deterministic', () => {
  const a = resolver.resolve('the Post');
  for (let i = 0; i < 5; i++) assert.deepEqual(resolver.resolve('the Post'), a);
  assert.ok(a && a.alternatives.length >= 4);
});

test('a generic result carries its candidates', () => {
  const r = resolver.resolve("Pyongyang's official media");
  assert.equal(r?.outlet.kind, 'generic');
  assert.deepEqual(r?.outlet.candidates?.slice(0, 2), ['kcna', 'rodong-sinmun']);
});

test('user outlets win over shipped ones and come first among same-named outlets', () => {
  const shipped = resolver.all();
  const corrected: OutletEntry = {
    ...(resolver.get('daily-express') as OutletEntry),
    name: 'Daily Express (corrected)',
  };
  const local: OutletEntry = {
    id: 'express-local',
    name: 'The Local Express',
    aliases: ['Express'],
    domains: ['local-express.example'],
    country: 'GB',
    language: 'en',
    kind: 'newspaper',
  };
  const r = createOutletResolver(shipped, [corrected, local]);
  assert.equal(r.get('daily-express')?.name, 'Daily Express (corrected)');
  assert.equal(r.get('daily-express')?.user, true);
  assert.equal(r.all().length, shipped.length + 1);
  const hit = r.resolve('Express');
  assert.equal(hit?.outlet.id, 'daily-express');
  assert.ok(hit?.alternatives.some((a) => a.id === 'express-local'));
  assert.equal(r.resolve('The Local Express')?.outlet.id, 'express-local');
  // The shipped resolver is untouched.
  assert.equal(resolver.get('daily-express')?.name, 'Daily Express');
});

test('a resolver over the starter data alone still works', () => {
  const few = createOutletResolver(
    resolver.all().filter((e) => ['reuters', 'msn', 'kcna', 'rodong-sinmun', 'kp-state-media'].includes(e.id)),
  );
  assert.equal(few.resolve('Reuters via MSN')?.via[0]?.id, 'msn');
  assert.equal(few.resolve("Pyongyang's official media")?.outlet.id, 'kp-state-media');
  assert.equal(few.resolve('Russian state media'), null);
});

test('offsets point into the phrase', () => {
  const p = 'according to a report by the Associated Press';
  const r = resolver.resolve(p);
  assert.equal(r && p.slice(r.start, r.end), 'the Associated Press');
});
