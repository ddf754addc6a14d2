/**
 * Which Debian Chromium the tests, the benches and the command line's PDF printer start (never a
 * downloaded browser). `CHROMIUM_PATH` wins; otherwise Debian's headless shell
 * (package chromium-headless-shell: the same Blink and V8 as /usr/bin/chromium, built without the
 * browser's windows, profile and UI services), then the full browser.
 *
 * Why the shell first: driving the built renderer, the full browser's own process was a third of
 * the CPU of the end-to-end run. Measured on 44 e2e tests (trust + boards, two workers, machine
 * otherwise quiet): 187 → 117 CPU-seconds, 104 → 71 s wall, every test passing on both. Electron,
 * where the app really runs, is also the content layer without Chrome's browser UI, so the shell
 * is no further from it than Chrome is.
 */
import { existsSync } from 'node:fs';

const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const FULL_CHROMIUM = '/usr/bin/chromium';

/** The executable to launch, or the full browser's path when neither is installed (the launch then says what is missing). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) return chosen;
  return [HEADLESS_SHELL, FULL_CHROMIUM].find((p) => existsSync(p)) ?? FULL_CHROMIUM;
}
