/** The schedule as the participant chooses it in the document settings: weekly table, figures, or both. */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../shared/report/buildOutline';
import type { Block } from '../../../shared/report/outline';
import type { ScheduleForm } from '../../../shared/model/scheduleForm';
import { ProjectSchema } from '../../../shared/model/schema';
import { generateProject } from '../../generator/project';
import { sipantau } from '../domain/sipantau';
import { ALL_OPTIONS, docx, parts } from './support';

function scheduleOf(form: ScheduleForm, scale = 1) {
  const p = scale === 1 ? sipantau() : generateProject({ seed: 1, scale, implemented: false });
  p.documentSettings.scheduleAs = form;
  const { outline } = buildOutline(p, 'rancangan', ALL_OPTIONS);
  const tables = outline.tables.map((t) => t.title);
  const figures = outline.figures.filter((f) => f.figureId.startsWith('timeline'));
  return { p, outline, tables, figures };
}

describe('schedule as table or figure', () => {
  it('files without the setting read as both, as the report was before the choice', () => {
    const p = sipantau() as unknown as { documentSettings: Record<string, unknown> };
    delete p.documentSettings.scheduleAs;
    expect(ProjectSchema.parse(p).documentSettings.scheduleAs).toBe('BOTH');
  });

  it('BOTH: the weekly table and the figure; FIGURE: only the figure; TABLE: the table, the later horizons still drawn', () => {
    const both = scheduleOf('BOTH');
    expect(both.tables).toContain('Jadwal Kegiatan Jangka Pendek');
    expect(both.figures.length).toBe(1);

    const figure = scheduleOf('FIGURE');
    expect(figure.tables).not.toContain('Jadwal Kegiatan Jangka Pendek');
    expect(figure.figures.length).toBe(1);

    const table = scheduleOf('TABLE');
    expect(table.tables).toContain('Jadwal Kegiatan Jangka Pendek');
    const later = table.p.milestones.filter((m) => m.horizon !== 'PENDEK');
    const drawn = table.figures.flatMap((f) => [...f.chart.svg.matchAll(/data-milestone="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(drawn)).toEqual(new Set(later.map((m) => m.id)));
    expect(table.figures.every((f) => f.caption.title.endsWith('Jangka Menengah dan Panjang'))).toBe(true);
  });

  it('TABLE: one row per short-term activity, a shaded cell for each week it runs, in the DOCX too', async () => {
    const { p, outline } = scheduleOf('TABLE');
    const blocks: Block[] = outline.chapters.flatMap((ch) => ch.blocks);
    const t = blocks.find((b) => b.kind === 'table' && b.caption?.title === 'Jadwal Kegiatan Jangka Pendek');
    expect(t && t.kind === 'table' && t.rows.length).toBe(p.milestones.filter((m) => m.horizon === 'PENDEK').length);
    const shaded = t && t.kind === 'table' ? t.rows.flat().filter((c) => typeof c !== 'string' && c.shade).length : 0;
    expect(shaded).toBeGreaterThan(0);
    const xml = parts(await docx(p, 'rancangan')).xml('word/document.xml');
    expect(xml).toContain('Jadwal Kegiatan Jangka Pendek');
    expect((xml.match(/w:fill="1D4E89"/g) ?? []).length).toBe(shaded);
  });
});
