/**
 * Headless cohort summary for coaches and organisers:
 *   npm run cohort -- <folder> [--out rekap.xlsx] [--csv rekap.csv] [--catalogue katalog.docx|.pdf] [--reports <folder>] [--kind rancangan|laporan]
 * Reads every .rancang file under the folder with the same reader as the app, writes the table as
 * XLSX (and CSV), and with --reports exports every participant's report into one folder. One line
 * per problem file, in Indonesian; exit 1 when any file or report failed, 2 for a wrong command line.
 */
import { existsSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cohortWorkbook, localToday, summariseCohort, type CohortMember } from '../electron/core/cohort';
import { writeFileDurably } from '../electron/core/durableWrite';
import { readProjectFile } from '../electron/core/projectFile';
import { createReportExporter } from '../electron/core/report/exporter';
import { innovationCatalogue } from '../electron/core/cohort/catalogue';
import { catalogueHtml } from '../shared/cohort/catalogueHtml';
import { chromiumPrinter } from './support/chromiumPrinter';
import { COHORT_COLUMNS, PROFILE_COLUMNS } from '../shared/cohort/columns';
import { toCsv } from '../shared/cohort/csv';
import { DEFAULT_EXPORT_OPTIONS } from '../shared/report/context';
import { reportKindForPhase } from '../shared/domain/reportKind';
import type { ReportKind } from '../shared/domain/readiness';

const USAGE =
  'Pemakaian: npm run cohort -- <folder> [--out rekap.xlsx] [--csv rekap.csv] [--profiles profil.csv] [--catalogue katalog.docx|katalog.pdf] [--reports <folder>] [--kind rancangan|laporan]';
const ROOT = path.resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  let values: { out?: string; csv?: string; profiles?: string; catalogue?: string; reports?: string; kind?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        csv: { type: 'string' },
        profiles: { type: 'string' },
        catalogue: { type: 'string' },
        reports: { type: 'string' },
        kind: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    console.error(`Pilihan tidak dikenal atau tidak lengkap (${(e as Error).message.split('.')[0]}).`);
    console.error(USAGE);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error('Sebutkan tepat satu folder kelas.');
    console.error(USAGE);
    return 2;
  }
  if (values.kind !== undefined && values.kind !== 'rancangan' && values.kind !== 'laporan') {
    console.error(`--kind harus "rancangan" atau "laporan", bukan "${values.kind}".`);
    return 2;
  }
  const folder = path.resolve(positionals[0]!);
  if (!existsSync(folder)) {
    console.error(`Folder tidak ditemukan: ${folder}`);
    return 2;
  }
  const started = performance.now();
  const summary = await summariseCohort(folder, { today: localToday() });
  const members = summary.entries.filter((e): e is CohortMember => e.ok);
  const failures = summary.entries.filter((e) => !e.ok);
  for (const f of failures) if (!f.ok) console.error(`✗ ${f.file}: ${f.message}`);
  for (const m of members) if (m.duplicateOf) console.error(`! ${m.file}: proyek yang sama dengan ${m.duplicateOf}`);
  if (summary.scan.truncated) console.error('! Folder terlalu besar atau terlalu dalam: sebagian berkas tidak dibaca.');
  const out = values.out ?? path.join(folder, 'rekap-kelas.xlsx');
  await writeFileDurably(out, await cohortWorkbook(summary.entries));
  if (values.csv)
    await writeFileDurably(
      values.csv,
      new TextEncoder().encode(
        toCsv(
          COHORT_COLUMNS,
          members.map((m) => m.row),
        ),
      ),
    );
  const unique = members.filter((m) => m.duplicateOf === null);
  if (values.profiles)
    await writeFileDurably(
      values.profiles,
      new TextEncoder().encode(
        toCsv(
          PROFILE_COLUMNS,
          unique.map((m) => m.profile),
        ),
      ),
    );
  if (values.catalogue) {
    const profiles = unique.map((m) => m.profile);
    // A .pdf catalogue is printed by Chromium, like the report's PDF; anything else is the DOCX.
    if (/\.pdf$/i.test(values.catalogue)) {
      const printer = await chromiumPrinter();
      try {
        await writeFileDurably(values.catalogue, await printer.print(catalogueHtml(path.basename(folder), profiles)));
      } finally {
        await printer.close();
      }
    } else await writeFileDurably(values.catalogue, await innovationCatalogue(path.basename(folder), profiles));
  }
  console.log(`${members.length} proyek dirangkum, ${failures.length} berkas bermasalah → ${out} (${Math.round(performance.now() - started)} ms)`);

  let reportFailures = 0;
  if (values.reports) {
    const dir = path.resolve(values.reports);
    await fsp.mkdir(dir, { recursive: true });
    const exportReport = createReportExporter({ fontsDir: path.join(ROOT, 'renderer/public/fonts') });
    for (const m of members) {
      if (m.duplicateOf) continue;
      const read = await readProjectFile(path.join(folder, m.file));
      if (!read.ok) {
        reportFailures++;
        console.error(`✗ ${m.file}: ${read.message}`);
        continue;
      }
      const project = read.value.decoded.project;
      const kind: ReportKind = values.kind ?? reportKindForPhase(project.phase);
      const target = path.join(dir, `${m.file.replace(/\//g, '_').replace(/\.rancang$/i, '')}-${kind}.docx`);
      const r = await exportReport({ project, kind, options: DEFAULT_EXPORT_OPTIONS, suggestedName: path.basename(target) }, target);
      if (!r.ok) {
        reportFailures++;
        console.error(`✗ ${m.file}: ${r.message}`);
      }
    }
    console.log(`Laporan: ${members.filter((m) => !m.duplicateOf).length - reportFailures} berhasil, ${reportFailures} gagal → ${dir}`);
  }
  return failures.length || reportFailures ? 1 : 0;
}

// No top-level await: the command is bundled as CommonJS (vite.cli.config.ts).
void main().then((code) => {
  process.exitCode = code;
});
