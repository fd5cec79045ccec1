// Entry point of the `claimdesk` bundle (dist/cli.cjs).
import { main } from './main';
import { processCliIo } from './process-io';

// `claimdesk list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2), processCliIo()).then((code) => {
  process.exitCode = code;
});
