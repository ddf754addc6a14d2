/**
 * Format 1 → 2. Format 1 is the prototype shape written down in docs/domain.md §9.9 (and
 * ../shared/examples/sipantau.json): a bare object with derived values stored beside the data
 * (USG totals, ranks, quadrants, budget totals) and people referenced by "P-01" ids.
 * Format 2 wraps the project in an envelope and keeps only source data; this step maps every
 * field it knows and leaves the rest to the schema, which drops unknown keys.
 */
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Recognises a format-1 file: it has no envelope, but says schemaVersion 1 and has the project's parts. */
export function looksLikeFormat1(data: unknown): data is Obj {
  return isObj(data) && data['schemaVersion'] === 1 && isObj(data['programme']) && 'title' in data;
}

const CAUSE_CODES: Record<string, string> = {
  man: 'MAN',
  method: 'METHOD',
  machine: 'MACHINE',
  material: 'MATERIAL',
  money: 'MONEY',
  environment: 'ENVIRONMENT',
  policy: 'POLICY',
  procedure: 'PROCEDURE',
  people: 'PEOPLE',
  plant: 'PLANT',
  place: 'PLANT',
};

/** Free-text funding source ("APBD - DPA DPMPTSP TA 2022") → the enumerated source plus its detail. */
function fundingSource(text: string): string | null {
  const t = text.toLowerCase();
  if (t.startsWith('apbd')) return 'APBD';
  if (t.startsWith('apbn')) return 'APBN';
  if (t.startsWith('swadaya')) return 'SWADAYA';
  if (t.startsWith('in-kind') || t.startsWith('in kind')) return 'IN_KIND';
  if (t.startsWith('csr')) return 'CSR';
  if (t.startsWith('hibah')) return 'HIBAH';
  if (t.includes('kerja sama') || t.includes('kerjasama')) return 'KERJA_SAMA';
  if (t.includes('tanpa')) return 'TANPA_ANGGARAN';
  return null;
}

const SEMINAR_OUTCOME: Record<string, string> = {
  disetujui: 'DISETUJUI',
  'disetujui dengan perbaikan': 'DISETUJUI_DENGAN_PERBAIKAN',
  ditunda: 'DITUNDA',
  'tidak disetujui': 'TIDAK_DISETUJUI',
};

function person(p: unknown): Obj {
  const o = obj(p);
  return {
    name: o['name'],
    nip: o['nip'],
    pangkat: o['pangkat'],
    golongan: o['golongan'],
    jabatan: o['jabatan'],
    unitKerja: o['unitKerja'],
    instansi: o['instansi'],
    participantNo: o['ndh'] ?? o['participantNo'],
  };
}

/** Split "Notulen, foto, lembar persetujuan" into evidence items. */
function splitList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return str(v)
    .split(/[,;]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

let counter = 0;
const genId = (prefix: string) => `${prefix}-${(++counter).toString(36)}`;

export function migrate1to2(old: Obj): Obj {
  counter = 0;
  const programme = obj(old['programme']);
  const schedule = obj(programme['schedule']);
  const people = obj(old['people']);
  const personRoleById = new Map<string, string>();
  for (const role of ['participant', 'mentor', 'coach', 'examiner', 'sponsor']) {
    const pid = obj(people[role])['id'];
    if (typeof pid === 'string') personRoleById.set(pid, role);
  }
  const ia = obj(old['issueAnalysis']);
  const budget = obj(old['budget']);
  const seminars = arr(old['seminars']).map(obj);
  const seminar = (type: string): Obj => {
    const s = seminars.find((x) => x['type'] === type) ?? {};
    const result = str(s['result']);
    return {
      date: s['date'] ?? null,
      outcome: SEMINAR_OUTCOME[result.trim().toLowerCase()] ?? 'BELUM',
      notes: result,
      revisionNotes: splitList(s['revisionNotes']).map((text) => ({ id: genId('rev'), text, resolved: false })),
    };
  };

  const project: Obj = {
    id: genId('prj'),
    phase: 'DRAFTING',
    title: old['title'],
    programme: {
      code: programme['code'],
      regulation: programme['regulation'],
      angkatan: programme['angkatan'],
      year: programme['year'],
      organiser: programme['organiser'],
      city: programme['city'],
      productLabelOverride: '',
      participantsInCohort: orNull(schedule['participantsInCohort'] as number | undefined),
    },
    calendar: {
      opening: schedule['opening'] ?? null,
      seminarRancangan: schedule['seminarRancangan'] ?? null,
      offCampusStart: schedule['offCampusStart'] ?? null,
      offCampusEnd: schedule['offCampusEnd'] ?? null,
      finalOnCampusStart: schedule['finalOnCampusStart'] ?? null,
      seminarLaporan: schedule['seminarLaporan'] ?? null,
      closing: schedule['closing'] ?? null,
    },
    people: Object.fromEntries(['participant', 'mentor', 'coach', 'examiner', 'sponsor'].map((r) => [r, person(people[r])])),
    issueAnalysis: {
      apklMode: ia['apklMode'],
      apklMinPerCriterion: ia['apklMinPerCriterion'],
      issues: arr(ia['issues'])
        .map(obj)
        .map((i) => {
          const apkl = obj(i['apkl']);
          const booleans = Object.values(apkl).some((v) => typeof v === 'boolean');
          const usg = obj(i['usg']);
          return {
            id: i['id'],
            statement: i['statement'],
            source: i['source'],
            apklScores: booleans ? {} : { A: apkl['A'] ?? null, P: apkl['P'] ?? null, K: apkl['K'] ?? null, L: apkl['L'] ?? null },
            apklChecks: booleans
              ? Object.fromEntries(['A', 'P', 'K', 'L'].map((k) => [k, { ok: typeof apkl[k] === 'boolean' ? apkl[k] : null, reason: '' }]))
              : {},
            usg: { U: usg['U'] ?? null, S: usg['S'] ?? null, G: usg['G'] ?? null },
          };
        }),
    },
    rootCauses: {
      categorySet: '6M',
      causes: arr(old['rootCauses'])
        .map(obj)
        .map((c) => ({
          id: genId('rc'),
          category: CAUSE_CODES[str(c['category']).toLowerCase()] ?? 'METHOD',
          text: c['cause'],
        })),
    },
    gap: arr(old['gap'])
      .map(obj)
      .map((g) => ({ id: genId('gap'), aspect: g['aspect'], current: g['current'], expected: g['expected'] })),
    breakthrough: (() => {
      const b = obj(old['breakthrough']);
      return { name: b['name'] ?? old['acronym'], kinds: b['kind'], description: b['description'] };
    })(),
    goals: Object.fromEntries(['PENDEK', 'MENENGAH', 'PANJANG'].map((h) => [h, { statement: str(obj(old['goals'])[h]) }])),
    milestones: arr(old['milestones'])
      .map(obj)
      .map((m) => ({
        id: m['id'],
        horizon: m['horizon'],
        title: m['title'],
        start: m['start'] ?? null,
        end: m['end'] ?? null,
        output: m['output'],
        indicator: m['indicator'],
        evidence: splitList(m['evidence']),
        picTeamId: m['picId'] ?? null,
        budgetLineIds: m['budgetLineIds'],
        status: m['status'],
      })),
    stakeholders: arr(old['stakeholders'])
      .map(obj)
      .map((s) => ({
        id: s['id'],
        name: s['name'],
        category: s['category'],
        role: s['role'],
        strategy: s['strategy'],
        before: { power: obj(s['before'])['power'] ?? null, interest: obj(s['before'])['interest'] ?? null },
        after: { power: obj(s['after'])['power'] ?? null, interest: obj(s['after'])['interest'] ?? null },
      })),
    team: arr(old['team'])
      .map(obj)
      .map((t) => {
        const personRole = personRoleById.get(str(t['personId'])) ?? null;
        return {
          id: t['id'],
          role: t['role'],
          personRole,
          person: personRole ? {} : { name: t['name'], nip: t['nip'], jabatan: t['jabatan'] },
          memberRole: t['memberRole'],
          tasks: t['tasks'],
        };
      }),
    risks: arr(old['risks'])
      .map(obj)
      .map((r) => ({
        id: r['id'],
        type: r['type'],
        description: r['description'],
        likelihood: r['likelihood'] ?? null,
        impact: r['impact'] ?? null,
        mitigation: r['mitigation'],
      })),
    budgetLines: arr(budget['lines'])
      .map(obj)
      .map((b) => ({
        id: b['id'],
        item: b['item'],
        volume: b['volume'],
        unit: b['unit'],
        unitCost: b['unitCost'],
        source: fundingSource(str(b['source'])),
        sourceDetail: b['source'],
      })),
    benefits: obj(old['benefits']),
    criticalSuccessFactors: splitList(old['criticalSuccessFactors']).map((text) => ({ id: genId('csf'), text })),
    sustainability: { items: splitList(old['sustainability']).map((text) => ({ id: genId('sus'), text })) },
    consultations: arr(old['consultations'])
      .map(obj)
      .map((c) => ({
        id: genId('kons'),
        date: c['date'] ?? null,
        with: c['with'],
        topic: c['topic'],
        result: c['result'],
      })),
    seminars: { RANCANGAN: seminar('RANCANGAN'), LAPORAN: seminar('LAPORAN') },
    documentSettings: (() => {
      const d = obj(old['documentSettings']);
      return { paper: d['paper'], marginsCm: d['marginsCm'], font: d['font'], fontSizePt: d['fontSizePt'], lineSpacing: d['lineSpacing'] };
    })(),
  };
  return { format: 'rancang-perubahan', schemaVersion: 2, app: { name: 'unknown', version: '' }, savedAt: '', project };
}
