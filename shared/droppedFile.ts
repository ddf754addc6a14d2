/**
 * A `.rancang` file dropped on the window. The preload reads the path of a dropped file (Electron's
 * webUtils.getPathForFile) only for a real drop made by the user: a drop event the page made up
 * itself is not trusted, and a File the page built has no path. So the page can never make main
 * open a path of its choosing. Pure, so the preload (sandboxed, no Node) can bundle it.
 */
/** The project file's extension (FILE_EXTENSION), written out so the preload bundle does not pull in the schema. */
export const DROPPED_EXTENSION = '.rancang';

/** The channel the preload sends a dropped file's path on (main listens; the page cannot reach it). */
export const DROPPED_FILE_CHANNEL = 'rancang:dropped-file';

export interface DropLike<F> {
  isTrusted: boolean;
  dataTransfer: { files: ArrayLike<F> } | null;
}

/** The path of the first dropped `.rancang` file, or null (not a trusted drop, no such file, no path). */
export function droppedProjectPath<F>(event: DropLike<F>, pathOf: (file: F) => string): string | null {
  if (!event.isTrusted || !event.dataTransfer) return null;
  for (const file of Array.from(event.dataTransfer.files)) {
    const p = pathOf(file);
    if (p && p.toLowerCase().endsWith(DROPPED_EXTENSION)) return p;
  }
  return null;
}
