/**
 * How the app tells whether double-clicking a .rancang file opens it, per install kind, and that
 * appInfo carries the answer to the start screen.
 */
import { describe, expect, it } from 'vitest';
import { fileAssociationStatus, installKind, type InstallFacts } from '../../../electron/core/fileAssociation';
import { servicesIn, tempDir } from '../helpers';

const WIN_PER_USER = 'C:\\Users\\budi\\AppData\\Local\\Programs\\Rancang Perubahan\\Rancang Perubahan.exe';
const WIN_ALL_USERS = 'C:\\Program Files\\Rancang Perubahan\\Rancang Perubahan.exe';
const DEB_EXE = '/opt/Rancang Perubahan/rancang-perubahan';

function facts(over: Partial<InstallFacts> & { files?: string[] }): InstallFacts {
  const files = new Set(over.files ?? []);
  return { platform: 'linux', packaged: true, env: {}, execPath: DEB_EXE, exists: (f) => files.has(f), ...over };
}

describe('installKind and fileAssociationStatus', () => {
  it('Windows installer, per user and for all users: registered (uninstaller beside the exe)', () => {
    for (const exe of [WIN_PER_USER, WIN_ALL_USERS]) {
      const uninstaller = exe.replace('Rancang Perubahan.exe', 'Uninstall Rancang Perubahan.exe');
      const kind = installKind(facts({ platform: 'win32', execPath: exe, files: [uninstaller] }));
      expect(kind).toBe('nsis');
      expect(fileAssociationStatus(kind)).toBe('registered');
    }
  });

  it('Windows portable exe and a copied folder: unavailable', () => {
    const portable = installKind(
      facts({ platform: 'win32', execPath: 'C:\\Users\\budi\\AppData\\Local\\Temp\\2abc\\Rancang Perubahan.exe', env: { PORTABLE_EXECUTABLE_DIR: 'E:\\' } }),
    );
    expect(portable).toBe('windows-portable');
    const copied = installKind(facts({ platform: 'win32', execPath: 'D:\\Aplikasi\\Rancang Perubahan.exe' }));
    expect(copied).toBe('windows-unpacked');
    expect([portable, copied].map(fileAssociationStatus)).toEqual(['unavailable', 'unavailable']);
  });

  it('Linux deb: registered when its shared-mime-info entry is installed', () => {
    const kind = installKind(facts({ files: ['/usr/share/mime/packages/rancang-perubahan.xml'] }));
    expect(kind).toBe('deb');
    expect(fileAssociationStatus(kind)).toBe('registered');
  });

  it('Linux AppImage and an unpacked folder: unavailable', () => {
    const appImage = installKind(
      facts({
        execPath: '/tmp/.mount_RancanXyZ/rancang-perubahan',
        env: { APPIMAGE: '/home/budi/Unduhan/Rancang-Perubahan-0.1.0-x86_64.AppImage' },
        files: ['/usr/share/mime/packages/rancang-perubahan.xml'],
      }),
    );
    expect(appImage).toBe('appimage');
    const unpacked = installKind(facts({ execPath: '/home/budi/rancang/rancang-perubahan' }));
    expect(unpacked).toBe('linux-unpacked');
    expect([appImage, unpacked].map(fileAssociationStatus)).toEqual(['unavailable', 'unavailable']);
  });

  it('macOS: registered by the app bundle itself', () => {
    expect(
      fileAssociationStatus(installKind(facts({ platform: 'darwin', execPath: '/Applications/Rancang Perubahan.app/Contents/MacOS/Rancang Perubahan' }))),
    ).toBe('registered');
  });

  it('development and unknown platforms: unknown, so no guidance is shown', () => {
    expect(installKind(facts({ packaged: false, platform: 'win32' }))).toBe('development');
    expect(fileAssociationStatus('development')).toBe('unknown');
    expect(fileAssociationStatus(installKind(facts({ platform: 'freebsd' })))).toBe('unknown');
  });
});

describe('the file association status in appInfo', () => {
  it('is part of the services from the start, and absent where main did not decide it', async () => {
    const dir = await tempDir();
    const plain = await (await servicesIn(dir)).services.appInfo();
    const told = await (await servicesIn(dir, { fileAssociation: 'unavailable' })).services.appInfo();
    expect(plain.ok && plain.value.fileAssociation).toBeUndefined();
    expect(told.ok && told.value).toEqual(plain.ok && { ...plain.value, fileAssociation: 'unavailable' });
  });
});
