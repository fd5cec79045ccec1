// The golden report files and how each is built, shared by the test (which only compares) and the update script.
import { join } from 'node:path';
import { buildReport } from '../../../main/core/report/build';
import type { ReportFormat } from '../../../main/core/report/formats';
import { FIXTURES, SAMPLE_OPTIONS, sampleInput } from './sample';

export const GOLDENS: [ReportFormat, string, object][] = [
  ['md', 'sample-report.md', {}],
  ['md', 'sample-report-by-status.md', { groupBy: 'status', includePending: false }],
  ['csv', 'sample-report.csv', {}],
  ['claimreview', 'sample-claimreview.jsonld', {}],
];

export function buildGolden(format: ReportFormat, extra: object): string {
  return buildReport(format, [sampleInput()], { ...SAMPLE_OPTIONS, ...extra }).content;
}

export const goldenPath = (name: string) => join(FIXTURES, name);
