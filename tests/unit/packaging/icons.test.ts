/**
 * The icon files in build/: the sizes each target needs, accepted by electron-builder as they are
 * (converting would download a tool, which fails offline), and generated from build/icon.svg.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { convertIcon } from 'app-builder-lib/out/util/iconConverter';
import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIcons } from '../../../scripts/icons/makeIcons';
import { BASE_CONFIG, BUILD_DIR, loadBuilderConfig, ROOT } from './builder';

/** Windows: 16/24/32 for lists and the taskbar, 48 for Explorer, 256 for large views (electron-builder's minimum). */
const WINDOWS_NEEDS = [16, 24, 32, 48, 256];
/** macOS: every slot iconutil fills, as [type, pixels]; ic04/ic05 hold ARGB data, the rest PNG. */
const MAC_NEEDS: [string, number][] = [
  ['ic04', 16],
  ['ic05', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];
/** Linux hicolor theme sizes the desktop and menus ask for. */
const LINUX_NEEDS = [16, 24, 32, 48, 64, 128, 256, 512];

/** The entries of an .icns container: 'icns', total length, then (type, length, data) records. */
function icnsEntries(bytes: Buffer): Map<string, Buffer> {
  expect(bytes.toString('latin1', 0, 4)).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const entries = new Map<string, Buffer>();
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at + 4);
    entries.set(bytes.toString('latin1', at, at + 4), bytes.subarray(at + 8, at + length));
    at += length;
  }
  return entries;
}

async function expectIco(file: string) {
  const info = imageSize(await readFile(path.join(BUILD_DIR, file)));
  expect(info.type).toBe('ico');
  const sizes = (info.images ?? []).map((i) => (i.width === i.height ? i.width : -1));
  for (const size of WINDOWS_NEEDS) expect(sizes, `${file} lacks ${size}px`).toContain(size);
}

async function expectIcns(file: string) {
  const entries = icnsEntries(await readFile(path.join(BUILD_DIR, file)));
  for (const [type, px] of MAC_NEEDS) {
    const data = entries.get(type);
    expect(data, `${file} lacks ${type}`).toBeDefined();
    if (data!.toString('latin1', 0, 4) === 'ARGB') {
      // ARGB slots are fixed-size by type; a PNG would also be allowed.
      expect(['ic04', 'ic05']).toContain(type);
      continue;
    }
    const { width, height, type: kind } = imageSize(data!);
    expect([kind, width, height], `${file} ${type}`).toEqual(['png', px, px]);
  }
}

describe('icon sizes', () => {
  it('app icon for Windows (.ico) and macOS (.icns)', async () => {
    await expectIco('icon.ico');
    await expectIcns('icon.icns');
  });

  it('.rancang document icon for Windows and macOS', async () => {
    await expectIco('rancang.ico');
    await expectIcns('rancang.icns');
  });

  it('Linux icon set: every size, each file as large as its name says', async () => {
    const names = await readdir(path.join(BUILD_DIR, 'icons'));
    for (const size of LINUX_NEEDS) {
      const name = `${size}x${size}.png`;
      expect(names).toContain(name);
      const info = imageSize(await readFile(path.join(BUILD_DIR, 'icons', name)));
      expect([info.type, info.width, info.height]).toEqual(['png', size, size]);
    }
  });
});

describe('electron-builder takes the icons as they are', () => {
  let outDir = '';
  let toolDir = '';
  const savedToolDir = process.env['ELECTRON_BUILDER_ICONS_TOOLSET_DIR'];
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'rancang-icons-'));
    // If electron-builder wanted to convert, it would run its icon tool from here: an empty
    // folder, so the test fails at once instead of trying to download the tool.
    toolDir = await mkdtemp(path.join(os.tmpdir(), 'rancang-no-icon-tool-'));
    process.env['ELECTRON_BUILDER_ICONS_TOOLSET_DIR'] = toolDir;
  });
  afterAll(async () => {
    if (savedToolDir === undefined) delete process.env['ELECTRON_BUILDER_ICONS_TOOLSET_DIR'];
    else process.env['ELECTRON_BUILDER_ICONS_TOOLSET_DIR'] = savedToolDir;
    await Promise.all([outDir, toolDir].map((d) => rm(d, { recursive: true, force: true })));
  });

  it.each([
    ['ico', 'win', ['icon.ico']],
    ['icns', 'mac', ['icon.icns']],
    ['set', 'linux', LINUX_NEEDS.map((s) => `icons/${s}x${s}.png`)],
  ] as const)('%s for %s resolves to build/ without conversion', async (format, platform, expected) => {
    const config = await loadBuilderConfig(BASE_CONFIG);
    const result = await convertIcon({
      sources: [config[platform]!.icon!],
      fallbackSources: [],
      roots: [BUILD_DIR, ROOT],
      format,
      outDir: path.join(outDir, format),
    });
    expect(result.isFallback).toBe(false);
    expect(result.icons.map((i) => path.relative(BUILD_DIR, i.file).split(path.sep).join('/'))).toEqual(expected);
  });
});

describe('icons come from build/icon.svg', () => {
  let regenerated = '';
  afterAll(() => rm(regenerated, { recursive: true, force: true }));

  it('npm run icons reproduces every committed icon byte for byte', async () => {
    regenerated = await mkdtemp(path.join(os.tmpdir(), 'rancang-icons-regen-'));
    const files = await makeIcons(BUILD_DIR, regenerated);
    expect(files.length).toBeGreaterThanOrEqual(4 + LINUX_NEEDS.length);
    for (const file of files) {
      const fresh = await readFile(path.join(regenerated, file));
      const committed = await readFile(path.join(BUILD_DIR, file));
      expect(committed.equals(fresh), `${file} differs from build/icon.svg: run npm run icons`).toBe(true);
    }
  });
});
