/** The outline an export request asks for: the phase's report, the implementation report or the handover summary. */
import type { ExportRequest } from '../../ipc';
import { buildOutline } from '../buildOutline';
import type { ReportContext } from '../context';
import type { ReportOutline } from '../outline';
import { buildHandoverOutline } from './handoverSummary';
import { buildImplementationOutline } from './implementation';

/** The day the documents after training speak of: the request's, else today in main's local time. */
export function asOfDay(request: Pick<ExportRequest, 'asOf'>, now: Date = new Date()): string {
  if (request.asOf) return request.asOf;
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function outlineFor(request: Pick<ExportRequest, 'project' | 'kind' | 'options' | 'document' | 'asOf' | 'baseline'>): {
  outline: ReportOutline;
  context: ReportContext;
} {
  switch (request.document ?? 'report') {
    case 'implementasi':
      return buildImplementationOutline(request.project, request.options, asOfDay(request));
    case 'serah-terima':
      return buildHandoverOutline(request.project, request.options, asOfDay(request));
    default:
      return buildOutline(request.project, request.kind, request.options, request.baseline ?? null);
  }
}
