/**
 * The export on a worker thread, as main runs it: the same DOCX as in process, failures still
 * coded Indonesian messages, exports at once answered each with its own result, main's event
 * loop free while the worker works, and a worker that dies answered with EXPORT_FAILED, the next
 * export starting a new one. Tests run the TypeScript source, through a worker that registers tsx first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createReportExporter } from '../../../electron/core/report/exporter';
import { createWorkerReportExporter } from '../../../electron/core/report/workerExporter';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { sipantau } from '../domain/sipantau';
import { ROOT, tempDir } from '../helpers';
import { FONTS } from './support';

const request = { project: sipantau(), kind: 'rancangan' as const, options: DEFAULT_EXPORT_OPTIONS, suggestedName: 'SIPANTAU' };
const workerFile = path.join(ROOT, 'tests/fixtures/exportWorkerFromSource.mjs');
const inWorker = createWorkerReportExporter({ fontsDir: FONTS, workerFile });
afterAll(() => inWorker.close());

/**
 * The document part with its bookmark and drawing ids and its _Toc bookmark names renumbered in
 * order of first use. docx draws them from counters kept for the whole process, so they depend on
 * how many documents this process (a test worker runs many files) or the export thread made
 * before; which element shares an id or a name with which is what the document says, and that is kept.
 */
const documentXml = (file: string) => {
  const xml = strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
  const seen = { bookmark: new Map<string, number>(), drawing: new Map<string, number>(), toc: new Map<string, number>() };
  const renumber = (ids: Map<string, number>, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return ids.get(id)!;
  };
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g, (_, head: string, id: string) => `${head}${renumber(seen.bookmark, id)}"`)
    .replace(/(<wp:docPr\b[^>]*\bid=")(\d+)"/g, (_, head: string, id: string) => `${head}${renumber(seen.drawing, id)}"`)
    .replace(/_Toc(\d+)/g, (_, id: string) => `_Toc${renumber(seen.toc, id)}`);
};

describe('createWorkerReportExporter', () => {
  it('writes the same document as the export in process, while main keeps turning', async () => {
    const dir = await tempDir();
    let turns = 0;
    const tick = setInterval(() => turns++, 1);
    const there = await inWorker(request, path.join(dir, 'worker.docx'));
    clearInterval(tick);
    expect(there.ok).toBe(true);
    // Not a timing: main's loop ran at all while the export was on the worker.
    expect(turns).toBeGreaterThan(0);
    const here = await createReportExporter({ fontsDir: FONTS })(request, path.join(dir, 'main.docx'));
    expect(here.ok).toBe(true);
    expect(documentXml(path.join(dir, 'worker.docx'))).toBe(documentXml(path.join(dir, 'main.docx')));
  }, 180_000);

  it('answers exports made at once each with its own result, failures in Indonesian', async () => {
    const dir = await tempDir();
    const [good, bad] = await Promise.all([
      inWorker({ ...request, kind: 'laporan' }, path.join(dir, 'laporan.docx')),
      inWorker(request, path.join(dir, 'tidak', 'ada', 'laporan.docx')),
    ]);
    expect(good.ok).toBe(true);
    expect(bad).toMatchObject({ ok: false, code: 'EXPORT_FAILED', message: 'Gagal membuat laporan DOCX: folder tujuan tidak ada' });
  }, 180_000);

  it('a worker that dies answers with EXPORT_FAILED, and the next export starts a new one', async () => {
    const dir = await tempDir();
    const dying = createWorkerReportExporter({ fontsDir: FONTS, workerFile: path.join(ROOT, 'tests/fixtures/dyingExportWorker.mjs') });
    const r = await dying(request, path.join(dir, 'x.docx'));
    expect(r).toMatchObject({ ok: false, code: 'EXPORT_FAILED' });
    if (!r.ok) expect(r.message).toMatch(/^Gagal membuat laporan DOCX: proses ekspor berhenti/);
    const again = await dying(request, path.join(dir, 'y.docx'));
    expect(again.ok).toBe(false);
    await dying.close();
  }, 60_000);
});
