/** The editing screen: top bar, banners, the section list, and the editor of the chosen section. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { readinessFindings } from '../../../shared/domain/readiness';
import type { SectionId } from '../../../shared/domain/sections';
import { SectionEditor } from '../sections/registry';
import { EXPORT_EVENT, useWorkspace } from '../state/useWorkspace';
import { NoticesBanner, ReadOnlyBanner, RefusalBanner } from './Banners';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

export function Workspace() {
  const ws = useWorkspace();
  const project = ws.project!;
  const [section, setSection] = useState<SectionId>('identitas');
  const [exportOpen, setExportOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const findings = useMemo(() => readinessFindings(project, project.phase === 'SEMINAR_LAPORAN' || project.phase === 'FINAL' ? 'laporan' : 'rancangan'), [project]);

  useEffect(() => {
    const open = () => setExportOpen(true);
    window.addEventListener(EXPORT_EVENT, open);
    return () => window.removeEventListener(EXPORT_EVENT, open);
  }, []);

  const select = (s: SectionId) => {
    setSection(s);
    // Move focus to the editor's heading so keyboard and screen-reader users land where they chose.
    requestAnimationFrame(() => mainRef.current?.querySelector<HTMLElement>('h2')?.focus());
  };

  return (
    <div className="workspace" data-export-open={exportOpen || undefined}>
      <TopBar onExport={() => setExportOpen(true)} />
      <ReadOnlyBanner />
      <NoticesBanner />
      <RefusalBanner />
      <div className="workspace-body">
        <Sidebar project={project} findings={findings} active={section} onSelect={select} />
        <main ref={mainRef} className="editor" tabIndex={-1}>
          <SectionEditor section={section} />
        </main>
      </div>
    </div>
  );
}
