// `npm run bench` (after `npm run build`): every benchmark in turn, each under a heading. Benchmarks print figures;
// none of them asserts a time. Add a bench by importing it and adding one heading and one awaited call below.
import { runExtractBench } from './extract.bench';
import { runStoreBench } from './store.bench';
import { runDeskBench } from './desk.bench';
import { runImportBench } from './import.bench';

console.log('\n== Extraction (issue 3) ==');
await runExtractBench();

console.log('\n== Workspace store (issue 6) ==');
await runStoreBench();

console.log('\n== Import (issue 11) ==');
await runImportBench();

console.log('\n== Review desk in Chromium, 2,000 claims (issue 5) ==');
await runDeskBench();
