/**
 * The native menu, in the UI language (words from shared/i18n, rebuilt when the language changes). Edit → Urungkan/Ulangi drive the project's own history
 * (which covers drags and whole-field edits), not the text box's; clipboard items keep their
 * native roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { SHARED_TEXT, type Lang } from '../shared/i18n';
import type { MenuCommand } from '../shared/ipc';

export function menuTemplate(lang: Lang, send: (command: MenuCommand) => void, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const l = SHARED_TEXT[lang].menu;
  // The page handles these shortcuts itself (so they work the same in tests and in a browser);
  // the menu only shows them, or each key press would act twice.
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  return [
    ...(platform === 'darwin'
      ? [
          {
            label: 'Rancang Perubahan',
            submenu: [{ role: 'about' as const, label: l.about }, { type: 'separator' as const }, { role: 'quit' as const, label: l.quit }],
          },
        ]
      : []),
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
