/**
 * Parts of the window that are not needed to show the start screen or a section's form: the boards
 * (dnd-kit, the charts), the reading view, the export dialog (with the slide builder), the Markdown preview (mdast) and the English dictionary
 * (loaded by i18n/index.ts when chosen). Each is its own chunk, loaded when first drawn — or earlier,
 * once the window is idle after start-up (preloadParts), so switching to a board seldom waits.
 * Where one is drawn, a Suspense boundary stands in for it while its chunk loads.
 */
import { lazy, type ComponentType } from 'react';
import type { MilestoneBoardProps } from '../boards/milestones/MilestoneBoardView';
import type { ExportDialogProps } from '../export/ExportDialog';
import type { RichTextPreviewProps } from '../components/RichTextPreview';

const loaders: (() => Promise<unknown>)[] = [];

function part<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const get = () => (loading ??= load().then((C) => ({ default: C })));
  loaders.push(get);
  return lazy(get);
}

export const StakeholderSection = part(async () => (await import('../boards/stakeholders/StakeholderSection')).StakeholderSection);
export const TimelineSection = part(async () => (await import('../boards/timeline/TimelineSection')).TimelineSection);
export const MilestoneBoardView = part<MilestoneBoardProps>(async () => (await import('../boards/milestones/MilestoneBoardView')).MilestoneBoardView);
export const ReadingView = part(async () => (await import('../reading/ReadingView')).ReadingView);
export const ExportDialog = part<ExportDialogProps>(async () => (await import('../export/ExportDialog')).ExportDialog);
export const RichTextPreview = part<RichTextPreviewProps>(async () => (await import('../components/RichTextPreview')).RichTextPreview);

/** Loads every part in the background, one after the other, when the window has nothing else to do. */
export function preloadParts(): void {
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200));
  idle(() => {
    void loaders.reduce((chain, load) => chain.then(load).catch(() => undefined), Promise.resolve<unknown>(undefined));
  });
}
