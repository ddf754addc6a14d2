import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, installAppProtocol, registerSchemePrivileges, resolveAppAsset, serveAppAsset } from '../../../electron/protocol';
import { tempDir } from '../helpers';

describe('app:// protocol', () => {
  it('maps app://rancang/ paths into the renderer folder only', () => {
    const root = '/opt/app/dist';
    expect(resolveAppAsset(root, 'app://rancang/index.html')).toBe('/opt/app/dist/index.html');
    expect(resolveAppAsset(root, 'app://rancang/')).toBe('/opt/app/dist/index.html');
    expect(resolveAppAsset(root, 'app://rancang/assets/a%20b.js')).toBe('/opt/app/dist/assets/a b.js');
    // The URL parser already folds "..": these stay inside the folder.
    for (const folded of ['app://rancang/../secret.txt', 'app://rancang/%2e%2e/secret.txt', 'app://rancang/a/../../../x']) {
      expect(resolveAppAsset(root, folded), folded).toMatch(/^\/opt\/app\/dist\/[^/]+$/);
    }
    // Encoded slashes survive the parser and would escape after decoding: refused.
    for (const evil of [
      'app://rancang/assets/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://rancang/..%2f..%2fsecret.txt',
      'app://rancang/%2e%2e%5c%2e%2e%5cwin.ini',
      'app://rancang/%00index.html',
      'app://other/index.html',
      'file:///etc/passwd',
      'https://rancang/index.html',
      'app://rancang/%E0%A4%A',
    ])
      expect(resolveAppAsset(root, evil), evil).toBeNull();
  });

  it('serves files with the strict CSP and 404s everything else', async () => {
    const root = await tempDir();
    await fsp.writeFile(path.join(root, 'index.html'), '<p>hai</p>');
    await fsp.writeFile(path.join(path.dirname(root), 'rahasia.txt'), 'rahasia').catch(() => undefined);
    const ok = await serveAppAsset(root, 'app://rancang/index.html');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/text\/html/);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toBe('<p>hai</p>');
    expect((await serveAppAsset(root, 'app://rancang/../rahasia.txt')).status).toBe(404);
    expect((await serveAppAsset(root, 'app://rancang/missing.js')).status).toBe(404);
  });

  it('has a CSP that forbids remote code, connections and framing', () => {
    for (const rule of ["default-src 'none'", "script-src 'self'", "connect-src 'none'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(rule);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });

  it('registers the scheme as standard and secure, and handles it', () => {
    let schemes: unknown;
    registerSchemePrivileges({
      registerSchemesAsPrivileged: (s: unknown) => {
        schemes = s;
      },
    });
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    let handled = '';
    installAppProtocol(
      {
        handle: (scheme: string) => {
          handled = scheme;
        },
      },
      '/x',
    );
    expect(handled).toBe('app');
  });
});
