// Golden files for the sample article with a fixed, mixed review and a fixed clock. A change to a report's
// wording or layout shows up here as a diff. The test only compares: test/core/report/update-goldens.ts
// rewrites the files on purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildGolden, goldenPath, GOLDENS } from './goldens';

for (const [format, name, extra] of GOLDENS) {
  test(`golden: ${name}`, () => {
    assert.equal(
      buildGolden(format, extra),
      readFileSync(goldenPath(name), 'utf8'),
      `${name} differs from the golden file (node --import tsx test/core/report/update-goldens.ts to accept it)`,
    );
  });
}

test('the golden files hold real reports, not something a careless update could write', () => {
  const md = readFileSync(goldenPath('sample-report.md'), 'utf8');
  assert.match(md, /^# /m, 'a Markdown report starts with its title');
  const csv = readFileSync(goldenPath('sample-report.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  assert.ok(csv.length > 5, 'the CSV has a row per claim');
  const jsonld = JSON.parse(readFileSync(goldenPath('sample-claimreview.jsonld'), 'utf8'));
  const reviews = Array.isArray(jsonld) ? jsonld : (jsonld['@graph'] ?? [jsonld]);
  assert.ok(reviews.length > 0 && reviews.every((r: { '@type': string }) => r['@type'] === 'ClaimReview'));
});
