/**
 * Undo and redo you can see: after each one, go to the section (and field or row) it changed and
 * say what it changed ("Diurungkan: Ruang lingkup — Teks"), since the change may be far from where
 * the user is looking.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../../shared/domain/sections';
import { announce } from '../components/announce';
import { useDocumentSelector } from '../state/useWorkspace';

export function useHistoryMoves(goTo: (section: SectionId, itemId?: string, field?: string) => void): void {
  const { t } = useTranslation();
  const move = useDocumentSelector((d) => d.lastMove);
  const seen = useRef(move?.seq ?? 0);
  useEffect(() => {
    if (!move || move.seq === seen.current) return;
    seen.current = move.seq;
    const place = move.place;
    const where = place ? [t(`workspace.sections.${place.section}`), place.fieldLabel].filter(Boolean).join(' — ') : t('workspace.history.somewhere');
    announce(t(move.kind === 'undo' ? 'workspace.history.undone' : 'workspace.history.redone', { where }));
    if (place) goTo(place.section, place.itemId, place.field);
  }, [move, goTo, t]);
}
