/**
 * The native menu, in the UI language. Edit → Urungkan/Ulangi drive the project's own history
 * (which covers drags and whole-field edits), not the text box's; clipboard items keep their
 * native roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../shared/errors';
import type { MenuCommand } from '../shared/ipc';

const LABELS = {
  id: {
    file: 'Berkas', new: 'Baru', open: 'Buka…', save: 'Simpan', saveAs: 'Simpan Sebagai…', export: 'Ekspor Laporan DOCX…',
    quit: 'Keluar', edit: 'Edit', undo: 'Urungkan', redo: 'Ulangi', cut: 'Potong', copy: 'Salin', paste: 'Tempel',
    selectAll: 'Pilih Semua', view: 'Tampilan', zoomIn: 'Perbesar', zoomOut: 'Perkecil', resetZoom: 'Ukuran Asli',
    fullscreen: 'Layar Penuh', help: 'Bantuan', about: 'Tentang Rancang Perubahan', close: 'Tutup Jendela',
  },
  en: {
    file: 'File', new: 'New', open: 'Open…', save: 'Save', saveAs: 'Save As…', export: 'Export DOCX Report…',
    quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste',
    selectAll: 'Select All', view: 'View', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', resetZoom: 'Actual Size',
    fullscreen: 'Full Screen', help: 'Help', about: 'About Rancang Perubahan', close: 'Close Window',
  },
} as const;

export function menuTemplate(lang: Lang, send: (command: MenuCommand) => void, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const l = LABELS[lang];
  // The page handles these shortcuts itself (so they work the same in tests and in a browser);
  // the menu only shows them, or each key press would act twice.
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions =>
    ({ label, click: () => send(command), ...(accelerator ? { accelerator, registerAccelerator: false } : {}) });
  return [
    ...(platform === 'darwin' ? [{ label: 'Rancang Perubahan', submenu: [{ role: 'about' as const, label: l.about }, { type: 'separator' as const }, { role: 'quit' as const, label: l.quit }] }] : []),
    {
      label: l.file,
      submenu: [
        cmd(l.new, 'new', 'CmdOrCtrl+N'),
        cmd(l.open, 'open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        cmd(l.save, 'save', 'CmdOrCtrl+S'),
        cmd(l.saveAs, 'saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        cmd(l.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        platform === 'darwin' ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        cmd(l.undo, 'undo', 'CmdOrCtrl+Z'),
        cmd(l.redo, 'redo', platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { role: 'resetZoom', label: l.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullscreen },
      ],
    },
  ];
}
