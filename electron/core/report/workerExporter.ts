/**
 * A ReportExporter that runs the export on a worker thread (exportWorker.ts), so main's event
 * loop, and with it the window, never waits for the seconds an export of a large project takes.
 * The worker starts on the first export and stays; if it dies (a crash in a native module), the
 * exports it had are answered with EXPORT_FAILED and the next export starts a new one.
 */
import { Worker } from 'node:worker_threads';
import { failFor } from '../../../shared/errors';
import type { ReportExporter } from '../services';
import type { ExportJob, ExportReply } from './exportJob';

export interface WorkerExporterOptions {
  fontsDir: string;
  /** The built worker script (dist-electron/exportWorker.js beside main.js). */
  workerFile: string | URL;
}

type Pending = (reply: ExportReply['result']) => void;

export function createWorkerReportExporter(opts: WorkerExporterOptions): ReportExporter & { close(): Promise<void> } {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = () => {
    for (const answer of pending.values()) answer(failFor('EXPORT_FAILED', 'EXPORT_STOPPED'));
    pending.clear();
  };

  const start = (): Worker => {
    const w = new Worker(opts.workerFile, { workerData: { fontsDir: opts.fontsDir } });
    w.on('message', (reply: ExportReply) => {
      pending.get(reply.id)?.(reply.result);
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
    });
    w.on('error', (e) => {
      console.error('[export worker]', e);
      failAll();
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      if (code !== 0) console.error('[export worker] exit', code);
      failAll();
    });
    return w;
  };

  const exportReport: ReportExporter = (request, target) =>
    new Promise((resolve) => {
      worker ??= start();
      const job: ExportJob = { id: nextId++, request, target };
      pending.set(job.id, resolve);
      // Kept alive while it has work; an idle worker must not keep a headless process (tests, scripts) running.
      worker.ref();
      worker.postMessage(job);
    });

  return Object.assign(exportReport, {
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  });
}
