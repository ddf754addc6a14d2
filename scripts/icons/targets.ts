/**
 * The icon files each installer target reads from build/, and the pixel sizes inside them.
 * electron-builder 26 uses these files as they are; when one is missing it converts from another
 * source with a tool it downloads first, which fails offline, so every format is generated here.
 */

/** Windows .ico (app, installer, uninstaller, .rancang files): 256 is the minimum electron-builder accepts. */
export const ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256] as const;

/** macOS .icns image types, in the order iconutil writes them, with their pixel size. */
export const ICNS_TYPES = [
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic04', 16],
  ['ic14', 512],
  ['ic09', 512],
  ['ic05', 32],
  ['ic10', 1024],
  ['ic11', 32],
] as const;

/** Linux (AppImage, deb): build/icons/<n>x<n>.png, installed into the hicolor theme. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;

/** The document type's files, named after the extension (electron-builder's default lookup). */
export const DOCUMENT_ICON = 'rancang';
