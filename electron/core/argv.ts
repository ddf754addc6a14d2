/**
 * Finding the .rancang file the operating system asks us to open.
 * - Windows (NSIS association): `"Rancang Perubahan.exe" "C:\…\file.rancang"`, also on second-instance.
 * - Linux (.desktop Exec=… %U): a path or a file:// URI.
 * - macOS: the path arrives through the open-file event, but a path in argv works the same.
 * Development adds Electron's own arguments (the executable, ".", the main script, flags).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_EXTENSION } from '../../shared/model/envelope';

export interface ArgvContext {
  cwd: string;
  platform: NodeJS.Platform;
}

export function findProjectArg(argv: readonly string[], ctx: ArgvContext): string | null {
  const p = ctx.platform === 'win32' ? path.win32 : path.posix;
  for (let i = argv.length - 1; i >= 1; i--) {
    let arg = argv[i]!.trim();
    if (arg === '' || arg.startsWith('-')) continue;
    if (/^["'].*["']$/.test(arg)) arg = arg.slice(1, -1);
    if (arg.toLowerCase().startsWith('file://')) {
      try {
        arg = fileURLToPath(arg, { windows: ctx.platform === 'win32' });
      } catch {
        continue;
      }
    }
    if (!arg.toLowerCase().endsWith(`.${FILE_EXTENSION}`)) continue;
    return p.resolve(ctx.cwd, arg);
  }
  return null;
}
