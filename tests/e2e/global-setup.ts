import { execFileSync } from 'node:child_process';

/**
 * Builds both browsers' extensions once before the e2e files run, so every test loads the real
 * unpacked build. `npm test` builds earlier (for web-ext lint) and sets JAKLENS_E2E_PREBUILT=1.
 */
export default function setup(): void {
  if (process.env.JAKLENS_E2E_PREBUILT === '1') return;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { stdio: 'inherit' });
  }
}
