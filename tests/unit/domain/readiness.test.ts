/** What an examiner would flag (docs/domain.md §7.4), on SIPANTAU and on projects broken one way at a time. */
import { describe, expect, it } from 'vitest';
import { readinessFindings, type ReadinessFinding } from '../../../shared/domain/readiness';
import { createProject } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import { sipantau, sipantauBeforeRealisation } from './sipantau';

const codes = (f: ReadinessFinding[]) => f.map((x) => x.code);
const edited = (change: (p: Project) => void): Project => {
  const p = structuredClone(sipantau());
  change(p);
  return p;
};

describe('SIPANTAU', () => {
  it('is ready as a rancangan: no findings at all', () => {
    expect(readinessFindings(sipantau(), 'rancangan')).toEqual([]);
  });

  it('is ready as a laporan too: the shipped sample is a finished project', () => {
    expect(readinessFindings(sipantau(), 'laporan')).toEqual([]);
  });

  it('before its realisation, as a laporan it lacks only the realisation of its 7 short-term milestones', () => {
    const f = readinessFindings(sipantauBeforeRealisation(), 'laporan');
    expect(codes(f)).toEqual(Array(7).fill('MILESTONE_NO_REALISATION'));
    expect(f.map((x) => x.itemId)).toEqual(['MP-01', 'MP-02', 'MP-03', 'MP-04', 'MP-05', 'MP-06', 'MP-07']);
    expect(f.every((x) => x.section === 'realisasi' && x.severity === 'error')).toBe(true);
  });
});

describe('one problem at a time', () => {
  it('no core issue when the top of the USG ranking is an undecided tie', () => {
    const p = edited((p) => {
      p.issueAnalysis.issues[1]!.usg = { U: 5, S: 4, G: 5 };
    });
    const f = readinessFindings(p);
    expect(codes(f)).toEqual(['USG_TIE_UNRESOLVED', 'NO_CORE_ISSUE']);
    expect(f[0]).toMatchObject({ section: 'prioritas', itemId: 'ISU-1', params: { count: 2 } });
  });

  it('a core issue chosen against the ranking needs a reason', () => {
    const p = edited((p) => {
      p.issueAnalysis.coreOverride = { issueId: 'ISU-3', reason: '  ' };
    });
    expect(readinessFindings(p)).toEqual([{ code: 'CORE_OVERRIDE_NO_REASON', severity: 'error', section: 'prioritas', field: 'coreOverride.reason' }]);
  });

  it('a milestone without output, indicator, evidence and person in charge is flagged on each field', () => {
    const p = edited((p) => {
      Object.assign(p.milestones[2]!, { output: '', indicator: ' ', evidence: [], picTeamId: null });
    });
    const f = readinessFindings(p);
    expect(f.map((x) => [x.code, x.severity, x.itemId, x.field])).toEqual([
      ['MILESTONE_NO_OUTPUT', 'error', 'MP-03', 'output'],
      ['MILESTONE_NO_INDICATOR', 'error', 'MP-03', 'indicator'],
      ['MILESTONE_NO_EVIDENCE', 'error', 'MP-03', 'evidence'],
      ['MILESTONE_NO_PIC', 'warning', 'MP-03', 'picTeamId'],
    ]);
  });

  it('evidence is a warning only for medium and long-term milestones', () => {
    const p = edited((p) => {
      p.milestones.find((m) => m.id === 'MM-01')!.evidence = [];
    });
    expect(readinessFindings(p)).toMatchObject([{ code: 'MILESTONE_NO_EVIDENCE', severity: 'warning', itemId: 'MM-01' }]);
  });

  it('a short-term milestone one day past the off-campus window is flagged; the last day itself is not', () => {
    const last = edited((p) => {
      p.milestones.find((m) => m.id === 'MP-07')!.end = '2022-05-13';
    });
    expect(readinessFindings(last)).toEqual([]);
    const late = edited((p) => {
      p.milestones.find((m) => m.id === 'MP-07')!.end = '2022-05-14';
    });
    expect(readinessFindings(late)).toMatchObject([{ code: 'MILESTONE_OUTSIDE_WINDOW', itemId: 'MP-07' }]);
    const early = edited((p) => {
      p.milestones.find((m) => m.id === 'MP-01')!.start = '2022-03-14';
    });
    expect(readinessFindings(early)).toMatchObject([{ code: 'MILESTONE_OUTSIDE_WINDOW', itemId: 'MP-01' }]);
  });

  it('a milestone that ends before it starts is an error on its end date', () => {
    const p = edited((p) => {
      p.milestones.find((m) => m.id === 'MM-02')!.end = '2022-10-01';
    });
    expect(readinessFindings(p)).toEqual([
      {
        code: 'MILESTONE_END_BEFORE_START',
        severity: 'error',
        section: 'milestone',
        itemId: 'MM-02',
        field: 'end',
        params: { milestone: 'Dashboard pimpinan dan laporan bulanan otomatis' },
      },
    ]);
  });

  it('a budget line without a source of funds', () => {
    const p = edited((p) => {
      p.budgetLines[3]!.source = null;
    });
    expect(readinessFindings(p)).toEqual([
      {
        code: 'BUDGET_NO_SOURCE',
        severity: 'error',
        section: 'anggaran',
        itemId: 'BL-04',
        field: 'source',
        params: { item: 'Layanan WhatsApp gateway (notifikasi)' },
      },
    ]);
  });

  it('a stakeholder with high power and no strategy; one with low power needs none', () => {
    const p = edited((p) => {
      p.stakeholders.find((s) => s.id === 'SH-03')!.strategy = ''; // 4/2: context setter
      p.stakeholders.find((s) => s.id === 'SH-12')!.strategy = ''; // 2/1: crowd
    });
    expect(readinessFindings(p)).toMatchObject([{ code: 'HIGH_POWER_NO_STRATEGY', itemId: 'SH-03', field: 'strategy' }]);
  });

  it('missing signatures data: a signer without a name is an error, without a NIP a warning', () => {
    const p = edited((p) => {
      p.people.coach.name = '';
      p.people.mentor.nip = '';
    });
    expect(readinessFindings(p)).toEqual([
      { code: 'SIGNER_NIP_MISSING', severity: 'warning', section: 'identitas', field: 'mentor.nip', params: { role: 'mentor' } },
      { code: 'PERSON_NAME_MISSING', severity: 'error', section: 'identitas', field: 'coach.name', params: { role: 'coach' } },
    ]);
  });

  it('the examiner signs the laporan, not the rancangan', () => {
    const p = edited((p) => {
      p.people.examiner.name = '';
    });
    expect(codes(readinessFindings(p, 'rancangan'))).toEqual([]);
    expect(codes(readinessFindings(p, 'laporan'))).toContain('PERSON_NAME_MISSING');
  });

  it('goals, indicators and benefits point at their fields', () => {
    const p = edited((p) => {
      p.goals.MENENGAH.statement = '';
      p.goals.PENDEK.indicators[0]!.target = '';
      p.benefits.PESERTA = '';
    });
    expect(readinessFindings(p).map((x) => [x.code, x.itemId ?? null, x.field])).toEqual([
      ['INDICATOR_NO_BASELINE', 'ind-p1', 'target'],
      ['GOAL_MISSING', null, 'goals.MENENGAH.statement'],
      ['BENEFIT_MISSING', null, 'benefits.PESERTA'],
    ]);
  });
});

describe('a new, empty project', () => {
  it('names what is missing in report order, each with the section to fix it in', () => {
    const f = readinessFindings(createProject({ now: '2026-01-01T00:00:00.000Z' }));
    expect(codes(f)).toEqual([
      'NO_TITLE',
      'PERSON_NAME_MISSING',
      'PERSON_NAME_MISSING',
      'PERSON_NAME_MISSING',
      'CALENDAR_MISSING',
      'CALENDAR_MISSING',
      'CALENDAR_MISSING',
      'NO_BACKGROUND',
      'NO_ISSUES',
      'NO_BREAKTHROUGH',
      'GOAL_MISSING',
      'GOAL_MISSING',
      'GOAL_MISSING',
      'NO_MILESTONES',
      'TEAM_ROLE_MISSING',
      'TEAM_ROLE_MISSING',
      'TEAM_ROLE_MISSING',
      'NO_STAKEHOLDERS',
      'NO_RISKS',
      'BENEFIT_MISSING',
      'BENEFIT_MISSING',
      'BENEFIT_MISSING',
      'BENEFIT_MISSING',
      'NO_SUSTAINABILITY',
    ]);
  });
});

describe('realisation (laporan)', () => {
  it('flags actual dates recorded in reverse, only for the laporan', () => {
    const p = edited((p) => {
      for (const m of p.milestones.filter((x) => x.horizon === 'PENDEK')) Object.assign(m, { status: 'DONE', achievementPct: 100 });
      Object.assign(p.milestones[0]!, { actualStart: '2022-03-18', actualEnd: '2022-03-16' });
    });
    expect(readinessFindings(p, 'rancangan')).toEqual([]);
    expect(readinessFindings(p, 'laporan')).toEqual([
      {
        code: 'MILESTONE_ACTUAL_END_BEFORE_START',
        severity: 'error',
        section: 'realisasi',
        itemId: 'MP-01',
        field: 'actualEnd',
        params: { milestone: 'Konsultasi dan persetujuan rancangan oleh mentor dan sponsor' },
      },
    ]);
  });
});
