/** The Chromium the tests and the PDF printer start: the one asked for, else Debian's lighter headless shell, else the full browser. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../../scripts/support/chromiumPath';

describe('chromiumPath', () => {
  it('takes CHROMIUM_PATH as given, even where nothing is installed', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/elsewhere/chrome' })).toBe('/opt/elsewhere/chrome');
  });

  it('prefers the headless shell when it is installed, and falls back to the full browser', () => {
    const shell = '/usr/lib/chromium/chromium-headless-shell';
    expect(chromiumPath({})).toBe(existsSync(shell) ? shell : '/usr/bin/chromium');
  });
});
