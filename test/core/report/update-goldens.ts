// Rewrites the golden report files on purpose, after a wanted change to a report's wording or layout:
//   node --import tsx test/core/report/update-goldens.ts
// Then read the diff (git diff test/fixtures/reports) before committing it. The test never writes them.
import { writeFileSync } from 'node:fs';
import { buildGolden, goldenPath, GOLDENS } from './goldens';

for (const [format, name, extra] of GOLDENS) {
  writeFileSync(goldenPath(name), buildGolden(format, extra));
  console.log(`wrote ${goldenPath(name)}`);
}
