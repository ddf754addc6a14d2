/**
 * Headless report export: `npm run report -- <file.rancang>... [--kind rancangan|laporan|implementasi|serah-terima] [--as-of YYYY-MM-DD] [--format docx|pdf|pptx|poster] [--out <file or folder>]`.
 * implementasi and serah-terima are the documents after training (DOCX or PDF), as of today or --as-of.
 * Reads each file with the same decoder the app uses (size cap, UTF-8, migrate, validate) and writes
 * the DOCX (or, with --format pptx|poster, the seminar slides or the A3 poster as PDF and PNG) through the same exporter as the app's Export dialog. One line per file, in Indonesian;
 * the exit code is 1 when any file failed and 2 for a wrong command line.
 */
import { existsSync, statSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { readProjectFile } from '../electron/core/projectFile';
import type { ReportExporter } from '../electron/core/services';
import { createReportExporter } from '../electron/core/report/exporter';
import { EXPORT_FORMATS, FORMAT_EXTENSION, type ExportDocument, type ExportFormat } from '../shared/ipc';
import { isoDateString } from '../shared/model/fields';
import type { ReportKind } from '../shared/domain/readiness';
import { DEFAULT_EXPORT_OPTIONS } from '../shared/report/context';
import type { Project } from '../shared/model/types';
import { reportKindForPhase } from '../shared/domain/reportKind';

const ROOT = path.resolve(import.meta.dirname, '..');
const USAGE =
  'Pemakaian: npm run report -- <berkas.rancang>... [--kind rancangan|laporan|implementasi|serah-terima] [--as-of YYYY-MM-DD] [--format docx|pdf|pptx|poster] [--out <berkas.docx atau folder>]';

interface Args {
  files: string[];
  kind: ReportKind | null;
  /** implementasi / serah-terima: a document after training instead of the phase's report. */
  document: ExportDocument;
  asOf: string | null;
  out: string | null;
  format: ExportFormat;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { files: [], kind: null, document: 'report', asOf: null, out: null, format: 'docx' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--kind') {
      const k = argv[++i];
      if (k === 'implementasi' || k === 'serah-terima') args.document = k;
      else if (k === 'rancangan' || k === 'laporan') args.kind = k;
      else return `--kind harus "rancangan", "laporan", "implementasi" atau "serah-terima", bukan "${k ?? ''}".`;
    } else if (a === '--as-of') {
      const d = argv[++i];
      if (!isoDateString.safeParse(d).success) return `--as-of harus tanggal YYYY-MM-DD, bukan "${d ?? ''}".`;
      args.asOf = d!;
    } else if (a === '--format') {
      const f = argv[++i];
      if (!(EXPORT_FORMATS as readonly string[]).includes(f ?? '')) return `--format harus salah satu dari ${EXPORT_FORMATS.join(', ')}, bukan "${f ?? ''}".`;
      args.format = f as ExportFormat;
    } else if (a === '--out') {
      const o = argv[++i];
      if (!o) return '--out memerlukan nama berkas atau folder.';
      args.out = o;
    } else if (a === '--help' || a === '-h') {
      return '';
    } else if (a.startsWith('--')) {
      return `Pilihan tidak dikenal: ${a}`;
    } else {
      args.files.push(a);
    }
  }
  if (args.files.length === 0) return 'Sebutkan sedikitnya satu berkas .rancang.';
  if (args.document !== 'report' && args.format !== 'docx' && args.format !== 'pdf') return `--kind ${args.document} hanya untuk --format docx atau pdf.`;
  return args;
}

/** The document the project is at: a laporan once implementation has started (as the workspace decides). */
function kindFor(p: Project, explicit: ReportKind | null): ReportKind {
  if (explicit) return explicit;
  return reportKindForPhase(p.phase);
}

/** "sipantau-rancangan.docx", "sipantau-rancangan.pptx", "sipantau-poster-laporan.pdf". */
const isFile = (out: string, format: ExportFormat) => out.toLowerCase().endsWith(`.${FORMAT_EXTENSION[format]}`);

function targetFor(file: string, kind: string, out: string | null, many: boolean, format: ExportFormat): string {
  const name = `${path.basename(file).replace(/\.rancang$/i, '')}-${format === 'poster' ? 'poster-' : ''}${kind}.${FORMAT_EXTENSION[format]}`;
  if (!out) return path.join(path.dirname(path.resolve(file)), name);
  const isFolder = many || !isFile(out, format) || (existsSync(out) && statSync(out).isDirectory());
  return isFolder ? path.join(path.resolve(out), name) : path.resolve(out);
}

/** Fonts for the charts: shipped in the repository, or in a built app's dist/fonts. */
function fontsDir(): string {
  const candidates = [path.join(ROOT, 'renderer/public/fonts'), path.join(ROOT, 'dist/fonts')];
  return candidates.find((d) => existsSync(path.join(d, 'LiberationSans-Regular.ttf'))) ?? candidates[0]!;
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed) console.error(parsed);
    console.error(USAGE);
    return parsed ? 2 : 0;
  }
  const many = parsed.files.length > 1;
  if (parsed.out && (many || !isFile(parsed.out, parsed.format))) await fsp.mkdir(parsed.out, { recursive: true });
  // The PDF needs a Chromium to print with; started only when asked for, closed at the end.
  const printer = parsed.format === 'pdf' ? await (await import('./support/chromiumPrinter')).chromiumPrinter() : null;
  // Only the DOCX exporter is loaded up front: the slides (pptxgenjs, JSZip), the poster and the PDF printer are
  // their own chunks, read only when asked for, so the common command compiles less at start-up.
  const exporters: Record<ExportFormat, () => Promise<(deps: { fontsDir: string }) => ReportExporter>> = {
    docx: async () => createReportExporter,
    pdf: async () => {
      const { createPdfExporter } = await import('../electron/core/report/pdf');
      return () => createPdfExporter(printer!.print);
    },
    pptx: async () => (await import('../electron/core/slides/slidesExporter')).createSlidesExporter,
    poster: async () => (await import('../electron/core/poster/posterExporter')).createPosterExporter,
  };
  const exportReport = (await exporters[parsed.format]())({ fontsDir: fontsDir() });
  try {
    let failed = 0;
    for (const file of parsed.files) {
      const read = await readProjectFile(file);
      if (!read.ok) {
        failed++;
        console.error(`✗ ${file}: ${read.message}`);
        continue;
      }
      const project = read.value.decoded.project;
      const kind = kindFor(project, parsed.kind);
      const target = targetFor(file, parsed.document === 'report' ? kind : parsed.document, parsed.out, many, parsed.format);
      const options = { ...DEFAULT_EXPORT_OPTIONS, includeAbstrak: project.narrative.abstrak.trim() !== '' };
      const r = await exportReport(
        {
          project,
          kind,
          options,
          suggestedName: path.basename(target),
          format: parsed.format,
          document: parsed.document,
          ...(parsed.asOf ? { asOf: parsed.asOf } : {}),
        },
        target,
      );
      if (!r.ok) {
        failed++;
        console.error(`✗ ${file}: ${r.message}`);
        continue;
      }
      console.log(
        `✓ ${file} → ${target} (${parsed.document === 'report' ? kind : parsed.document}, ${(r.value.bytes / 1024).toFixed(0)} KB, ${r.value.millis} ms)`,
      );
      // The notices the export dialog shows: what is printed without its formatting, and why.
      if (r.value.limitedTexts)
        console.log(
          `  ! ${r.value.limitedTexts} teks panjang memuat paragraf yang bersarang terlalu dalam, terlalu panjang atau bertanda terlalu banyak; paragraf itu dicetak sebagai teks biasa (semua katanya tetap ada).`,
        );
      if (r.value.plainTexts)
        console.log(`  ! ${r.value.plainTexts} teks panjang terlalu lama untuk diformat; sebagiannya dicetak sebagai teks biasa (semua katanya tetap ada).`);
    }
    if (many) console.log(`${parsed.files.length - failed} berhasil, ${failed} gagal.`);
    return failed ? 1 : 0;
  } finally {
    await printer?.close();
  }
}

void main().then((code) => {
  process.exitCode = code;
});
