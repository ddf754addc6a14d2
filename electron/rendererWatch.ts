/**
 * A renderer that hangs (a script that does not return) or dies (out of memory, a crash) leaves
 * the participant looking at a frozen or blank window. Main notices both and offers to reload:
 * what was typed is kept by then (autosave within 5 s to the file; a never-saved project as a
 * draft in the data folder, offered back when the page starts again). A hang may pass on its
 * own, so "wait" is offered too, and the question is not asked again while it is open or once the
 * page answers again. Thin glue: the Electron objects come in as parameters, so unit tests pass fakes.
 */
export type RendererTrouble = 'hung' | 'gone';
export type TroubleAnswer = 'reload' | 'wait' | 'close';

export interface RendererWatchDeps {
  /** Shows the question (a native message box in the app) and resolves with the choice. */
  ask(trouble: RendererTrouble): Promise<TroubleAnswer>;
  reload(): void;
  close(): void;
  log(message: string): void;
}

interface Watched {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
}
interface WatchedContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
}

export function watchRenderer(win: Watched, contents: WatchedContents, deps: RendererWatchDeps): void {
  let asking = false;
  let hung = false;
  const offer = async (trouble: RendererTrouble) => {
    if (asking) return;
    asking = true;
    try {
      const answer = await deps.ask(trouble);
      // The page came back while the question was open: nothing to do.
      if (trouble === 'hung' && !hung) return;
      if (answer === 'reload') deps.reload();
      else if (answer === 'close') deps.close();
    } finally {
      asking = false;
    }
  };
  win.on('unresponsive', () => {
    hung = true;
    deps.log('[renderer] unresponsive');
    void offer('hung');
  });
  win.on('responsive', () => {
    hung = false;
  });
  contents.on('render-process-gone', (_event, details) => {
    deps.log(`[renderer] gone: ${details.reason} (${details.exitCode})`);
    // A clean exit is the window closing, not trouble.
    if (details.reason !== 'clean-exit') void offer('gone');
  });
}
