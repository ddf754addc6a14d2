/**
 * The reading view: the rancangan or laporan as a document in the app, built from the same
 * outline as the DOCX (shared/report/buildOutline), on paper of the project's size and margins.
 * A contents list that jumps, find with every match marked, zoom, and the rancangan/laporan switch.
 * Nothing here can edit the project: it is what a mentor or examiner reads.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind } from '../../../shared/domain/readiness';
import { toRoman } from '../../../shared/format/roman';
import type { Project } from '../../../shared/model/types';
import { buildOutline } from '../../../shared/report/buildOutline';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { chapterAnchor, ReadingChapter, sectionAnchor } from './ReadingBlocks';
import { ReadingCover } from './ReadingCover';
import { clearPaint, findRanges, paint, reveal } from './searchHighlight';
import './reading.css';
import type { ChangesBaseline } from '../../../shared/report/tables/changes';

const ZOOMS = [0.6, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

export function ReadingView({
  project,
  initialKind,
  onClose,
  closeLabel,
  baseline = null,
}: {
  project: Project;
  /** The frozen version the laporan's changes appendix compares with, when the document asks for it. */
  baseline?: ChangesBaseline | null;
  initialKind: ReportKind;
  onClose(): void;
  /** The close button's words: "Lihat formulir (hanya-baca)" for a read-only file. */
  closeLabel?: string | undefined;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReportKind>(initialKind);
  const [zoom, setZoom] = useState(3);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Range[]>([]);
  const [current, setCurrent] = useState(0);
  const paperRef = useRef<HTMLDivElement>(null);
  const searchId = useId();
  const outline = useMemo(
    () => buildOutline(project, kind, { ...DEFAULT_EXPORT_OPTIONS, includeAbstrak: project.narrative.abstrak.trim() !== '' }, baseline).outline,
    [project, kind, baseline],
  );
  let bab = 0;
  const labels = outline.chapters.map((c) => (c.numbered ? `BAB ${toRoman(++bab)}` : null));
  const toc = outline.chapters.map((c, i) => ({
    id: chapterAnchor(i),
    text: `${labels[i] ? `${labels[i]} ` : ''}${c.title}`,
    sections: c.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : [])).map((text, h) => ({ id: sectionAnchor(i, h), text })),
  }));

  // Matches are found after the document has rendered, and again whenever it changes.
  useEffect(() => {
    const root = paperRef.current;
    const found = root ? findRanges(root, query) : [];
    setMatches(found);
    setCurrent(0);
    paint(found, 0);
    reveal(found[0]);
  }, [query, outline]);
  useEffect(() => clearPaint, []);

  const step = (delta: number) => {
    if (!matches.length) return;
    const next = (current + delta + matches.length) % matches.length;
    setCurrent(next);
    paint(matches, next);
    reveal(matches[next]);
  };

  const jump = (id: string) => {
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  };

  const settings = project.documentSettings;
  const paper = {
    width: settings.paper === 'F4' ? '21.5cm' : '21cm',
    padding: `${settings.marginsCm.top}cm ${settings.marginsCm.right}cm ${settings.marginsCm.bottom}cm ${settings.marginsCm.left}cm`,
    fontSize: `${settings.fontSizePt}pt`,
    lineHeight: settings.lineSpacing,
  };

  return (
    <div className="reading" data-testid="reading-view">
      <div className="reading-toolbar" role="toolbar" aria-label={t('reading.toolbar')} data-region>
        <fieldset className="reading-kind">
          <legend className="visually-hidden">{t('reading.document')}</legend>
          {(['rancangan', 'laporan'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="reading-kind" checked={kind === k} onChange={() => setKind(k)} /> {t(`reading.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="reading-search">
          <label htmlFor={searchId} className="visually-hidden">
            {t('reading.search')}
          </label>
          <input
            id={searchId}
            type="search"
            placeholder={t('reading.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                step(e.shiftKey ? -1 : 1);
              }
            }}
          />
          <span role="status" className="hint">
            {query.trim().length >= 2 ? t('reading.matches', { current: String(matches.length ? current + 1 : 0), total: String(matches.length) }) : ''}
          </span>
          <button type="button" onClick={() => step(-1)} disabled={!matches.length} aria-label={t('reading.previous')}>
            ↑
          </button>
          <button type="button" onClick={() => step(1)} disabled={!matches.length} aria-label={t('reading.next')}>
            ↓
          </button>
        </div>
        <div className="reading-zoom">
          <button type="button" onClick={() => setZoom((z) => Math.max(0, z - 1))} disabled={zoom === 0} aria-label={t('reading.zoomOut')}>
            −
          </button>
          <span aria-live="polite">{Math.round(ZOOMS[zoom]! * 100)}%</span>
          <button
            type="button"
            onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}
            disabled={zoom === ZOOMS.length - 1}
            aria-label={t('reading.zoomIn')}
          >
            +
          </button>
        </div>
        <button type="button" onClick={onClose} data-testid="reading-close">
          {closeLabel ?? t('reading.close')}
        </button>
      </div>
      <div className="reading-body">
        <nav className="reading-toc" aria-label={t('reading.contents')} data-region>
          <h2>{t('reading.contents')}</h2>
          <ol>
            {toc.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => jump(c.id)}>
                  {c.text}
                </button>
                {c.sections.length > 0 && (
                  <ol>
                    {c.sections.map((s) => (
                      <li key={s.id}>
                        <button type="button" className="link" onClick={() => jump(s.id)}>
                          {s.text}
                        </button>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <div className="reading-desk" data-region="self" role="region" aria-label={t('reading.document')}>
          <article ref={paperRef} className="reading-paper" style={{ ...paper, zoom: ZOOMS[zoom] }} aria-label={outline.documentType}>
            <ReadingCover project={project} documentType={outline.documentType} />
            {outline.chapters.map((c, i) => (
              <ReadingChapter key={i} chapter={c} index={i} label={labels[i] ?? null} />
            ))}
          </article>
        </div>
      </div>
    </div>
  );
}
