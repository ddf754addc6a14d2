import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../../shared/model/migrations';
import { createProject, decodeProjectText, encodeProject, FILE_FORMAT } from '../../../shared/model/envelope';
import { PARSE_ONCE, ProjectSchema } from '../../../shared/model/schema';
import { LIMITS } from '../../../shared/model/limits';
import { FORMAT1, SAMPLE } from '../helpers';
import { noticeText } from '../../../shared/i18n/notices';

const meta = { appVersion: '1.0.0', installId: 'install-a', savedAt: '2026-01-01T00:00:00.000Z' };
const envelopeOf = (project: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    app: { name: 'x', version: '1' },
    savedAt: '',
    origin: { installId: 'i' },
    project,
    ...extra,
  });

describe('the file envelope', () => {
  it('round-trips a project unchanged', () => {
    const p = createProject({ programmeCode: 'PKA', title: 'Judul & <Uji> "kutip"', now: '2026-01-01T00:00:00.000Z' });
    p.people.participant.name = 'Rahmawati Siregar, S.T., M.Si.';
    p.issueAnalysis.issues.push(ProjectSchema.shape.issueAnalysis.parse({ issues: [{ id: 'i1', statement: 'Isu', usg: { U: 5, S: 4, G: 3 } }] }).issues[0]!);
    const text = encodeProject(p, meta);
    const back = decodeProjectText(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.project).toEqual(p);
    expect(back.value.installId).toBe('install-a');
    expect(back.value.fileVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(back.value.future).toBe(false);
    expect(JSON.parse(text)).toMatchObject({ format: 'rancang-perubahan', schemaVersion: CURRENT_SCHEMA_VERSION, app: { version: '1.0.0' } });
  });

  it('the shipped SIPANTAU sample is a current-format file', () => {
    const r = decodeProjectText(readFileSync(SAMPLE, 'utf8'));
    expect(r.ok && r.value.fileVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(r.ok && r.value.notices).toEqual([]);
  });

  it("parses a file without zod's compiled fast path (PARSE_ONCE) into the project the compiled path gives, issues too", () => {
    const envelope = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { project: Record<string, unknown> };
    const plain = ProjectSchema.safeParse(envelope.project, { ...PARSE_ONCE, reportInput: true });
    const compiled = ProjectSchema.safeParse(envelope.project, { reportInput: true });
    expect(plain.success).toBe(true);
    expect(JSON.stringify(plain)).toBe(JSON.stringify(compiled));
    const broken = { ...envelope.project, title: 7, milestones: [{ id: 'm1', evidence: 'x' }] };
    const plainIssues = ProjectSchema.safeParse(broken, { ...PARSE_ONCE, reportInput: true });
    expect(plainIssues.success).toBe(false);
    expect(plainIssues.error?.issues).toEqual(ProjectSchema.safeParse(broken, { reportInput: true }).error?.issues);
  });

  it('drops unknown keys at every level', () => {
    const r = decodeProjectText(
      envelopeOf({ title: 'T', hacker: 1, programme: { code: 'PKP', extra: true }, people: { participant: { name: 'A', evil: 'x' } } }, { junk: 1 }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.project).not.toHaveProperty('hacker');
    expect(r.value.project.programme).not.toHaveProperty('extra');
    expect(r.value.project.people.participant).not.toHaveProperty('evil');
  });

  it('never lets __proto__ or constructor keys reach an object', () => {
    const hostile = `{"format":"rancang-perubahan","schemaVersion":2,"project":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"title":"T","people":{"__proto__":{"isAdmin":true},"participant":{"name":"A","__proto__":{"x":1}}},"milestones":[{"id":"m1","__proto__":{"polluted":true}}]}}`;
    const r = decodeProjectText(hostile);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.value.project as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(p, '__proto__')).toBe(false);
    expect((p as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect((r.value.project.people as unknown as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(r.value.project.milestones[0])).toBe(Object.prototype);
    expect((r.value.project.milestones[0] as unknown as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('fills missing fields with defaults', () => {
    const r = decodeProjectText(envelopeOf({}));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.project.documentSettings.marginsCm).toEqual({ top: 4, left: 4, bottom: 3, right: 3 });
    expect(r.value.project.stakeholderSettings.threshold).toBe(3);
    expect(r.value.project.milestones).toEqual([]);
  });

  it('gives duplicate ids new ones and keeps every item', () => {
    const r = decodeProjectText(
      envelopeOf({
        milestones: [
          { id: 'm1', title: 'A' },
          { id: 'm1', title: 'B' },
          { id: 'm1', title: 'C' },
        ],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ms = r.value.project.milestones;
    expect(ms.map((m) => m.title)).toEqual(['A', 'B', 'C']);
    expect(new Set(ms.map((m) => m.id)).size).toBe(3);
    expect(ms[0]!.id).toBe('m1');
    expect(r.value.notices).toEqual([{ code: 'IDS_REPAIRED', params: { count: 2 } }]);
    expect(noticeText(r.value.notices[0]!)).toMatch(/2 id ganda/);
    expect(noticeText(r.value.notices[0]!, 'en')).toMatch(/2 duplicate ids/);
  });
});

describe('bad files get a clear Indonesian message', () => {
  const cases: [string, string, string][] = [
    ['empty', '', 'EMPTY_FILE'],
    ['whitespace only', '  \n\t ', 'EMPTY_FILE'],
    ['NUL bytes after a crash', '\u0000\u0000\u0000\u0000', 'NUL_BYTES'],
    ['NUL inside JSON', '{"format":"rancang-perubahan",\u0000}', 'NUL_BYTES'],
    ['not JSON at all', 'Ini bukan JSON', 'NOT_JSON'],
    ['truncated', envelopeOf({ title: 'Judul panjang' }).slice(0, 60), 'TRUNCATED'],
    ['a JSON array', '[1,2,3]', 'NOT_RANCANG'],
    ['a JSON string', '"halo"', 'NOT_RANCANG'],
    ["another app's JSON", JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }), 'NOT_RANCANG'],
    ['package.json', JSON.stringify({ name: 'x', version: '1.0.0', dependencies: {} }), 'NOT_RANCANG'],
    ['wrong types', envelopeOf({ title: 42, milestones: 'banyak' }), 'INVALID_PROJECT'],
    ['USG score out of range', envelopeOf({ issueAnalysis: { issues: [{ id: 'i1', usg: { U: 7 } }] } }), 'INVALID_PROJECT'],
    ['power below 1', envelopeOf({ stakeholders: [{ id: 's1', before: { power: 0 } }] }), 'INVALID_PROJECT'],
    ['negative price', envelopeOf({ budgetLines: [{ id: 'b1', unitCost: -5 }] }), 'INVALID_PROJECT'],
    ['impossible date', envelopeOf({ calendar: { seminarRancangan: '2022-02-30' } }), 'INVALID_PROJECT'],
    ['bad id', envelopeOf({ milestones: [{ id: '../../etc/passwd' }] }), 'INVALID_PROJECT'],
    ['text over the limit', envelopeOf({ title: 'x'.repeat(LIMITS.title + 1) }), 'INVALID_PROJECT'],
    [
      'too many items',
      envelopeOf({ issues: [], issueAnalysis: { issues: Array.from({ length: LIMITS.issues + 1 }, (_, i) => ({ id: `i${i}` })) } }),
      'INVALID_PROJECT',
    ],
    ['broken header', JSON.stringify({ format: 'rancang-perubahan', schemaVersion: 'dua', project: {} }), 'INVALID_PROJECT'],
    ['future version that no longer fits', envelopeOf({ title: { lang: 'id', text: 'T' } }, { schemaVersion: 99 }), 'FUTURE_VERSION_UNREADABLE'],
  ];
  it.each(cases)('%s', (_name, text, code) => {
    const r = decodeProjectText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message.length).toBeGreaterThan(20);
    // Indonesian, not a raw exception.
    expect(r.message).toMatch(/berkas|isi|Berkas|Isi/);
  });

  it('names the field and the value in a validation message', () => {
    const r = decodeProjectText(envelopeOf({ issueAnalysis: { issues: [{ id: 'a' }, { id: 'b', usg: { S: 9 } }] } }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('Analisis isu › Isu ke-2 › USG › S');
    expect(r.message).toContain('tertulis 9');
  });

  it('accepts a file that starts with a byte-order mark and says so', () => {
    const r = decodeProjectText(`\uFEFF${envelopeOf({ title: 'T' })}`);
    expect(r.ok).toBe(true);
    expect(r.ok && noticeText(r.value.notices[0]!)).toMatch(/BOM/);
  });

  it('opens a newer format that still fits, flagged as future (read-only)', () => {
    const r = decodeProjectText(envelopeOf({ title: 'Dari masa depan', newThing: { x: 1 } }, { schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.future).toBe(true);
    expect(r.value.fileVersion).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(r.value.project.title).toBe('Dari masa depan');
  });
});

describe('migrations', () => {
  it('has a step for every older format', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `step ${v}`).toBeTypeOf('function');
  });

  it('reads the format-1 SIPANTAU file (docs/domain.md §9.9) with every part carried over', () => {
    const r = decodeProjectText(readFileSync(FORMAT1, 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.value.project;
    expect(r.value.fileVersion).toBe(1);
    expect(noticeText(r.value.notices[0]!)).toMatch(/format 1 diperbarui ke format 3/);
    expect(p.milestones.map((m) => m.code)).toEqual([
      'MP-01',
      'MP-02',
      'MP-03',
      'MP-04',
      'MP-05',
      'MP-06',
      'MP-07',
      'MM-01',
      'MM-02',
      'MM-03',
      'MJ-01',
      'MJ-02',
    ]);
    expect(p.programme).toMatchObject({ code: 'PKP', angkatan: 'II', year: 2022, city: 'Jambi' });
    expect(p.calendar).toMatchObject({
      seminarRancangan: '2022-03-14',
      offCampusStart: '2022-03-15',
      offCampusEnd: '2022-05-13',
      seminarLaporan: '2022-05-24',
    });
    expect(p.people.participant).toMatchObject({ name: 'Rahmawati Siregar, S.T., M.Si.', nip: '198503122010012014', participantNo: '17', golongan: 'III/d' });
    expect(p.issueAnalysis.issues).toHaveLength(5);
    expect(p.issueAnalysis.issues[0]!.apklScores).toEqual({ A: 5, P: 5, K: 5, L: 5 });
    expect(p.issueAnalysis.issues[4]!.usg).toEqual({ U: null, S: null, G: null });
    expect(p.rootCauses.causes.map((c) => c.category)).toEqual(['MAN', 'METHOD', 'MACHINE', 'MATERIAL', 'MONEY', 'ENVIRONMENT']);
    expect(p.milestones).toHaveLength(12);
    expect(p.milestones[0]!.evidence).toEqual(['Notulen', 'foto', 'lembar persetujuan']);
    expect(p.milestones[4]!.budgetLineIds).toEqual(['BL-04', 'BL-05']);
    expect(p.stakeholders).toHaveLength(12);
    expect(p.stakeholders[2]!.before).toMatchObject({ power: 4, interest: 2 });
    expect(p.team.find((t) => t.id === 'T-M')!.personRole).toBe('mentor');
    expect(p.team.find((t) => t.id === 'T-01')!.person.name).toBe('Dedi Kurniawan, S.E.');
    expect(p.budgetLines.map((b) => b.source)).toEqual(['APBD', 'APBD', 'APBD', 'SWADAYA', 'IN_KIND', 'APBD', 'SWADAYA']);
    expect(p.criticalSuccessFactors).toHaveLength(5);
    expect(p.seminars.RANCANGAN).toMatchObject({ date: '2022-03-14', outcome: 'DISETUJUI_DENGAN_PERBAIKAN' });
    expect(p.seminars.RANCANGAN.revisionNotes).toHaveLength(2);
    expect(p.documentSettings.marginsCm).toEqual({ top: 4, left: 4, bottom: 3, right: 3 });
    // Derived values of format 1 (usgTotal, quadrant, totals) are not stored any more.
    expect(JSON.stringify(p)).not.toContain('usgRankRoman');
    expect(JSON.stringify(p)).not.toContain('"quadrant"');
  });
});
