// Child process of the crash test: applies a stream of status changes to a workspace and prints "ack" lines
// only after each change is acknowledged (durable). The parent kills it with SIGKILL at random moments.
import { WorkspaceStore } from '../../main/store/workspace-store';

const [file, startArg, seedArg] = process.argv.slice(2);
const STATUSES = ['verified', 'disputed', 'unsourced', 'pending'] as const;

async function run(): Promise<void> {
  const store = await WorkspaceStore.open(file!, { compactAfter: { batches: 40, bytes: 64 * 1024 } });
  let i = Number(startArg);
  let seed = Number(seedArg);
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (;;) {
    // A few changes at once, so that coalescing is exercised too.
    const group = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
      const key = `c${Math.floor(random() * 300)}`;
      const value = { i: i++, status: STATUSES[Math.floor(random() * 4)] };
      return store.set(['reviews', 'crash', key], value).then(() => `ack ${key} ${value.i}\n`);
    });
    process.stdout.write((await Promise.all(group)).join(''));
  }
}

void run();
