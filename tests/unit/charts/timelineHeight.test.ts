/**
 * timelineHeights gives the height timelineSvg draws, without the markup: the report cuts a long
 * schedule into figures by asking it one more row at a time (figures.ts), so any difference
 * would cut the parts elsewhere. Checked over SIPANTAU and generated schedules, with and without
 * the window, seminars, holidays, realisation, names of every length and more rows than a panel
 * draws, for every run of milestones the figures try.
 */
import { describe, expect, it } from 'vitest';
import type { ChartOptions } from '../../../shared/charts/chart';
import { timelineHeights, timelineSvg, type TimelinePart } from '../../../shared/charts/timeline';
import type { Milestone, Project } from '../../../shared/model/types';
import { generateProject } from '../../generator/project';
import { sipantau, sipantauBeforeRealisation } from '../domain/sipantau';

type Schedule = Pick<Project, 'milestones' | 'calendar'>;

/** Every run of consecutive milestones of a horizon group that timelineParts could ask about, and the whole schedule. */
function partsOf(milestones: readonly Milestone[]): (TimelinePart | undefined)[] {
  const groups = [milestones.filter((m) => m.horizon === 'PENDEK'), milestones.filter((m) => m.horizon !== 'PENDEK')];
  const parts: (TimelinePart | undefined)[] = [undefined, { ids: new Set() }];
  for (const group of groups) {
    for (let from = 0; from < group.length; from += 7) {
      for (let to = from + 1; to <= Math.min(group.length, from + 45); to++) parts.push({ ids: new Set(group.slice(from, to).map((m) => m.id)) });
    }
  }
  return parts;
}

function expectSameHeights(name: string, schedule: Schedule, opts: ChartOptions = {}) {
  const heightOf = timelineHeights(schedule, opts);
  for (const part of partsOf(schedule.milestones)) {
    const drawn = timelineSvg(schedule, opts, part).height;
    const label = `${name} ${opts.lang ?? 'id'} ${part ? [...part.ids].join(',') : 'all'}`;
    expect(`${label}: ${heightOf(part)}`).toBe(`${label}: ${drawn}`);
  }
}

/** The same schedule with its calendar and milestones changed, to reach the layout's other branches. */
function variants(p: Schedule): [string, Schedule][] {
  const c = p.calendar;
  return [
    ['as is', p],
    ['no window, no seminars', { ...p, calendar: { ...c, offCampusStart: null, offCampusEnd: null, seminarRancangan: null, seminarLaporan: null } }],
    [
      'holidays and a narrow window',
      {
        ...p,
        calendar: {
          ...c,
          offCampusStart: c.offCampusStart ? c.offCampusStart.replace(/-\d\d$/, '-20') : '2022-03-20',
          holidays: [
            ...c.holidays,
            { id: 'h-libur', name: 'Libur', start: '2022-04-01', end: '2022-04-05' },
            { id: 'h-jauh', name: 'Jauh', start: '2031-01-01', end: '2031-01-02' },
          ],
        },
      },
    ],
    [
      'long, empty and undated names, realised dates',
      {
        ...p,
        milestones: p.milestones.map((m, i) => ({
          ...m,
          title: i % 4 === 0 ? '' : i % 4 === 1 ? `${m.title} `.repeat(1 + (i % 9)) : m.title,
          ...(i % 5 === 2 ? { start: null, end: null } : {}),
          ...(i % 3 === 0 && m.start && m.end ? { actualStart: m.start, actualEnd: m.end } : {}),
        })),
      },
    ],
  ];
}

describe('timelineHeights', () => {
  it('is the height timelineSvg draws, for SIPANTAU (plan and realisation) in both languages', () => {
    for (const [name, p] of [
      ['sipantau', sipantau()],
      ['sipantau plan', sipantauBeforeRealisation()],
    ] as const) {
      for (const [variant, schedule] of variants(p)) {
        expectSameHeights(`${name} ${variant}`, schedule);
        expectSameHeights(`${name} ${variant}`, schedule, { lang: 'en' });
      }
    }
  });

  it('is the height timelineSvg draws, for generated schedules up to 20× (more rows than a panel draws)', () => {
    for (const [seed, scale] of [
      [1, 1],
      [2, 3],
      [3, 8],
      [1, 20],
    ] as const) {
      const p = generateProject({ seed, scale, implemented: seed % 2 === 1 });
      for (const [variant, schedule] of variants(p)) expectSameHeights(`seed ${seed} ×${scale} ${variant}`, schedule);
    }
  });

  it('is the empty chart’s height for a schedule without milestones', () => {
    const p = sipantau();
    expect(timelineHeights({ ...p, milestones: [] })()).toBe(timelineSvg({ ...p, milestones: [] }).height);
  });
});
