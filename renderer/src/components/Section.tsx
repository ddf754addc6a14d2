/** A section editor's frame: its heading (focused on navigation) and a short introduction. */
import type { ReactNode } from 'react';
import type { SectionId } from '../../../shared/domain/sections';
import { FirstSteps } from '../firstSteps/FirstSteps';

interface Props {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
}

export function Section({ id, title, intro, children }: Props) {
  return (
    <section className="section" aria-labelledby={`${id}-title`} data-section-editor={id}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p className="section-intro">{intro}</p>}
      <FirstSteps section={id as SectionId} />
      {children}
    </section>
  );
}
