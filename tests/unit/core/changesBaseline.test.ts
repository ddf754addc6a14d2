/**
 * The laporan's changes appendix compares with a frozen version that main reads from the open
 * document's own file (through the real services and a real temp file): the renderer names the
 * document, never sends the version itself.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportExporter } from '../../../electron/core/services';
import type { ExportRequest } from '../../../shared/ipc';
import { IPC_ARGS } from '../../../shared/ipcArgs';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { ok } from '../../../shared/result';
import { sipantau } from '../domain/sipantau';
import { servicesIn, tempDir } from '../helpers';

async function withVersions() {
  const dir = await tempDir();
  const seen: ExportRequest[] = [];
  const exportReport: ReportExporter = async (request) => {
    seen.push(request);
    return ok({ bytes: 1, millis: 1 });
  };
  const { services, dialogs } = await servicesIn(dir, { exportReport });
  dialogs.answer(path.join(dir, 'proyek.rancang'));
  const made = await services.saveProjectAs({ ...sipantau(), title: 'Judul rancangan' }, 'proyek');
  if (!made.ok || !made.value) throw new Error('save as failed');
  const docId = made.value.docId;
  await services.freezeVersion(docId, { ...sipantau(), title: 'Judul rancangan' }, { name: 'Rancangan — seminar', note: '', kind: 'rancangan' });
  await services.freezeVersion(docId, { ...sipantau(), title: 'Judul lain' }, { name: 'Catatan lain', note: '', kind: 'other' });
  const exportWith = async (project: ExportRequest['project'], extra: Partial<ExportRequest> = {}) => {
    dialogs.answer(path.join(dir, 'laporan.docx'));
    const r = await services.exportReport({ project, kind: 'laporan', options: DEFAULT_EXPORT_OPTIONS, suggestedName: 'laporan', docId, ...extra });
    expect(r.ok).toBe(true);
    return seen.at(-1)!;
  };
  return { docId, exportWith };
}

describe('the changes appendix’s version, read by main', () => {
  it('is the newest rancangan version by default, the chosen one when named, and none when the setting is off', async () => {
    const { exportWith } = await withVersions();
    const now = { ...sipantau(), title: 'Judul laporan' };
    expect((await exportWith(now)).baseline).toBeUndefined();
    const on = { ...now, documentSettings: { ...now.documentSettings, changesAppendix: true } };
    const first = await exportWith(on);
    expect([first.baseline?.name, first.baseline?.project.title]).toEqual(['Rancangan — seminar', 'Judul rancangan']);
    expect((await exportWith(on, { kind: 'rancangan' })).baseline).toBeUndefined();
    const r = await exportWith({ ...now, documentSettings: { ...now.documentSettings, changesAppendix: true, changesAppendixVersion: 'ver-tidakada' } });
    expect(r.baseline?.name).toBe('Rancangan — seminar');
  });

  it('a baseline sent by the renderer is dropped by the argument check and by the service', async () => {
    const { exportWith } = await withVersions();
    const forged = { name: 'palsu', frozenAt: '', project: { ...sipantau(), title: 'Palsu' } };
    const parsed = IPC_ARGS.exportReport.parse([
      { project: sipantau(), kind: 'laporan', options: DEFAULT_EXPORT_OPTIONS, suggestedName: 'x', baseline: forged },
    ]);
    expect('baseline' in parsed[0]).toBe(false);
    expect((await exportWith(sipantau(), { baseline: forged })).baseline).toBeUndefined();
  });
});
