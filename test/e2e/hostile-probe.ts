// Page-level probes for the hostile-input e2e test: a global trap that every corpus payload calls if it ever
// runs, console messages, CSP violations (counted separately: a blocked attempt is not a run), and every request
// the page makes.
import type { Page } from '@playwright/test';
import { TRAP } from '../fixtures/hostile/corpus';

export interface HostileProbe {
  /** Payload ids whose code ran (via the trap or a console message naming it). */
  runs(): Promise<string[]>;
  cspViolations(): Promise<string[]>;
  requests: string[];
  console: string[];
}

export async function installHostileProbe(page: Page): Promise<HostileProbe> {
  const requests: string[] = [];
  const consoleLines: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('dialog', (d) => {
    consoleLines.push(`HOSTILE-RUN dialog ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript((trap: string) => {
    const runs: string[] = [];
    Object.defineProperty(window, '__hostileRuns', { value: runs });
    Object.defineProperty(window, trap, {
      value: (id: unknown) => {
        runs.push(String(id));
        console.log(`HOSTILE-RUN ${String(id)}`);
      },
    });
    const violations: string[] = [];
    Object.defineProperty(window, '__hostileCsp', { value: violations });
    document.addEventListener(
      'securitypolicyviolation',
      (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
  }, TRAP);
  return {
    requests,
    console: consoleLines,
    runs: async () => [
      ...(await page.evaluate(() => (window as unknown as { __hostileRuns: string[] }).__hostileRuns)),
      ...consoleLines.filter((l) => l.startsWith('HOSTILE-RUN')),
    ],
    cspViolations: () => page.evaluate(() => (window as unknown as { __hostileCsp: string[] }).__hostileCsp),
  };
}
