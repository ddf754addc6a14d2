/** The editing screen: top bar, banners, the section list, the editor of the chosen section and the readiness panel. */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readinessFindings, type ReadinessFinding, type ReportKind } from '../../../shared/domain/readiness';
import type { SectionId } from '../../../shared/domain/sections';
import { focusRevealTarget, RevealContext, type RevealRequest } from '../components/reveal';
import { ExportDialog } from '../export/ExportDialog';
import { ReadinessPanel } from '../readiness/ReadinessPanel';
import { SectionEditor } from '../sections/registry';
import { EXPORT_EVENT, useWorkspace } from '../state/useWorkspace';
import { NoticesBanner, ReadOnlyBanner, RefusalBanner } from './Banners';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { reportKindForPhase } from '../../../shared/domain/reportKind';

/** Frames to wait for a collapsed row to open before settling for the nearest thing to focus. */
const REVEAL_FRAMES = 20;
const PANEL_ID = 'readiness-panel';

export function Workspace() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const project = ws.project!;
  const [section, setSection] = useState<SectionId>('identitas');
  const [exportOpen, setExportOpen] = useState(false);
  const [panelOpen, setPanelOpen] = useState(false);
  const [kindChoice, setKindChoice] = useState<ReportKind | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const phaseKind = reportKindForPhase(project.phase);
  const kind = kindChoice ?? phaseKind;
  // The sidebar marks follow the document the participant is working towards now.
  // The checks run over the whole project; deferring them keeps typing and drops on large boards
  // from waiting for them (React renders the deferred value when the urgent update is on screen).
  const checkedProject = useDeferredValue(project);
  const findings = useMemo(() => readinessFindings(checkedProject, kind), [checkedProject, kind]);
  const errors = findings.filter((f) => f.severity === 'error').length;

  useEffect(() => {
    const open = () => setExportOpen(true);
    window.addEventListener(EXPORT_EVENT, open);
    return () => window.removeEventListener(EXPORT_EVENT, open);
  }, []);

  // After navigating to a finding: wait for the section (and a collapsed row) to render, then focus.
  useEffect(() => {
    if (!reveal) return;
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const root = mainRef.current;
      if (root && focusRevealTarget(root, reveal, tries >= REVEAL_FRAMES)) return;
      tries++;
      frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [reveal]);

  const select = useCallback((s: SectionId) => {
    setSection(s);
    setReveal(null);
    // Move focus to the editor's heading so keyboard and screen-reader users land where they chose.
    requestAnimationFrame(() => mainRef.current?.querySelector<HTMLElement>('h2')?.focus());
  }, []);

  const go = (f: ReadinessFinding) => {
    setSection(f.section);
    setReveal({ itemId: f.itemId, field: f.field, seq: Date.now() });
  };

  return (
    <div className="workspace" data-export-open={exportOpen || undefined}>
      <TopBar onExport={() => setExportOpen(true)} />
      <ReadOnlyBanner />
      <NoticesBanner />
      <RefusalBanner />
      <div className="workspace-body">
        <Sidebar project={checkedProject} findings={findings} active={section} onSelect={select} />
        <main ref={mainRef} className="editor" tabIndex={-1}>
          <div className="editor-tools">
            <button type="button" className={`readiness-toggle${errors ? ' has-errors' : ''}`} aria-expanded={panelOpen} aria-controls={PANEL_ID}
              onClick={() => setPanelOpen((o) => !o)} data-testid="readiness-toggle">
              {panelOpen ? t('readiness.toggleHide') : t('readiness.toggleShow')}
              {' '}({t('readiness.summary', { errors: String(errors), warnings: String(findings.length - errors) })})
            </button>
          </div>
          <RevealContext.Provider value={reveal}>
            <SectionEditor key={section} section={section} />
          </RevealContext.Provider>
        </main>
        {panelOpen && <ReadinessPanel id={PANEL_ID} findings={findings} kind={kind} onKind={setKindChoice} onGo={go} />}
      </div>
      <ExportDialog open={exportOpen} project={project} readOnly={ws.state.doc?.readOnlyReason != null} initialKind={kind}
        onClose={() => setExportOpen(false)} onGo={go} />
    </div>
  );
}
