// `npm run bench` (after `npm run build`): every benchmark in turn, each under a heading. Benchmarks print figures;
// none of them asserts a time. Add a bench by importing it and adding one heading and one awaited call below.
import { runExtractBench } from './extract.bench';
import { runMarkCliBench, runStoreBench } from './store.bench';
import { runDeskBench } from './desk.bench';
import { runMatchingBench } from './matching.bench';
import { runSyncBench } from './sync.bench';
import { runOutletsBench } from './outlets.bench';
import { runImportBench } from './import.bench';

console.log('\n== Extraction (issue 3) ==');
await runExtractBench();

console.log('\n== Outlet type-ahead ==');
await runOutletsBench();

console.log('\n== Workspace store (issue 6) ==');
await runStoreBench();

console.log('\n== `claimdesk mark` from the command line (issue 11) ==');
await runMarkCliBench();
console.log('\n== Import (issue 11) ==');
await runImportBench();

console.log('\n== Review desk in Chromium, 2,000 claims (issue 5) ==');
await runDeskBench();

console.log('\n== Claims already checked: a 1,000-word article against 50,000 reviewed claims (issue 14) ==');
await runMatchingBench();
console.log('\n== Sync through a local pouchdb-server, 10 clients x 2,000 changes (issue 16) ==');
await runSyncBench();
