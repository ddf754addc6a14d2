/**
 * The electron-builder configuration, checked offline: electron-builder's own schema accepts both
 * variants, and the choices the installers depend on are what the README promises.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILE_EXTENSION } from '../../../shared/model/envelope';
import { BASE_CONFIG, BUILD_DIR, loadBuilderConfig, RELEASE_CONFIG, ROOT, validateBuilderConfig } from './builder';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- package.json as parsed JSON; the assertions below check its shape
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, any>;
let base: Configuration;
let release: Configuration;

beforeAll(async () => {
  base = await loadBuilderConfig(BASE_CONFIG);
  release = await loadBuilderConfig(RELEASE_CONFIG);
});

const targetsOf = (t: unknown): string[] => (Array.isArray(t) ? t : [t]).map((x) => (typeof x === 'string' ? x : (x as { target: string }).target));

describe('electron-builder schema', () => {
  it('accepts the base and the release configuration', async () => {
    await expect(validateBuilderConfig(base)).resolves.toBeUndefined();
    await expect(validateBuilderConfig(release)).resolves.toBeUndefined();
  });

  it('rejects a misspelled key or a wrong type (the check is live)', async () => {
    const typo = { ...structuredClone(base), fileAsociations: base.fileAssociations } as Configuration;
    await expect(validateBuilderConfig(typo)).rejects.toThrow(/fileAsociations/);
    const wrongType = { ...structuredClone(base), nsis: { ...base.nsis, perMachine: 'ya' } } as unknown as Configuration;
    await expect(validateBuilderConfig(wrongType)).rejects.toThrow(/perMachine/);
  });
});

describe('release hardening', () => {
  it('turns the fuses on in release builds only', () => {
    expect(base.electronFuses ?? null).toBeNull();
    expect(release.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('differs from the base configuration in nothing but the fuses', () => {
    const { electronFuses: _fuses, extends: _extends, ...rest } = release;
    expect(rest).toEqual(base);
  });

  it('builds every installer script from the release configuration, and pack:dir from the base', () => {
    for (const script of ['dist', 'dist:win', 'dist:mac', 'dist:linux']) expect(pkg.scripts[script]).toContain(`--config ${RELEASE_CONFIG}`);
    expect(pkg.scripts['pack:dir']).toContain(`--config ${BASE_CONFIG}`);
    expect(pkg.scripts['pack:dir']).toContain('--dir');
  });
});

describe('identity and installers', () => {
  it('names the app as the package does, with the metadata deb needs', () => {
    expect(base.productName).toBe('Rancang Perubahan');
    expect(pkg.productName).toBe(base.productName);
    expect(base.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(pkg.description).toBeTruthy();
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author.email).toMatch(/@/);
  });

  it('makes a Windows installer that needs no admin rights, offers all users, keeps data, plus a portable exe', () => {
    expect(targetsOf(base.win?.target)).toEqual(['nsis', 'portable']);
    // oneClick false + perMachine false = the "only for me / anyone who uses this computer" page.
    expect(base.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true, deleteAppDataOnUninstall: false });
    expect(base.portable?.requestExecutionLevel).toBe('user');
    expect(base.nsis?.installerLanguages).toContain('id_ID');
    expect(existsSync(path.join(ROOT, base.nsis!.include!))).toBe(true);
  });

  it('makes an AppImage and a deb for Linux, and a dmg for macOS with its entitlements', () => {
    expect(targetsOf(base.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(base.mac?.target)).toEqual(['dmg']);
    expect(base.mac?.hardenedRuntime).toBe(true);
    const plist = readFileSync(path.join(ROOT, base.mac!.entitlements!), 'utf8');
    expect(plist).toContain('com.apple.security.cs.allow-jit');
  });
});

describe('.rancang file association', () => {
  const association = () => {
    const list = [base.fileAssociations].flat();
    expect(list).toHaveLength(1);
    return list[0]!;
  };

  it('registers the extension the app writes, with a name, description, MIME type and icon', () => {
    const a = association();
    expect(a.ext).toBe(FILE_EXTENSION);
    expect(a.name).toBeTruthy();
    expect(a.description).toBeTruthy();
    expect(a.mimeType).toMatch(/^application\/[a-z0-9.+-]+$/);
    expect(a.role).toBe('Editor');
  });

  it('has the document icon each target looks up (Windows .ico, macOS .icns)', () => {
    const icon = association().icon!;
    expect(existsSync(path.join(BUILD_DIR, `${icon}.ico`))).toBe(true);
    expect(existsSync(path.join(BUILD_DIR, `${icon}.icns`))).toBe(true);
  });

  it('declares the same type to macOS as a UTI', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- electron-builder types extendInfo as any-valued plist data
    const utis = (base.mac?.extendInfo as Record<string, any>)['UTExportedTypeDeclarations'] as Record<string, any>[];
    const spec = utis[0]!['UTTypeTagSpecification'];
    expect(spec['public.filename-extension']).toEqual([FILE_EXTENSION]);
    expect(spec['public.mime-type']).toEqual([association().mimeType]);
  });
});
