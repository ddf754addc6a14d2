/** The cover as the report prints it: document type, title, participant, cohort, organiser, city and year. */
import { groupNip } from '../../../shared/format/nip';
import { programmeName } from '../../../shared/model/programmes';
import type { Project } from '../../../shared/model/types';
import { MISSING } from '../../../shared/report/terms';

export function ReadingCover({ project: p, documentType }: { project: Project; documentType: string }) {
  const person = p.people.participant;
  const prog = p.programme;
  const cohort = [
    `PESERTA ${programmeName(prog).toUpperCase()}`,
    prog.angkatan.trim() ? `ANGKATAN ${prog.angkatan.trim().toUpperCase()}` : '',
    prog.year ? `TAHUN ${prog.year}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const missing = <span className="reading-missing">{MISSING}</span>;
  return (
    <section className="reading-cover" aria-label={documentType}>
      <p className="reading-cover-type">{documentType}</p>
      <h1 className="reading-cover-title">
        <bdi>{p.title.trim().toUpperCase() || missing}</bdi>
      </h1>
      <p className="reading-cover-by">Oleh:</p>
      <p className="reading-cover-name">
        <bdi>{person.name.trim() || missing}</bdi>
      </p>
      <p>NIP {person.nip.trim() ? groupNip(person.nip) : missing}</p>
      {person.participantNo.trim() && <p>Nomor Peserta {person.participantNo.trim()}</p>}
      <p className="reading-cover-cohort">{cohort}</p>
      {[prog.organiserParent, prog.organiser]
        .filter((s) => s.trim())
        .map((o) => (
          <p key={o} className="reading-cover-org">
            {o.toUpperCase()}
          </p>
        ))}
      <p className="reading-cover-city">{prog.city.toUpperCase()}</p>
      <p>{prog.year ?? ''}</p>
    </section>
  );
}
