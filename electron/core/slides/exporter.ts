/** Slides export in main and in the headless command: deck model → PPTX bytes → written durably. */
import type { Project } from '../../../shared/model/types';
import { buildDeck, type DeckOptions } from '../../../shared/slides/buildDeck';
import type { Deck } from '../../../shared/slides/model';
import type { Rasterizer } from '../report/rasterize';
import { logoColour } from './logoColour';
import { deckBytes } from './render';

export interface DeckFile {
  deck: Deck;
  bytes: Uint8Array;
}

/** The deck of a project, its logo colour looked up when the logo theme asks for it. */
export async function pptxBytes(project: Project, options: DeckOptions, raster: Rasterizer): Promise<DeckFile> {
  const deck = buildDeck(project, { ...options, logoColour: options.theme === 'logo' ? logoColour(project) : null });
  return { deck, bytes: await deckBytes(deck, raster) };
}
