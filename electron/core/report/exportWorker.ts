/**
 * The report export on a worker thread (node:worker_threads): main hands it the request and the
 * target and goes on answering the window, while the outline, the figures (rasterised and
 * encoded as PNG), the page layout, the packing and the durable write all happen here. One
 * worker lives as long as the app, so its picture cache and warmed code serve the next export.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createReportExporter } from './exporter';
import type { ExportJob, ExportReply } from './exportJob';

const { fontsDir } = workerData as { fontsDir: string };
const exportReport = createReportExporter({ fontsDir });

parentPort!.on('message', (job: ExportJob) => {
  // The exporter answers every failure as a Result; nothing is left to reject unseen.
  void exportReport(job.request, job.target).then((result) => {
    const reply: ExportReply = { id: job.id, result };
    parentPort!.postMessage(reply);
  });
});
