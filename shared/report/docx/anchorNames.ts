/**
 * Bookmark names and markers for the body of one document (shared/report/anchors.ts): each
 * section and item gets its own name per occurrence (Word keeps one bookmark per name). An item's
 * row gets a start in its first cell and an end in its last, so a comment made anywhere in the row
 * lies inside the item's range.
 */
import { BookmarkEnd, BookmarkStart, bookmarkUniqueNumericId } from 'docx';
import { itemBookmark, sectionBookmark, type ItemRef } from '../anchors';
import type { SectionId } from '../../domain/sections';

export interface RowMarkers {
  start: BookmarkStart;
  end: BookmarkEnd;
}

export class AnchorNames {
  private readonly seen = new Map<string, number>();

  private next(key: string): number {
    const n = this.seen.get(key) ?? 0;
    this.seen.set(key, n + 1);
    return n;
  }

  /** The bookmark name of a section heading in the body. */
  section(id: SectionId): string {
    return sectionBookmark(id, this.next(`s\u0000${id}`));
  }

  /** The markers of an item's next row in the document. */
  row(ref: ItemRef): RowMarkers {
    const name = itemBookmark(ref, this.next(`${ref.kind}\u0000${ref.id}`));
    const id = bookmarkUniqueNumericId();
    return { start: new BookmarkStart(name, id), end: new BookmarkEnd(id) };
  }
}
