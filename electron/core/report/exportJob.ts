/** What main and the export worker say to each other: a request with an id, and its result. */
import type { ExportRequest } from '../../../shared/ipc';
import type { ReportExporter } from '../services';

export interface ExportJob {
  id: number;
  request: ExportRequest;
  target: string;
}
export interface ExportReply {
  id: number;
  result: Awaited<ReturnType<ReportExporter>>;
}
