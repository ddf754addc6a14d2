/** Dropping a .rancang file: the page can never make main open a path of its choosing. */
import { describe, expect, it } from 'vitest';
import { acceptDroppedPath } from '../../../electron/core/droppedPath';
import { DROPPED_EXTENSION, droppedProjectPath } from '../../../shared/droppedFile';
import { FILE_EXTENSION } from '../../../shared/model/envelope';

interface FakeFile {
  name: string;
  path: string;
}
const drop = (isTrusted: boolean, files: FakeFile[]) => ({ isTrusted, dataTransfer: { files } });
const pathOf = (f: FakeFile) => f.path;

describe("the preload reads a dropped file's path only from a real drop", () => {
  it('takes the first .rancang file of a trusted drop', () => {
    const files = [
      { name: 'foto.jpg', path: '/home/siti/foto.jpg' },
      { name: 'Proyek.RANCANG', path: '/home/siti/Proyek.RANCANG' },
    ];
    expect(droppedProjectPath(drop(true, files), pathOf)).toBe('/home/siti/Proyek.RANCANG');
  });

  it('ignores a drop the page made up, files without a path (built by the page) and other files', () => {
    const real = [{ name: 'a.rancang', path: '/x/a.rancang' }];
    expect(droppedProjectPath(drop(false, real), pathOf)).toBeNull();
    expect(droppedProjectPath(drop(true, [{ name: 'a.rancang', path: '' }]), pathOf)).toBeNull();
    expect(droppedProjectPath(drop(true, [{ name: 'a.docx', path: '/x/a.docx' }]), pathOf)).toBeNull();
    expect(droppedProjectPath({ isTrusted: true, dataTransfer: null }, pathOf)).toBeNull();
  });

  it('knows the same extension as the file format', () => {
    expect(DROPPED_EXTENSION).toBe(`.${FILE_EXTENSION}`);
  });
});

describe('main checks the path again', () => {
  it('accepts absolute .rancang paths, normalised', () => {
    expect(acceptDroppedPath('/home/siti/../siti/a.rancang', 'linux')).toBe('/home/siti/a.rancang');
    expect(acceptDroppedPath('C:\\Users\\Siti\\Proyek.rancang', 'win32')).toBe('C:\\Users\\Siti\\Proyek.rancang');
  });

  it.each([
    [42],
    [null],
    [''],
    ['a.rancang'],
    ['../a.rancang'],
    ['/etc/passwd'],
    ['/x/a.rancang\u0000.txt'],
    [`/${'a'.repeat(5000)}.rancang`],
    [{ path: '/a.rancang' }],
  ])('refuses %j', (value) => {
    expect(acceptDroppedPath(value, 'linux')).toBeNull();
  });
});
