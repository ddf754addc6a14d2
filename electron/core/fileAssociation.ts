/**
 * Does double-clicking a .rancang file open this copy of the app? Decided from how the copy was
 * installed, because that is what registers the type (electron-builder.yml):
 * - NSIS, per user or for all users: APP_ASSOCIATE writes HKCU or HKLM Software\Classes
 *   (electron-builder#2861; its docs still say "perMachine only", the 26.17 macro does both).
 * - deb: /usr/share/mime/packages/<executable>.xml plus MimeType= in the .desktop entry.
 * - macOS: CFBundleDocumentTypes in Info.plist, picked up by Launch Services.
 * - Portable exe, AppImage, an unpacked folder: nothing is registered; the user needs "Open with".
 * Pure apart from the `exists` it is given, so every case is unit-tested.
 */
import path from 'node:path';
import type { FileAssociationStatus } from '../../shared/ipc';

export type InstallKind = 'development' | 'nsis' | 'windows-portable' | 'windows-unpacked' | 'deb' | 'appimage' | 'linux-unpacked' | 'mac' | 'other';

export interface InstallFacts {
  platform: NodeJS.Platform;
  /** app.isPackaged */
  packaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** process.execPath: the app's own executable. */
  execPath: string;
  exists: (file: string) => boolean;
}

export function installKind(f: InstallFacts): InstallKind {
  if (!f.packaged) return 'development';
  if (f.platform === 'darwin') return 'mac';
  if (f.platform === 'win32') {
    // electron-builder's portable launcher unpacks to a temp folder and says where it came from.
    if (f.env['PORTABLE_EXECUTABLE_DIR']) return 'windows-portable';
    // NSIS puts "Uninstall <exe name>" beside the executable (templates/nsis/common.nsh).
    const uninstaller = path.win32.join(path.win32.dirname(f.execPath), `Uninstall ${path.win32.basename(f.execPath)}`);
    return f.exists(uninstaller) ? 'nsis' : 'windows-unpacked';
  }
  if (f.platform === 'linux') {
    if (f.env['APPIMAGE']) return 'appimage';
    const mime = `/usr/share/mime/packages/${path.posix.basename(f.execPath)}.xml`;
    return f.exists(mime) ? 'deb' : 'linux-unpacked';
  }
  return 'other';
}

export function fileAssociationStatus(kind: InstallKind): FileAssociationStatus {
  switch (kind) {
    case 'nsis':
    case 'deb':
    case 'mac':
      return 'registered';
    case 'windows-portable':
    case 'windows-unpacked':
    case 'appimage':
    case 'linux-unpacked':
      return 'unavailable';
    default:
      return 'unknown';
  }
}
