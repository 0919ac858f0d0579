import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const RUN_TS = fileURLToPath(new URL('../../../../scripts/lib/run-ts.mjs', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run scan -- ...args` the way package.json does, from the repo root. */
export function runScan(args: string[]): CliResult {
  const result = spawnSync(process.execPath, [RUN_TS, 'scripts/scan.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
