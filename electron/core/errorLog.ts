/**
 * The app's error log in the data folder (logs/rancang.log): one line per error from main or the
 * renderer, with time, where and the message and stack — never project content (callers pass only
 * an error's message and stack; both are cut short). Rotated by size so it never grows without
 * bound: rancang.log → rancang.1.log → rancang.2.log, the oldest dropped.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';

export const LOG_MAX_BYTES = 256 * 1024;
export const LOG_FILES_KEPT = 3;
const MESSAGE_MAX = 500;
const STACK_MAX = 4000;

export interface ErrorReport {
  source: 'main' | 'renderer';
  message: string;
  stack?: string;
}

export class ErrorLog {
  readonly file: string;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly maxBytes = LOG_MAX_BYTES,
  ) {
    this.file = path.join(dataDir, 'logs', 'rancang.log');
  }

  /** Appends one entry; errors while logging are swallowed (logging must never be the next failure). */
  append(report: ErrorReport): Promise<void> {
    const line = `${JSON.stringify({
      at: this.now().toISOString(),
      source: report.source,
      message: report.message.slice(0, MESSAGE_MAX),
      stack: report.stack?.slice(0, STACK_MAX),
    })}\n`;
    this.queue = this.queue.then(() => this.write(line)).catch(() => undefined);
    return this.queue;
  }

  private async write(line: string): Promise<void> {
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    const size = await fsp.stat(this.file).then(
      (s) => s.size,
      () => 0,
    );
    if (size > 0 && size + Buffer.byteLength(line) > this.maxBytes) await this.rotate();
    await fsp.appendFile(this.file, line, 'utf8');
  }

  private async rotate(): Promise<void> {
    const nth = (n: number) => (n === 0 ? this.file : this.file.replace(/\.log$/, `.${n}.log`));
    await fsp.rm(nth(LOG_FILES_KEPT - 1), { force: true });
    for (let n = LOG_FILES_KEPT - 2; n >= 0; n--) await fsp.rename(nth(n), nth(n + 1)).catch(() => undefined);
  }
}
