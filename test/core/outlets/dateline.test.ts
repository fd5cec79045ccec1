import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDatelineCredit } from '../../../main/core/outlets/resolver';
import { findDatelineCredit as fromModule } from '../../../main/core/outlets/dateline';

const cases: [string, string | null, string?][] = [
  ['MOSCOW (Reuters) - Russia said on Monday', 'reuters', 'Reuters'],
  ['SEOUL, Aug 15 (Yonhap) -- North Korea said', 'yonhap', 'Yonhap'],
  ['SEOUL, Aug. 15 (Yonhap) -- North Korea said', 'yonhap', 'Yonhap'],
  ['WASHINGTON (AP) — The Senate voted', 'ap', 'AP'],
  ['KYIV, Ukraine (AP) — Russian drones struck', 'ap', 'AP'],
  ['PARIS (AFP) - France said', 'afp', 'AFP'],
  ['BEIJING, March 3 (Xinhua) -- China will', 'xinhua', 'Xinhua'],
  ['NEW YORK (Reuters) - Wall Street stocks', 'reuters', 'Reuters'],
  ['LONDON, Jan 5 (Reuters) - Britain', 'reuters', 'Reuters'],
  ['TOKYO (Kyodo) -- Japan', 'kyodo', 'Kyodo'],
  ['BERLIN (dpa) - Germany', 'dpa', 'dpa'],
  ['TORONTO (CP) - Canada', 'canadian-press', 'CP'],
  ['LONDON (PA) - Police', 'pa-media', 'PA'],
  ['ANKARA (AA) - Turkey', 'anadolu', 'AA'],
  ['WASHINGTON (CNN)The president', 'cnn', 'CNN'],
  ['(Reuters) - Oil prices rose', 'reuters', 'Reuters'],
  ['MOSCOW (REUTERS) - Russia', 'reuters', 'REUTERS'],
  ['NEW DELHI (PTI) - India', 'pti', 'PTI'],
  ['DUBAI (AP/Reuters) - Iran', 'ap', 'AP'],
  ['TAIPEI (CNA) - Taiwan', 'cna-taiwan', 'CNA'],
  ['SINGAPORE (CNA) - Singapore', 'cna-singapore', 'CNA'],
  ['VIENNA (APA) - Austria', 'apa', 'APA'],
  ['BAKU (APA) - Azerbaijan', 'apa-azerbaijan', 'APA'],
  ['PYONGYANG, Oct. 10 (KCNA) -- The Workers’ Party', 'kcna', 'KCNA'],
  ['The minister (who spoke to Reuters) said', null],
  ['Officials said (Reuters) on Monday', null],
  ['MOSCOW (the ministry said) - nothing', null],
  ['MOSCOW (Getty Images) - photo', null],
  ['(Ap) - lower case is not the agency', null],
  ['', null],
  ['Reuters reported on Monday', null],
];

test(`finds dateline credits in ${cases.length} lines`, () => {
  const failures: string[] = [];
  for (const [line, id, credit] of cases) {
    const r = findDatelineCredit(line);
    if ((r?.outlet.id ?? null) !== id) failures.push(`${line}: got ${r?.outlet.id}`);
    else if (r && credit !== undefined && line.slice(r.start, r.end) !== credit)
      failures.push(`${line}: span ${line.slice(r.start, r.end)}`);
  }
  assert.deepEqual(failures, []);
});

test('the resolver module and the dateline module export the same function', () => {
  assert.equal(findDatelineCredit, fromModule);
});
