// Names and aliases added to the registry for issue 13 (sports, entertainment, business, regional agencies, state
// TV of the Middle East, Africa and Asia), and the forms that must not turn into outlets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultOutletResolver } from '../../../main/core/outlets/resolver';

const resolver = defaultOutletResolver();

const names: [phrase: string, id: string | null][] = [
  // Sports
  ['Sky Sports', 'sky-sports'],
  ['Sky Sports News', 'sky-sports'],
  ['ESPN', 'espn'],
  ['ESPNcricinfo', 'espncricinfo'],
  ['The Athletic', 'the-athletic'],
  ['talkSPORT', 'talksport'],
  ['beIN Sports', 'bein-sports'],
  ['Spanish sports daily Marca', 'marca'],
  ["France's L'Equipe", 'l-equipe'],
  ['L’Équipe newspaper', 'l-equipe'],
  ['Kicker magazine', 'kicker'],
  ['Fox Sports', 'fox-sports'],
  ['Fox', 'fox-news'],
  ['NBC Sports', 'nbc-sports'],
  ['Yahoo Sports', 'yahoo-sports'],
  ['BBC Sport', 'bbc'],
  ['Bleacher Report', 'bleacher-report'],
  ['Cricbuzz', 'cricbuzz'],
  ['SuperSport', 'supersport'],
  // Entertainment
  ['Variety', 'variety'],
  ['The Hollywood Reporter', 'hollywood-reporter'],
  ['THR', 'hollywood-reporter'],
  ['Deadline', 'deadline'],
  ['Billboard', 'billboard'],
  ['People magazine', 'people-magazine'],
  ['TMZ', 'tmz'],
  ['Entertainment Weekly', 'entertainment-weekly'],
  ['Page Six', 'page-six'],
  ['NME', 'nme'],
  ['Screen Daily', 'screen-international'],
  ['Bollywood Hungama', 'bollywood-hungama'],
  // Business
  ['Fast Company', 'fast-company'],
  ['Seeking Alpha', 'seeking-alpha'],
  ['Moneycontrol', 'moneycontrol'],
  ['The Hindu BusinessLine', 'businessline'],
  ['NDTV Profit', 'ndtv-profit'],
  ['CNBC-TV18', 'cnbc-tv18'],
  ['Arabian Business', 'arabian-business'],
  ['Argaam', 'argaam'],
  ['Yicai', 'yicai'],
  ['WirtschaftsWoche', 'wirtschaftswoche'],
  ['Bloomberg Businessweek', 'bloomberg'],
  ['Financial Post', 'financial-post'],
  // Programmes credited to their network
  ['Meet the Press', 'nbc-news'],
  ["NBC's Meet the Press", 'nbc-news'],
  ['Face the Nation', 'cbs-news'],
  // Regional agencies
  ['the Kenya News Agency', 'kenya-news-agency'],
  ['News Agency of Nigeria', 'nan-nigeria'],
  ['NAN', 'nan-nigeria'],
  ['the Ghana News Agency', 'gna-ghana'],
  ['Ethiopian News Agency', 'ena-ethiopia'],
  ['Angola Press', 'angop'],
  ['Namibia Press Agency', 'nampa'],
  ['Sudan News Agency', 'suna-sudan'],
  ['SUNA', 'suna-sudan'],
  ['Oman News Agency', 'oman-news-agency'],
  ['Khovar', 'khovar'],
  ['Bakhtar News Agency', 'bakhtar'],
  // State TV
  ['Syrian state TV', 'syrian-arab-tv'],
  ['Iraqi state television', 'al-iraqiya'],
  ['Al Iraqiya', 'al-iraqiya'],
  ['Qatari state television', 'qatar-tv'],
  ['Omani state TV', 'oman-tv'],
  ['Moroccan state TV', 'snrt'],
  ['Jordan TV', 'jordan-tv'],
  ['Palestine TV', 'palestine-tv'],
  ['Tele Liban', 'tele-liban'],
  ['Houthi-run Al-Masirah TV', 'al-masirah'],
  ['IRIB News', 'irinn'],
  ['Zimbabwe Broadcasting Corporation', 'zbc'],
  ['ZNBC', 'znbc'],
  ['Cameroon Radio Television', 'crtv'],
  ['Ethiopian Broadcasting Corporation', 'ebc-ethiopia'],
  ['Rupavahini', 'rupavahini'],
  ['Mongolian National Broadcaster', 'mnb-mongolia'],
  ['Mediacorp', 'mediacorp'],
  ['Sudanese state media', 'sd-state-media'],
  // Common words and acronyms of other bodies stay what they are.
  ['People', null],
  ['the Variety show', null],
  ['a tight deadline', null],
  ['South Sudanese officials', null],
  ['the AKP', null],
  ['the Reserve Bank RBA', null],
];

test(`resolves ${names.length} names added for issue 13`, () => {
  const wrong = names
    .map(([phrase, id]) => [phrase, id, resolver.resolve(phrase)?.outlet.id ?? null] as const)
    .filter(([, id, got]) => got !== id)
    .map(([phrase, id, got]) => `${phrase}: expected ${id}, got ${got}`);
  assert.deepEqual(wrong, []);
});

test('an Egyptian state TV descriptor is not pinned to the English-language channel', () => {
  assert.notEqual(resolver.resolve('Egyptian state TV')?.outlet.id, 'nile-tv');
});
