/** The effective team reuses the people of the identity section (docs/domain.md §5.6, §9.7). */
import { describe, expect, it } from 'vitest';
import { blankItem } from '../../../shared/domain/blank';
import { memberName, missingLinkedRoles } from '../../../shared/domain/team';
import { createProject } from '../../../shared/model/envelope';
import { sipantau } from './sipantau';

describe('team', () => {
  it('names SIPANTAU’s leading roles from the identity section and members from their own data', () => {
    const p = sipantau();
    expect(p.team.map((m) => memberName(p, m))).toEqual([
      'Ir. H. Ahmad Fauzi, M.T.',
      'Drs. H. Syahrial Effendi, M.M.',
      'Dr. Ir. Nurhayati, M.Pd.',
      'Rahmawati Siregar, S.T., M.Si.',
      'Dedi Kurniawan, S.E.',
      'Yogi Pratama, S.Kom.',
      'Siti Aminah, A.Md.',
      'Fitri Handayani, S.Sos.',
      'Andri Saputra, S.T.',
    ]);
    expect(missingLinkedRoles(p)).toEqual([]);
  });

  it('offers only roles whose person is already named and not yet in the team', () => {
    const p = createProject();
    expect(missingLinkedRoles(p)).toEqual([]);
    p.people.mentor.name = 'Drs. Mentor';
    p.people.participant.name = 'Peserta';
    expect(missingLinkedRoles(p)).toEqual(['MENTOR', 'PROJECT_LEADER']);
    p.team.push(blankItem('team', { role: 'MENTOR', personRole: 'mentor' }));
    expect(missingLinkedRoles(p)).toEqual(['PROJECT_LEADER']);
  });

  it('makes blank items valid for their list, with fresh ids', () => {
    const a = blankItem('budgetLines');
    const b = blankItem('budgetLines');
    expect(a).toMatchObject({ volume: 0, unitCost: 0, source: null });
    expect(a.id).not.toBe(b.id);
    expect(blankItem('rootCauses', { category: 'POLICY' })).toMatchObject({ category: 'POLICY', parentId: null, text: '' });
  });
});
