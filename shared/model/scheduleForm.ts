/**
 * How the report shows the schedule (docs/domain.md §8): as the Gantt figures, as the table many
 * reports use ("Tabel Jadwal Kegiatan Jangka Pendek": activities × weeks with shaded cells, the
 * medium and long term still drawn, having no weeks), or both (the default, as before the choice).
 */
export const SCHEDULE_FORMS = ['BOTH', 'FIGURE', 'TABLE'] as const;
export type ScheduleForm = (typeof SCHEDULE_FORMS)[number];
