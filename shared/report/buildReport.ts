/**
 * The one entry point of the report: project → outline → docx Document. Pure; the exporter in
 * electron/core rasterises the outline's figures and packs the Document into bytes.
 */
import type { Document } from 'docx';
import type { ExportOptions } from '../ipc';
import type { Project } from '../model/types';
import { buildOutline } from './buildOutline';
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
