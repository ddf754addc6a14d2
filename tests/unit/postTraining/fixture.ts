/** SIPANTAU after the laporan: progress entries, indicator readings, dated positions and evaluation answers, on fixed days. */
import type { Project } from '../../../shared/model/types';
import { sipantau } from '../domain/sipantau';

/** The day the tests look from: MM-01 (ends 2022-09-30) is late, MM-02 (ends 2022-12-30) due on 2022-12-10. */
export const TODAY = '2022-12-10';

export function sipantauAfter(): Project {
  const p = sipantau();
  const id = (code: string) => p.milestones.find((m) => m.code === code)!.id;
  p.phase = 'POST_TRAINING';
  p.postTraining.progress = [
    {
      id: 'kmj-1',
      milestoneId: id('MM-01'),
      date: '2022-07-15',
      happened: 'Perluasan SIPANTAU ke sektor kesehatan dimulai',
      achievementPct: 30,
      problems: 'Data sektor kesehatan belum seragam',
      nextStep: 'Rapat penyeragaman data dengan Dinas Kesehatan',
      attachmentIds: [],
    },
    {
      id: 'kmj-2',
      milestoneId: id('MM-01'),
      date: '2022-09-20',
      happened: 'Sektor kesehatan dan pendidikan terlacak',
      achievementPct: 70,
      problems: 'Anggaran server tambahan belum tersedia',
      nextStep: 'Usulan anggaran perubahan APBD',
      attachmentIds: [],
    },
    {
      id: 'kmj-3',
      milestoneId: id('MM-02'),
      date: '2022-11-01',
      happened: 'Dashboard pimpinan dipakai rapat mingguan',
      achievementPct: 100,
      problems: '',
      nextStep: '',
      attachmentIds: [],
    },
  ];
  p.postTraining.readings = [
    { id: 'ukur-1', indicatorId: 'ind-m1', date: '2022-08-01', value: 8, note: 'Rata-rata Juli' },
    { id: 'ukur-2', indicatorId: 'ind-m1', date: '2022-11-01', value: 2, note: 'Rata-rata Oktober' },
    { id: 'ukur-3', indicatorId: 'ind-m2', date: '2022-12-01', value: 79.2, note: 'SKM semester II' },
  ];
  return p;
}
