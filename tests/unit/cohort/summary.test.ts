/**
 * The cohort summary of a generated class folder, checked against figures the test computes
 * itself from the same projects; broken, hostile, foreign, duplicate and newer-version files are
 * listed with their reason and never stop the rest; the XLSX reads back with real number and date
 * cells; the CSV survives commas, quotes, line breaks and formula injection.
 */
import * as fsp from 'node:fs/promises';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { innovationCatalogue } from '../../../electron/core/cohort/catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohortWorkbook, summariseCohort, type CohortMember, type CohortSummary } from '../../../electron/core/cohort';
import { COHORT_COLUMNS } from '../../../shared/cohort/columns';
import { csvCell, toCsv } from '../../../shared/cohort/csv';
import { innovationProfile } from '../../../shared/cohort/profile';
import { summariseProject } from '../../../shared/cohort/summary';
import { readinessFindings } from '../../../shared/domain/readiness';
import { generateProject } from '../../generator/project';
import { makeCohortFolder, type CohortFixture } from './cohortFolder';

const TODAY = '2022-06-01';
let fx: CohortFixture;
let summary: CohortSummary;
const members = () => summary.entries.filter((e): e is CohortMember => e.ok);
const member = (rel: string) => members().find((m) => m.file === rel)!;

beforeAll(async () => {
  fx = await makeCohortFolder();
  summary = await summariseCohort(fx.root, { today: TODAY });
}, 120_000);

afterAll(async () => {
  await fsp.rm(fx.root, { recursive: true, force: true });
});

describe('cohort summary of a class folder', () => {
  it('summarises every project once, whatever else the folder holds', () => {
    const files = members()
      .map((m) => m.file)
      .sort();
    expect(files).toEqual([...fx.projects.keys(), fx.duplicate, fx.future].sort());
    expect(summary.scan.truncated).toBe(false);
    // The symlink back to the root is not followed twice, and 10,000 photos are passed over by name.
    expect(summary.scan.entriesSeen).toBeGreaterThan(fx.nonProjectFiles);
  });

  it('lists every broken or foreign file with an Indonesian reason', () => {
    const failures = summary.entries.filter((e) => !e.ok);
    expect(failures.map((f) => f.file).sort()).toEqual([...fx.broken].sort());
    for (const f of failures) {
      if (f.ok) continue;
      expect(f.message).toMatch(/Berkas|berkas/);
      expect(f.message).not.toMatch(/undefined|TypeError|stack/);
    }
    const big = failures.find((f) => f.file.endsWith('besar.rancang'));
    expect(big && !big.ok && big.code).toBe('TOO_LARGE');
  });

  it('flags the copy of a project as a duplicate of the first, and a newer-version file as such', () => {
    expect(member(fx.duplicate).duplicateOf).toBe(fx.duplicateOf);
    expect(member(fx.duplicateOf).duplicateOf).toBeNull();
    expect(member(fx.future).future).toBe(true);
    expect(member(fx.duplicateOf).future).toBe(false);
  });

  it('gives each project the figures the test computes from the same data', () => {
    for (const [rel, p] of fx.projects) {
      const row = member(rel).row;
      expect(row.participant).toBe(p.people.participant.name);
      expect(row.programme).toBe(p.programme.code);
      expect(row.milestones).toBe(p.milestones.length);
      expect(row.milestonesDone).toBe(p.milestones.filter((m) => m.status === 'DONE').length);
      expect(row.milestonesLate).toBe(p.milestones.filter((m) => m.end !== null && m.end < TODAY && !['DONE', 'CANCELLED'].includes(m.status)).length);
      expect(row.evidence).toBe(p.attachments.filter((a) => a.milestoneId !== null).length);
      expect(row.budgetTotal).toBe(p.budgetLines.reduce((s, l) => s + Math.round(l.volume * l.unitCost), 0));
      expect(row.fundingSources).toEqual([...new Set(p.budgetLines.map((l) => l.source))].filter((s) => s !== null).sort(bySourceOrder));
      expect(row.stakeholders).toBe(p.stakeholders.length);
      expect(row.mustFixRancangan).toBe(readinessFindings(p, 'rancangan').filter((f) => f.severity === 'error').length);
      expect(row.seminarLaporan).toBe(p.seminars.LAPORAN.outcome);
      expect(row.revisionNotesOpen).toBe([...p.seminars.RANCANGAN.revisionNotes, ...p.seminars.LAPORAN.revisionNotes].filter((n) => !n.resolved).length);
    }
  });

  it('counts movement only for implemented projects (the others have no "after" map yet)', () => {
    const implemented = [...fx.projects].filter(([, p]) => p.phase === 'SEMINAR_LAPORAN');
    const drafts = [...fx.projects].filter(([, p]) => p.phase !== 'SEMINAR_LAPORAN');
    expect(implemented.length).toBe(20);
    for (const [rel] of drafts) expect(member(rel).row.stakeholdersMoved).toBe(0);
    expect(implemented.some(([rel]) => member(rel).row.stakeholdersMoved > 0)).toBe(true);
  });
});

describe('innovation profiles and catalogue', () => {
  it('gives the stage from the phase, the start from the first milestone, and the core issue as the problem', () => {
    for (const [rel, p] of fx.projects) {
      const profile = member(rel).profile;
      expect(profile.stage).toBe(p.phase === 'SEMINAR_LAPORAN' ? 'Uji coba' : 'Inisiatif');
      const actual = p.milestones
        .map((m) => m.actualStart)
        .filter((d) => d !== null)
        .sort()[0];
      const planned = p.milestones
        .map((m) => m.start)
        .filter((d) => d !== null)
        .sort()[0];
      expect(profile.startDate).toBe(actual ?? planned ?? null);
      // The generator's tie is decided for the second issue, so it is the core issue.
      expect(profile.problem).toBe(p.issueAnalysis.issues[1]!.statement);
      expect(profile.initiator).toBe(p.people.participant.name);
    }
  });

  it('writes one catalogue page per innovation, with its contact', async () => {
    const profiles = members()
      .filter((m) => m.duplicateOf === null)
      .map((m) => m.profile)
      .slice(0, 5);
    profiles[0] = { ...profiles[0]!, name: 'Inovasi <b>&amp; "uji"</b>\u0007' };
    const bytes = await innovationCatalogue('Angkatan II', profiles);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('KATALOG INOVASI');
    expect(value).toContain('Inovasi <b>&amp; "uji"</b>');
    for (const p of profiles) {
      expect(value).toContain(p.initiator);
      expect(value).toContain(p.problem);
    }
    expect(value.match(/Kontak/g)).toHaveLength(5);
  });
});

describe('cohort exports', () => {
  it('writes an XLSX with number, rupiah and date cells that add up', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await cohortWorkbook(summary.entries)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Peserta')!;
    expect(sheet.rowCount).toBe(members().length + 1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const budgetCol = header.indexOf('Anggaran (Rp)') + 1;
    const nipCol = header.indexOf('NIP') + 1;
    let sum = 0;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const v = sheet.getRow(r).getCell(budgetCol).value;
      expect(typeof v).toBe('number');
      sum += v as number;
      expect(typeof sheet.getRow(r).getCell(nipCol).value).toBe('string');
    }
    expect(sum).toBe(members().reduce((s, m) => s + m.row.budgetTotal, 0));
    const ms = book.getWorksheet('Milestone')!;
    expect(ms.rowCount - 1).toBe(members().reduce((s, m) => s + m.milestones.length, 0));
    const startCol = (ms.getRow(1).values as unknown[]).slice(1).indexOf('Mulai') + 1;
    expect(ms.getRow(2).getCell(startCol).value).toBeInstanceOf(Date);
    const profiles = book.getWorksheet('Profil inovasi')!;
    // The copy of a project is the same innovation: one profile per distinct project.
    expect(profiles.rowCount - 1).toBe(members().filter((m) => m.duplicateOf === null).length);
    const bad = book.getWorksheet('Berkas bermasalah')!;
    expect(bad.rowCount - 1).toBe(fx.broken.length);
  });

  it('keeps a hostile title as text in the XLSX, never a formula', async () => {
    const p = generateProject({ seed: 77, scale: 0.3 });
    p.title = '=HYPERLINK("http://contoh.invalid","klik")';
    const row = summariseProject(p, TODAY);
    const entry = { ok: true as const, file: 'x.rancang', row, milestones: [], profile: innovationProfile(p), future: false, duplicateOf: null, hash: 'h' };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await cohortWorkbook([entry])) as unknown as ArrayBuffer);
    const cell = book
      .getWorksheet('Peserta')!
      .getRow(2)
      .getCell(COHORT_COLUMNS.findIndex((c) => c.key === 'title') + 1);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(p.title);
  });

  it('quotes commas, quotes and line breaks in CSV and neutralises formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('kata "kunci"')).toBe('"kata ""kunci"""');
    expect(csvCell('baris\nbaru')).toBe('"baris\nbaru"');
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+62 812')).toBe(`"'+62 812"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    const csv = toCsv(
      COHORT_COLUMNS,
      members().map((m) => m.row),
    );
    expect(csv.startsWith('\uFEFFNama peserta,NIP,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(members().length + 1);
    // NIPs are grouped as on paper, so Excel cannot turn them into 1,98E+17.
    expect(csv).toMatch(/,\d{8} \d{6} \d \d{3},/);
  });
});

const ORDER = ['APBD', 'APBN', 'SWADAYA', 'IN_KIND', 'CSR', 'HIBAH', 'KERJA_SAMA', 'TANPA_ANGGARAN'];
function bySourceOrder(a: string, b: string): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
