/**
 * Renders build/icon.svg (the one source picture) into every icon file the installers need:
 * resvg rasterises each size from the vector (crisp small sizes, no downscaling blur) and
 * @shockpkg/icon-encoder packs the .ico and .icns containers.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';
import { documentIconSvg } from './documentIcon';
import { DOCUMENT_ICON, ICNS_TYPES, ICO_SIZES, LINUX_SIZES } from './targets';

export const SOURCE = 'icon.svg';

function render(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

async function ico(svg: string): Promise<Uint8Array> {
  const icon = new IconIco();
  // PNG-compressed entries for the big sizes, BMP for the small ones, as Windows expects (the library's default).
  for (const size of [...ICO_SIZES].reverse()) await icon.addFromPng(render(svg, size), null);
  return icon.encode();
}

async function icns(svg: string): Promise<Uint8Array> {
  const icon = new IconIcns();
  icon.toc = true;
  for (const [type, size] of ICNS_TYPES) await icon.addFromPng(render(svg, size), [type]);
  return icon.encode();
}

/** Writes every generated file into buildDir and returns their paths relative to it. */
export async function makeIcons(buildDir: string, outDir = buildDir): Promise<string[]> {
  const app = await readFile(path.join(buildDir, SOURCE), 'utf8');
  const doc = documentIconSvg(app);
  const files: [string, Uint8Array][] = [
    ['icon.ico', await ico(app)],
    ['icon.icns', await icns(app)],
    [`${DOCUMENT_ICON}.ico`, await ico(doc)],
    [`${DOCUMENT_ICON}.icns`, await icns(doc)],
    ...LINUX_SIZES.map((s): [string, Uint8Array] => [`icons/${s}x${s}.png`, render(app, s)]),
  ];
  await mkdir(path.join(outDir, 'icons'), { recursive: true });
  for (const [name, bytes] of files) await writeFile(path.join(outDir, name), bytes);
  return files.map(([name]) => name);
}
