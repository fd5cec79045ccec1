// Golden files for the sample article with a fixed, mixed review and a fixed clock. A change to a report's
// wording or layout shows up here as a diff; regenerate on purpose with UPDATE_GOLDENS=1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../../main/core/report/build';
import type { ReportFormat } from '../../../main/core/report/formats';
import { FIXTURES, SAMPLE_OPTIONS, sampleInput } from './sample';

const GOLDENS: [ReportFormat, string, object][] = [
  ['md', 'sample-report.md', {}],
  ['md', 'sample-report-by-status.md', { groupBy: 'status', includePending: false }],
  ['csv', 'sample-report.csv', {}],
  ['claimreview', 'sample-claimreview.jsonld', {}],
];

for (const [format, name, extra] of GOLDENS) {
  test(`golden: ${name}`, () => {
    const built = buildReport(format, [sampleInput()], { ...SAMPLE_OPTIONS, ...extra });
    const path = join(FIXTURES, name);
    if (process.env.UPDATE_GOLDENS === '1') writeFileSync(path, built.content);
    assert.equal(
      built.content,
      readFileSync(path, 'utf8'),
      `${name} differs from the golden file (UPDATE_GOLDENS=1 to accept on purpose)`,
    );
  });
}
