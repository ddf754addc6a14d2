import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/menu';
import { SHARED_TEXT } from '../../../shared/i18n';
import type { MenuCommand } from '../../../shared/ipc';

type Item = { label?: string; role?: string; accelerator?: string; registerAccelerator?: boolean; click?: () => void; submenu?: Item[] };

describe('native menu', () => {
  it('is in Indonesian with Berkas and Edit, and its items send commands to the page', () => {
    const sent: MenuCommand[] = [];
    const menu = menuTemplate('id', (c) => sent.push(c), 'linux') as Item[];
    expect(menu.map((m) => m.label)).toEqual(['Berkas', 'Edit', 'Tampilan']);
    const berkas = menu[0]!.submenu!.filter((i) => i.label).map((i) => i.label);
    expect(berkas).toEqual(expect.arrayContaining(['Baru', 'Buka…', 'Simpan', 'Simpan Sebagai…']));
    const edit = menu[1]!.submenu!;
    expect(edit.map((i) => i.label)).toEqual(expect.arrayContaining(['Urungkan', 'Ulangi', 'Potong', 'Salin', 'Tempel']));
    for (const item of [...menu[0]!.submenu!, ...edit]) item.click?.();
    expect(sent).toEqual(['new', 'open', 'save', 'saveAs', 'export', 'undo', 'redo']);
  });

  it('shows shortcuts without registering them (the page handles the keys, so nothing runs twice)', () => {
    const items = (menuTemplate('id', () => undefined, 'win32') as Item[]).flatMap((m) => m.submenu ?? []).filter((i) => i.click);
    expect(items.length).toBeGreaterThan(5);
    for (const i of items) expect(i.registerAccelerator, i.label).toBe(false);
    expect(items.find((i) => i.label === 'Ulangi')?.accelerator).toBe('CmdOrCtrl+Y');
  });

  it('switches to English and adds the app menu on macOS', () => {
    const menu = menuTemplate('en', () => undefined, 'darwin') as Item[];
    expect(menu.map((m) => m.label)).toEqual(['Rancang Perubahan', 'File', 'Edit', 'View']);
  });
});

describe('native menu words come from the dictionary', () => {
  const labels = (menu: Item[]): string[] => menu.flatMap((m) => [m.label ?? '', ...labels(m.submenu ?? [])]).filter(Boolean);

  it('labels every item in the chosen language, none left in the other', () => {
    for (const lang of ['id', 'en'] as const) {
      const words = new Set<string>([...Object.values(SHARED_TEXT[lang].menu), 'Rancang Perubahan']);
      const other = lang === 'id' ? 'en' : 'id';
      const foreign = Object.values(SHARED_TEXT[other].menu).filter((w) => !words.has(w));
      for (const platform of ['linux', 'darwin', 'win32'] as const) {
        const shown = labels(menuTemplate(lang, () => undefined, platform) as Item[]);
        expect(
          shown.filter((l) => !words.has(l)),
          `${lang} ${platform}`,
        ).toEqual([]);
        expect(
          shown.filter((l) => foreign.includes(l)),
          `${lang} ${platform}`,
        ).toEqual([]);
      }
    }
  });
});
