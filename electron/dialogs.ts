/** Native file dialogs, in the UI language; the only way a path enters the app besides the OS. */
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { Lang } from '../shared/errors';
import type { Dialogs } from './core/ports';

const TEXT = {
  id: { open: 'Buka proyek perubahan', save: 'Simpan proyek perubahan', export: 'Simpan laporan DOCX', project: 'Berkas Rancang Perubahan', word: 'Dokumen Word', exportSlides: 'Simpan bahan tayang PPTX', powerpoint: 'Presentasi PowerPoint', exportPoster: 'Simpan poster PDF', pdf: 'Dokumen PDF', picture: 'Pilih gambar', pictures: 'Gambar PNG/JPEG', cohort: 'Pilih folder berkas peserta', cohortSave: 'Simpan rekap kelas', cohortReports: 'Pilih folder untuk laporan semua peserta', xlsx: 'Buku kerja Excel', csv: 'Teks CSV', docx: 'Dokumen Word' },
  en: { open: 'Open change project', save: 'Save change project', export: 'Save DOCX report', project: 'Rancang Perubahan file', word: 'Word document', exportSlides: 'Save PPTX slides', powerpoint: 'PowerPoint presentation', exportPoster: 'Save PDF poster', pdf: 'PDF document', picture: 'Choose a picture', pictures: 'PNG/JPEG picture', cohort: "Choose the participants' folder", cohortSave: 'Save cohort table', cohortReports: "Choose a folder for every participant's report", xlsx: 'Excel workbook', csv: 'CSV text', docx: 'Word document' },
} as const;

export function electronDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, win: () => BrowserWindow | null, lang: () => Lang, defaultFolder: () => string): Dialogs {
  const t = () => TEXT[lang()];
  const parent = () => win() ?? undefined;
  return {
    async chooseProjectToOpen() {
      const options = { title: t().open, properties: ['openFile' as const], filters: [{ name: t().project, extensions: ['rancang'] }] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : r.filePaths[0] ?? null;
    },
    async chooseProjectSavePath(suggested) {
      const options = { title: t().save, defaultPath: path.join(defaultFolder(), suggested), filters: [{ name: t().project, extensions: ['rancang'] }] };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : r.filePath ?? null;
    },
    async choosePicturePath() {
      const options = { title: t().picture, properties: ['openFile' as const], filters: [{ name: t().pictures, extensions: ['png', 'jpg', 'jpeg'] }] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : r.filePaths[0] ?? null;
    },
    async chooseCohortFolder() {
      const options = { title: t().cohort, properties: ['openDirectory' as const] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : r.filePaths[0] ?? null;
    },
    async chooseCohortReportsFolder() {
      const options = { title: t().cohortReports, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : r.filePaths[0] ?? null;
    },
    async chooseCohortExportPath(suggested, format) {
      const options = { title: t().cohortSave, defaultPath: path.join(defaultFolder(), suggested), filters: [{ name: t()[format], extensions: [format] }] };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : r.filePath ?? null;
    },
    async chooseExportPath(suggested) {
      // The suggested name carries the format's extension: the filter and title follow it.
      const ext = path.extname(suggested).slice(1).toLowerCase();
      const [title, name] = ext === 'pptx' ? [t().exportSlides, t().powerpoint] : ext === 'pdf' ? [t().exportPoster, t().pdf] : [t().export, t().word];
      const options = { title, defaultPath: path.join(defaultFolder(), suggested), filters: [{ name, extensions: [ext || 'docx'] }] };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : r.filePath ?? null;
    },
  };
}
