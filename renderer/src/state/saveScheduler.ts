/**
 * When autosave writes: a moment after the typing stops (quiet time), but never later than a
 * maximum wait after the first unsaved edit, so someone who types without pausing for minutes
 * still has at most a few seconds of work off the disk. Pure timing; what "save" means is the
 * caller's.
 */

/** Quiet time after the last edit before autosave writes the file. */
export const AUTOSAVE_MS = 800;
/** Continuous typing is written at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 5000;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class SaveScheduler {
  private quiet: unknown = null;
  private deadline: unknown = null;

  constructor(
    private readonly fire: () => void,
    private readonly quietMs = AUTOSAVE_MS,
    private readonly maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  /** An edit happened: restart the quiet timer; start the deadline if this is the first unsaved edit. */
  touch(): void {
    if (this.quiet !== null) this.timers.clearTimeout(this.quiet);
    this.quiet = this.timers.setTimeout(() => this.run(), this.quietMs);
    if (this.deadline === null) this.deadline = this.timers.setTimeout(() => this.run(), this.maxWaitMs);
  }

  /** Whether a save is waiting to happen. */
  get pending(): boolean {
    return this.quiet !== null || this.deadline !== null;
  }

  cancel(): void {
    if (this.quiet !== null) this.timers.clearTimeout(this.quiet);
    if (this.deadline !== null) this.timers.clearTimeout(this.deadline);
    this.quiet = null;
    this.deadline = null;
  }

  private run(): void {
    this.cancel();
    this.fire();
  }
}
