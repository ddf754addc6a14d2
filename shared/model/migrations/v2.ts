/**
 * Format 2 → 3: milestones keep their codes. Format 2 derived MP-01, MM-02 … from the order of
 * the cards on every read, so moving a card renumbered it; format 3 stores the code. This step
 * writes down exactly the codes format 2 showed, so nothing a participant or mentor has seen
 * changes on the way.
 */
type Obj = Record<string, unknown>;

const PREFIX: Record<string, string> = { PENDEK: 'MP', MENENGAH: 'MM', PANJANG: 'MJ' };

export function migrate2to3(data: Obj): Obj {
  const project = data['project'];
  if (typeof project !== 'object' || project === null || Array.isArray(project)) return data;
  const milestones = (project as Obj)['milestones'];
  if (!Array.isArray(milestones)) return data;
  const seen: Record<string, number> = { MP: 0, MM: 0, MJ: 0 };
  const coded = milestones.map((m: unknown) => {
    if (typeof m !== 'object' || m === null || Array.isArray(m)) return m;
    const horizon = (m as Obj)['horizon'];
    // The schema's default horizon is PENDEK, so an item without one was shown as MP-…
    const prefix = PREFIX[typeof horizon === 'string' ? horizon : 'PENDEK'] ?? 'MP';
    const code = `${prefix}-${String(++seen[prefix]!).padStart(2, '0')}`;
    return typeof (m as Obj)['code'] === 'string' && (m as Obj)['code'] ? m : { ...(m as Obj), code };
  });
  return { ...data, project: { ...(project as Obj), milestones: coded } };
}
