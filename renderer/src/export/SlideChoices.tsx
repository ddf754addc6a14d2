/**
 * The slide deck's choices inside the export dialog: the theme, which parts and in what order
 * (checkbox per part, move up/down buttons for keyboard and screen-reader users alike), and the
 * slide count with the time it takes against the seminar's ten minutes, from the real deck model.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind } from '../../../shared/domain/readiness';
import type { SlideExportOptions } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';
import { buildDeck } from '../../../shared/slides/buildDeck';
import { DEFAULT_SECTIONS, SECTION_IDS, SEMINAR_MINUTES, type SectionId } from '../../../shared/slides/sections';
import { THEME_IDS } from '../../../shared/slides/themes';
import { currentLang } from '../i18n';

interface Props {
  project: Project;
  kind: ReportKind;
  value: SlideExportOptions;
  onChange(value: SlideExportOptions): void;
}

/** The order shown: the chosen parts first in their order, then the others in the default order. */
function listed(kind: ReportKind, chosen: SectionId[]): SectionId[] {
  const rest = [...DEFAULT_SECTIONS[kind], ...SECTION_IDS].filter((id, i, all) => !chosen.includes(id) && all.indexOf(id) === i);
  return [...chosen, ...rest];
}

export function SlideChoices({ project, kind, value, onChange }: Props) {
  const { t } = useTranslation();
  const chosen = value.sections.length ? value.sections : DEFAULT_SECTIONS[kind];
  const order = listed(kind, chosen);
  // The real deck, measured as it will be written: the count is what the file will have.
  const deck = useMemo(() => buildDeck(project, { kind, sections: chosen, theme: value.theme }), [project, kind, chosen, value.theme]);
  const hasLogo = project.documentSettings.logoAttachmentId !== null;
  const minutes = deck.minutes.toLocaleString(currentLang() === 'en' ? 'en-GB' : 'id-ID');

  const toggle = (id: SectionId, on: boolean) =>
    onChange({ ...value, sections: on ? order.filter((s) => s === id || chosen.includes(s)) : chosen.filter((s) => s !== id) });
  // A moved part's button keeps the focus, so pressing it again keeps moving the same part.
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ id: SectionId; by: -1 | 1 } | null>(null);
  useEffect(() => {
    const r = refocus.current;
    if (!r) return;
    refocus.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>(`[data-section="${r.id}"] button`);
    const target = buttons?.[r.by === -1 ? 0 : 1];
    (target && !target.disabled ? target : buttons?.[r.by === -1 ? 1 : 0])?.focus();
  });
  const move = (id: SectionId, by: -1 | 1) => {
    const i = chosen.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= chosen.length) return;
    const next = [...chosen];
    [next[i], next[j]] = [next[j]!, next[i]!];
    refocus.current = { id, by };
    onChange({ ...value, sections: next });
  };

  return (
    <>
      <label className="slide-theme">
        <span>{t('exportDialog.slides.theme')}</span>
        <select value={value.theme} onChange={(e) => onChange({ ...value, theme: e.target.value as SlideExportOptions['theme'] })} data-testid="slide-theme">
          {THEME_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`exportDialog.slides.themes.${id}`)}
            </option>
          ))}
        </select>
      </label>
      {value.theme === 'logo' && !hasLogo && <p className="hint">{t('exportDialog.slides.noLogo')}</p>}
      <fieldset className="choices slide-parts">
        <legend>{t('exportDialog.slides.parts')}</legend>
        <ol ref={list}>
          {order.map((id) => {
            const on = chosen.includes(id);
            const label = t(`exportDialog.slides.sections.${id}`);
            const i = chosen.indexOf(id);
            return (
              <li key={id} className="slide-part" data-section={id}>
                <label className="choice">
                  <input type="checkbox" checked={on} onChange={(e) => toggle(id, e.target.checked)} />
                  <span>{label}</span>
                </label>
                {on && (
                  <span className="slide-part-move">
                    <button type="button" aria-label={t('exportDialog.slides.moveUp', { part: label })} disabled={i === 0} onClick={() => move(id, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={t('exportDialog.slides.moveDown', { part: label })}
                      disabled={i === chosen.length - 1}
                      onClick={() => move(id, 1)}
                    >
                      ↓
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
      <p role="status" data-testid="slide-estimate" className={deck.minutes > SEMINAR_MINUTES ? 'export-warning' : 'hint'}>
        {t('exportDialog.slides.estimate', { slides: String(deck.slides.length), minutes })}{' '}
        {deck.minutes > SEMINAR_MINUTES
          ? t('exportDialog.slides.tooLong', { limit: String(SEMINAR_MINUTES) })
          : t('exportDialog.slides.fits', { limit: String(SEMINAR_MINUTES) })}
      </p>
    </>
  );
}
