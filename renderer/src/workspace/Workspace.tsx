/** The editing screen: top bar, banners, the section list, the editor of the chosen section and the readiness panel. */
import { DataDirBanner } from '../app/DataDirBanner';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessFinding, ReportKind } from '../../../shared/domain/readiness';
import { isSectionId, type SectionId } from '../../../shared/domain/sections';
import { focusRevealTarget, RevealContext, type RevealRequest } from '../components/reveal';
import { useRenderCount } from '../components/renderCount';
import type { ExportDocument } from '../../../shared/ipc';
import { ReadinessPanel } from '../readiness/ReadinessPanel';
import { ExportDialog, ReadingView } from '../app/parts';
import { SectionEditor } from '../sections/registry';
import { findingLevels, findingsOf, phaseKind, sameFindings } from '../state/checks';
import { EXPORT_EVENT, useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';
import { NAVIGATE_EVENT } from '../firstSteps/navigate';
import { NoticesBanner, ReadOnlyBanner, RefusalBanner } from './Banners';
import { Sidebar } from './Sidebar';
import { SaveProblemBanner } from './SaveProblemBanner';
import { TopBar } from './TopBar';
import { useHistoryMoves } from './useHistoryMoves';
import { useRegionKeys } from './useRegionKeys';
import { NotesPanel } from '../review/NotesPanel';
import { ReviewStatusLine } from '../review/ReviewActions';
import { WordCommentsStatusLine } from '../review/WordCommentsImport';
import { ReviewProvider } from '../review/ReviewContext';
import { ReviewerIdentityDialog } from '../review/ReviewerIdentityDialog';
import { SectionReviewBar } from '../review/SectionReviewBar';
import { NoteMarks } from '../review/NoteMarks';
import { ReadingNotesContext } from '../reading/readingNotes';
import { CompareView, type CompareSide } from '../versions/CompareView';
import { HistoryDialog } from '../versions/HistoryDialog';
import { freezeSuggestion } from '../versions/suggestion';
import { VersionsDialog, type FreezeSuggestion } from '../versions/VersionsDialog';
import type { Project } from '../../../shared/model/types';
import { formatMomentLocal } from '../../../shared/format/dates';
import { currentLang } from '../i18n';
import { useAppendixBaseline } from '../versions/useAppendixBaseline';

/** Frames to wait for a collapsed row to open before settling for the nearest thing to focus. */
const REVEAL_FRAMES = 20;
const PANEL_ID = 'readiness-panel';

export function Workspace() {
  return (
    <ReviewProvider>
      <WorkspaceScreen />
    </ReviewProvider>
  );
}

function WorkspaceScreen() {
  const store = useWorkspaceStore();
  useRenderCount('workspace');
  useRegionKeys();
  // Only the phase: the project itself is read by the parts that show it.
  const phase = useDocumentSelector((d) => d.history.present.phase);
  const readOnly = useDocumentSelector((d) => d.doc?.readOnlyReason != null);
  const [section, setSection] = useState<SectionId>('identitas');
  const [exportOpen, setExportOpen] = useState(false);
  const [exportDocument, setExportDocument] = useState<ExportDocument>('report');
  const [panelOpen, setPanelOpen] = useState(false);
  const [kindChoice, setKindChoice] = useState<ReportKind | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  // A file opened read-only because it is someone else's (a participant's, for a mentor or
  // examiner), a newer version's or marked read-only opens as the document to read; the form view
  // stays one button away. The shipped sample stays in the form: it is there to learn the editor.
  // Answering "Ini berkas Anda sendiri?" with yes makes it editable: it goes to the form.
  const docId = useDocumentSelector((d) => d.doc?.docId ?? null);
  const readsFirst = useDocumentSelector((d) => d.doc?.readOnlyReason != null && d.doc.readOnlyReason !== 'SAMPLE');
  const [reading, setReading] = useState(readsFirst);
  const viewKey = `${docId}:${readsFirst}`;
  const [viewFor, setViewFor] = useState(viewKey);
  if (viewFor !== viewKey) {
    setViewFor(viewKey);
    setReading(readsFirst);
  }
  const mainRef = useRef<HTMLElement>(null);
  const kind = kindChoice ?? phaseKind(phase);
  const { t } = useTranslation();
  // Frozen versions and backups: the dialogs, and what they show in place of the editor.
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [suggestion, setSuggestion] = useState<FreezeSuggestion | null>(null);
  const [viewing, setViewing] = useState<{ banner: string; project: Project } | null>(null);
  const [comparing, setComparing] = useState<{ before: CompareSide; after: CompareSide } | null>(null);
  const [exportVersion, setExportVersion] = useState<{ banner: string; project: Project } | null>(null);
  const canFreeze = useDocumentSelector((d) => !!d.doc?.docId && d.doc.readOnlyReason == null);

  useEffect(() => {
    const open = (e: Event) => {
      // The post-training screens ask for a document by name (issue 15); the menu and the top bar do not.
      const asked = (e as CustomEvent<{ document?: ExportDocument } | null>).detail?.document;
      setExportDocument(asked ?? 'report');
      setExportOpen(true);
    };
    window.addEventListener(EXPORT_EVENT, open);
    return () => window.removeEventListener(EXPORT_EVENT, open);
  }, []);
  // The guided path's "Ke …" button (renderer/src/firstSteps/navigate.ts).
  useEffect(() => {
    const onNavigate = (e: Event) => {
      if (isSectionId((e as CustomEvent).detail)) select((e as CustomEvent<SectionId>).detail);
    };
    window.addEventListener(NAVIGATE_EVENT, onNavigate);
    return () => window.removeEventListener(NAVIGATE_EVENT, onNavigate);
  });

  // Each edit is recorded with where it was made, so undo can take the user back there.
  const sectionRef = useRef(section);
  sectionRef.current = section;
  useEffect(() => {
    store.setPlaceFinder(() => {
      const el = document.activeElement instanceof HTMLElement && mainRef.current?.contains(document.activeElement) ? document.activeElement : null;
      const fieldEl = el?.closest<HTMLElement>('[data-field]');
      const label = el && 'labels' in el ? (el as HTMLInputElement).labels?.[0]?.textContent?.trim() : undefined;
      return {
        section: sectionRef.current,
        field: fieldEl?.dataset['field'],
        itemId: el?.closest<HTMLElement>('[data-item]')?.dataset['item'],
        fieldLabel: label || undefined,
      };
    });
    return () => store.setPlaceFinder(() => null);
  }, [store]);

  const goTo = useCallback((target: string, itemId?: string, field?: string) => {
    if (!isSectionId(target)) return;
    setSection(target);
    setReveal({ itemId, field, seq: Date.now() });
  }, []);
  useHistoryMoves(goTo);

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
    // A board drawn for the first time may wait a few frames for its chunk (app/parts): try until its heading is there.
    const focusHeading = (left: number) =>
      requestAnimationFrame(() => {
        const heading = mainRef.current?.querySelector<HTMLElement>('h2');
        if (heading) heading.focus();
        else if (left > 0) focusHeading(left - 1);
      });
    focusHeading(REVEAL_FRAMES);
  }, []);

  const go = useCallback(
    (f: ReadinessFinding) => {
      setReading(false);
      goTo(f.section, f.itemId, f.field);
    },
    [goTo],
  );
  const openExport = useCallback(() => {
    setExportDocument('report');
    setExportVersion(null);
    setExportOpen(true);
  }, []);
  const toggleReading = useCallback(() => {
    setViewing(null);
    setComparing(null);
    setReading((r) => !r);
  }, []);
  const openVersions = useCallback(() => {
    setSuggestion(null);
    setVersionsOpen(true);
  }, []);
  const openHistory = () => {
    setVersionsOpen(false);
    setHistoryOpen(true);
  };
  const showInstead = (v: { banner: string; project: Project } | null, c: { before: CompareSide; after: CompareSide } | null) => {
    setVersionsOpen(false);
    setHistoryOpen(false);
    setReading(false);
    setViewing(v);
    setComparing(c);
  };

  return (
    <div className="workspace" data-export-open={exportOpen || undefined}>
      <TopBar onExport={openExport} reading={reading} onRead={toggleReading} onVersions={openVersions} />
      <SaveProblemBanner />
      <ReadOnlyBanner />
      <DataDirBanner />
      <NoticesBanner />
      <RefusalBanner />
      <ReviewStatusLine />
      <WordCommentsStatusLine />
      <ReviewerIdentityDialog />
      {comparing ? (
        <CompareView before={comparing.before} after={comparing.after} onClose={() => setComparing(null)} />
      ) : viewing ? (
        <>
          <p className="version-banner" role="note" data-testid="version-banner">
            {viewing.banner}
          </p>
          <Suspense fallback={null}>
            <ReadingView project={viewing.project} initialKind={kind} onClose={() => setViewing(null)} />
          </Suspense>
        </>
      ) : reading ? (
        <div className="workspace-body">
          <ReadingHost kind={kind} readOnly={readOnly} onClose={() => setReading(false)} />
          <NotesPanel />
        </div>
      ) : (
        <div className="workspace-body">
          <Sidebar kind={kind} active={section} onSelect={select} />
          <main ref={mainRef} className="editor" tabIndex={-1} data-scroll-root data-region>
            <div className="editor-tools">
              <SectionReviewBar section={section} />
              <ReadinessToggle kind={kind} open={panelOpen} onToggle={() => setPanelOpen((o) => !o)} />
            </div>
            <RevealContext.Provider value={reveal}>
              <SectionEditor key={section} section={section} />
            </RevealContext.Provider>
          </main>
          <NotesPanel />
          {panelOpen && <ReadinessPanelHost kind={kind} onKind={setKindChoice} onGo={go} />}
        </div>
      )}
      <ExportHost
        open={exportOpen}
        readOnly={readOnly}
        kind={kind}
        document={exportDocument}
        version={exportVersion?.project ?? null}
        onClose={() => setExportOpen(false)}
        onGo={go}
        onOfferFreeze={
          canFreeze && !exportVersion
            ? (k) => {
                setExportOpen(false);
                if (store.document) setSuggestion(freezeSuggestion(t, store.document.project, k));
                setVersionsOpen(true);
              }
            : undefined
        }
      />
      <VersionsDialog
        open={versionsOpen}
        suggestion={suggestion}
        onClose={() => setVersionsOpen(false)}
        onHistory={openHistory}
        onRead={(v, p) =>
          showInstead({ banner: t('versions.readingBanner', { name: v.name, date: formatMomentLocal(v.frozenAt, currentLang()) }), project: p }, null)
        }
        onExport={(v, p) => {
          setVersionsOpen(false);
          setExportVersion({ banner: v.name, project: p });
          setExportOpen(true);
        }}
        onCompare={(before, after) => showInstead(null, { before, after })}
      />
      <HistoryDialog
        open={historyOpen}
        onClose={() => setHistoryOpen(false)}
        onPreview={(banner, p) => showInstead({ banner, project: p }, null)}
        onCompare={(before, after) => showInstead(null, { before, after })}
      />
    </div>
  );
}

function ReadinessToggle({ kind, open, onToggle }: { kind: ReportKind; open: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  // Two numbers, from the checked project: typing re-renders this only when a count changes.
  // Three levels: only what must be fixed in a section being written shows in red.
  const levels = useDocumentSelector(
    (d) => findingLevels(d.checked, kind),
    (a, b) => a.must === b.must && a.improve === b.improve && a.empty === b.empty,
  );
  return (
    <button
      type="button"
      className={`readiness-toggle${levels.must ? ' has-errors' : ''}`}
      aria-expanded={open}
      aria-controls={PANEL_ID}
      onClick={onToggle}
      data-testid="readiness-toggle"
    >
      {open ? t('readiness.toggleHide') : t('readiness.toggleShow')} (
      {t('readiness.summaryLevels', { must: String(levels.must), improve: String(levels.improve), empty: String(levels.empty) })})
    </button>
  );
}

function ReadinessPanelHost({ kind, onKind, onGo }: { kind: ReportKind; onKind(k: ReportKind): void; onGo(f: ReadinessFinding): void }) {
  const findings = useDocumentSelector((d) => findingsOf(d.checked, kind), sameFindings);
  const project = useDocumentSelector((d) => d.checked);
  return <ReadinessPanel id={PANEL_ID} project={project} findings={findings} kind={kind} onKind={onKind} onGo={onGo} />;
}

/** The export dialog follows the project only while it is open; closed, typing does not reach it. */
function ExportHost({
  open,
  readOnly,
  kind,
  document,
  version,
  onClose,
  onGo,
  onOfferFreeze,
}: {
  open: boolean;
  readOnly: boolean;
  kind: ReportKind;
  document: ExportDocument;
  /** A frozen version to export again exactly as it was, instead of the project now. */
  version: Project | null;
  onClose(): void;
  onGo(f: ReadinessFinding): void;
  onOfferFreeze: ((kind: ReportKind) => void) | undefined;
}) {
  const store = useWorkspaceStore();
  const live = useDocumentSelector((d) => (open && !version ? d.history.present : null));
  // No document while the project is being closed (the workspace is drawn once more on the way out).
  const project = version ?? live ?? store.document?.project ?? null;
  // Drawn from its first opening on (its code is loaded then, or before when the window was idle), kept afterwards.
  const [used, setUsed] = useState(open);
  if (open && !used) setUsed(true);
  if (!used || !project) return null;
  return (
    <Suspense fallback={null}>
      <ExportDialog
        open={open}
        project={project}
        readOnly={readOnly || version !== null}
        initialKind={kind}
        initialDocument={document}
        onClose={onClose}
        onGo={onGo}
        {...(onOfferFreeze ? { onOfferFreeze } : {})}
      />
    </Suspense>
  );
}

/** The reading view reads the whole project, so it subscribes only while it is open. */
function ReadingHost({ kind, readOnly, onClose }: { kind: ReportKind; readOnly: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const project = useDocumentSelector((d) => d.history.present);
  const baseline = useAppendixBaseline(project);
  // Notes are written where the reviewer reads (headings and item rows) as well as in the form.
  return (
    <ReadingNotesContext.Provider value={NoteMarks}>
      <Suspense fallback={null}>
        <ReadingView project={project} baseline={baseline} initialKind={kind} onClose={onClose} closeLabel={readOnly ? t('reading.toForm') : undefined} />
      </Suspense>
    </ReadingNotesContext.Provider>
  );
}
