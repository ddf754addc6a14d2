/**
 * pandoc's input for a project: the report's outline as Markdown plus its figures as PNG files in
 * one folder, so `pandoc report.md --toc -o out.docx` converts equivalent content. Used by the
 * report bench, and runnable to prepare an anchor by hand:
 *   npx tsx scripts/bench/pandocInput.ts <file.rancang> <folder> [rancangan|laporan]
 */
import { readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRasterizer, printPixels } from '../../electron/core/report/rasterize';
import { decodeProjectText } from '../../shared/model/envelope';
import type { Project } from '../../shared/model/types';
import { prepareReport } from '../../shared/report/buildReport';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/report/context';
import { pageGeometry } from '../../shared/report/docx/geometry';
import type { PictureData } from '../../shared/report/images';
import type { ReportKind } from '../../shared/report/outline';
import { ROOT } from './fixtures';
import { outlineMarkdown } from './reportMarkdown';

/** Writes `<folder>/report.md` and its pictures; returns the Markdown's path. */
export async function writePandocInput(project: Project, kind: ReportKind, folder: string): Promise<string> {
  await fsp.mkdir(folder, { recursive: true });
  const { outline } = prepareReport(project, kind, DEFAULT_EXPORT_OPTIONS);
  const raster = createRasterizer(path.join(ROOT, 'renderer/public/fonts'));
  const widthPx = printPixels((pageGeometry(project.documentSettings).textWidth / 1440) * 2.54);
  for (const f of outline.figures) await fsp.writeFile(path.join(folder, `${f.figureId}.png`), (await raster(f.chart.svg, widthPx)).png);
  // The embedded pictures (evidence photos), the same bytes the DOCX gets, one file each.
  const pictures = new Map<PictureData, string>();
  const text = outlineMarkdown(outline, {
    figure: (id) => `${id}.png`,
    picture: (p) => {
      const name = pictures.get(p) ?? `picture-${pictures.size + 1}.${p.type}`;
      pictures.set(p, name);
      return name;
    },
  });
  for (const [p, name] of pictures) await fsp.writeFile(path.join(folder, name), p.data);
  const md = path.join(folder, 'report.md');
  await fsp.writeFile(md, text);
  return md;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, folder, kind = 'rancangan'] = process.argv.slice(2);
  if (!file || !folder) throw new Error('usage: pandocInput.ts <file.rancang> <folder> [rancangan|laporan]');
  const r = decodeProjectText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  console.log(await writePandocInput(r.value.project, kind as ReportKind, folder));
}
