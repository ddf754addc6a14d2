/**
 * findProjectArg: the .rancang path the operating system hands the app, in each form it arrives.
 * The argv lists are what each OS really passes: NSIS registers `"…\Rancang Perubahan.exe" "%1"`,
 * the deb's .desktop entry uses `%U` (paths or file:// URIs), macOS gives a plain path, and
 * Electron's second-instance argv carries Chromium switches of its own.
 */
import { describe, expect, it } from 'vitest';
import { findProjectArg, type ArgvContext } from '../../../electron/core/argv';

const WIN_EXE = 'C:\\Program Files\\Rancang Perubahan\\Rancang Perubahan.exe';
const WIN_USER_EXE = 'C:\\Users\\budi\\AppData\\Local\\Programs\\Rancang Perubahan\\Rancang Perubahan.exe';
const LINUX_EXE = '/opt/Rancang Perubahan/rancang-perubahan';
const MAC_EXE = '/Applications/Rancang Perubahan.app/Contents/MacOS/Rancang Perubahan';

const win: ArgvContext = { cwd: 'C:\\Windows\\System32', platform: 'win32' };
const linux: ArgvContext = { cwd: '/home/budi', platform: 'linux' };
const mac: ArgvContext = { cwd: '/', platform: 'darwin' };

describe('findProjectArg on Windows', () => {
  it('takes the path of a double-clicked file (cold start)', () => {
    const file = 'C:\\Users\\budi\\Documents\\Diklat PKA\\Aksi Perubahan.rancang';
    expect(findProjectArg([WIN_EXE, file], win)).toBe(file);
  });

  it('unquotes a path that still carries the quotes of the registered command', () => {
    expect(findProjectArg([WIN_USER_EXE, '"D:\\Diklat\\proyek saya.rancang"'], win)).toBe('D:\\Diklat\\proyek saya.rancang');
  });

  it('finds the file among the switches Electron adds to a second instance', () => {
    const argv = [WIN_EXE, '--allow-file-access-from-files', '--original-process-start-time=13370000000000000', 'E:\\USB\\laporan.rancang'];
    expect(findProjectArg(argv, { cwd: 'C:\\Users\\budi', platform: 'win32' })).toBe('E:\\USB\\laporan.rancang');
  });

  it('resolves a relative path against the second instance working directory', () => {
    expect(findProjectArg([WIN_EXE, 'proyek.rancang'], { cwd: 'C:\\Users\\budi\\Desktop', platform: 'win32' })).toBe(
      'C:\\Users\\budi\\Desktop\\proyek.rancang',
    );
  });

  it('keeps a network share path as it is', () => {
    expect(findProjectArg([WIN_EXE, '\\\\fileserver\\bkpsdm\\Diklat\\proyek.rancang'], win)).toBe('\\\\fileserver\\bkpsdm\\Diklat\\proyek.rancang');
  });

  it('accepts a file:// URI and an upper-case extension', () => {
    expect(findProjectArg([WIN_EXE, 'file:///C:/Users/budi/Proyek%20Saya.rancang'], win)).toBe('C:\\Users\\budi\\Proyek Saya.rancang');
    expect(findProjectArg([WIN_EXE, 'C:\\ARSIP\\LAPORAN.RANCANG'], win)).toBe('C:\\ARSIP\\LAPORAN.RANCANG');
  });

  it('ignores a start without a file, other documents and look-alike names', () => {
    expect(findProjectArg([WIN_EXE], win)).toBeNull();
    expect(findProjectArg([WIN_EXE, 'C:\\Users\\budi\\laporan.docx'], win)).toBeNull();
    expect(findProjectArg([WIN_EXE, 'C:\\Users\\budi\\proyek.rancang.bak'], win)).toBeNull();
  });
});

describe('findProjectArg on Linux', () => {
  it('takes an absolute path (deb .desktop entry, terminal)', () => {
    expect(findProjectArg([LINUX_EXE, '/home/budi/Dokumen/proyek.rancang'], linux)).toBe('/home/budi/Dokumen/proyek.rancang');
  });

  it('decodes a file:// URI from the file manager (%U)', () => {
    expect(findProjectArg([LINUX_EXE, 'file:///home/budi/Dokumen/Aksi%20Perubahan%20%231.rancang'], linux)).toBe(
      '/home/budi/Dokumen/Aksi Perubahan #1.rancang',
    );
  });

  it('resolves a relative path against the working directory', () => {
    expect(findProjectArg([LINUX_EXE, 'Dokumen/proyek.rancang'], linux)).toBe('/home/budi/Dokumen/proyek.rancang');
  });

  it('skips an AppImage --no-sandbox switch and a remote file:// URI', () => {
    const appImage = '/tmp/.mount_RancanXyZ/rancang-perubahan';
    expect(findProjectArg([appImage, '--no-sandbox', '/media/budi/USB/proyek.rancang'], linux)).toBe('/media/budi/USB/proyek.rancang');
    expect(findProjectArg([LINUX_EXE, 'file://fileserver/share/proyek.rancang'], linux)).toBeNull();
  });

  it('never mistakes a switch value for a file', () => {
    expect(findProjectArg([LINUX_EXE, '--user-data-dir=/tmp/x.rancang'], linux)).toBeNull();
  });
});

describe('findProjectArg on macOS', () => {
  it('takes a path given on the command line (open-file delivers the rest)', () => {
    expect(findProjectArg([MAC_EXE, '/Users/budi/Documents/proyek.rancang'], mac)).toBe('/Users/budi/Documents/proyek.rancang');
  });

  it('ignores the process serial number older macOS adds', () => {
    expect(findProjectArg([MAC_EXE, '-psn_0_1234567'], mac)).toBeNull();
  });
});

describe('findProjectArg in development', () => {
  const electron = '/work/main/node_modules/electron/dist/electron';
  const dev: ArgvContext = { cwd: '/work/main', platform: 'linux' };

  it('takes the file after `electron .`', () => {
    expect(findProjectArg([electron, '.', 'contoh/sipantau.rancang'], dev)).toBe('/work/main/contoh/sipantau.rancang');
  });

  it('ignores the app folder, the main script and debugging switches', () => {
    expect(findProjectArg([electron, '.'], dev)).toBeNull();
    expect(findProjectArg([electron, '/work/main/dist-electron/main.js', '--inspect=9229'], dev)).toBeNull();
  });

  it('never treats the executable itself as the file, and the last file wins', () => {
    expect(findProjectArg(['/tmp/odd.rancang'], dev)).toBeNull();
    expect(findProjectArg([electron, '.', 'a.rancang', 'b.rancang'], dev)).toBe('/work/main/b.rancang');
  });
});
