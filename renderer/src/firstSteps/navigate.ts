/**
 * "Take me to that section" from inside a section (the guided path): a window event the
 * workspace listens to, like the export shortcut, so a section need not know the workspace.
 */
import type { SectionId } from '../../../shared/domain/sections';

export const NAVIGATE_EVENT = 'rancang:navigate';

export function navigateTo(section: SectionId): void {
  window.dispatchEvent(new CustomEvent<SectionId>(NAVIGATE_EVENT, { detail: section }));
}
