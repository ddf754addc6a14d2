/**
 * "Serah terima proyek": the leader is transferred (mutasi) and the project goes on under a
 * successor. The copy names the new leader in the participant's slot (the team member linked to it
 * follows), keeps the team, the history and everything recorded, and carries the handover itself
 * with the day and both names, so the file says who led it when.
 */
import type { Handover } from '../../model/postTraining';
import { newId } from '../../model/schema';
import type { Person, Project } from '../../model/types';

export interface HandoverInput {
  date: string;
  successor: Pick<Person, 'name' | 'nip' | 'jabatan'> & Partial<Person>;
  note: string;
}

/** The record both files keep: from whom, to whom, when. */
export function handoverRecord(p: Project, input: HandoverInput, id: string = newId('st')): Handover {
  const from = p.people.participant;
  return {
    id,
    date: input.date,
    fromName: from.name,
    fromNip: from.nip,
    toName: input.successor.name.trim(),
    toNip: input.successor.nip.trim(),
    toJabatan: input.successor.jabatan.trim(),
    note: input.note,
  };
}

/** Why a handover cannot be made yet, as codes the screen words: the successor needs a name and a day. */
export function handoverProblems(input: HandoverInput): ('NO_NAME' | 'NO_DATE')[] {
  const problems: ('NO_NAME' | 'NO_DATE')[] = [];
  if (!input.successor.name.trim()) problems.push('NO_NAME');
  if (!input.date) problems.push('NO_DATE');
  return problems;
}

/** The project as the successor receives it; `record` is the handover both files keep. */
export function handoverCopy(p: Project, record: Handover, successor: HandoverInput['successor']): Project {
  const before = p.people.participant;
  // The successor usually works in the same unit and agency; what is not given is kept.
  const participant: Person = {
    ...before,
    participantNo: '',
    pangkat: '',
    golongan: '',
    ...successor,
    name: record.toName,
    nip: record.toNip,
    jabatan: record.toJabatan,
  };
  return {
    ...p,
    people: { ...p.people, participant },
    postTraining: { ...p.postTraining, handovers: [...p.postTraining.handovers.filter((h) => h.id !== record.id), record] },
  };
}
