/**
 * The one entry point of the report: project → outline → docx Document. Pure; the exporter in
 * electron/core rasterises the outline's figures and packs the Document into bytes.
 */
import type { Document } from 'docx';
import type { ExportOptions, ExportRequest } from '../ipc';
import type { Project } from '../model/types';
import { buildOutline } from './buildOutline';
import { outlineFor } from './postTraining/outlineFor';
import { renderDocument, type RenderOptions } from './docx/document';
import type { FigureImage } from './docx/figures';
import type { ReportKind, ReportOutline } from './outline';

export type { FigureImage };

export interface PreparedReport {
  outline: ReportOutline;
  /** Builds the Document once the figures are rasterised (by figureId). */
  render(images: ReadonlyMap<string, FigureImage>, opts?: RenderOptions): Document;
}

export function prepareReport(p: Project, kind: ReportKind, options: ExportOptions): PreparedReport {
  const { outline, context } = buildOutline(p, kind, options);
  return { outline, render: (images, opts) => renderDocument(outline, context, images, opts) };
}

/** Any document an export request asks for (shared/report/postTraining/outlineFor.ts), ready to render. */
export function prepareRequest(request: Pick<ExportRequest, 'project' | 'kind' | 'options' | 'document' | 'asOf' | 'baseline'>): PreparedReport {
  const { outline, context } = outlineFor(request);
  return { outline, render: (images, opts) => renderDocument(outline, context, images, opts) };
}
