/** Native file dialogs, in the UI language; the only way a path enters the app besides the OS. */
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { SHARED_TEXT, type Lang } from '../shared/i18n';
import type { Dialogs } from './core/ports';

export function electronDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  win: () => BrowserWindow | null,
  lang: () => Lang,
  defaultFolder: () => string,
): Dialogs {
  const t = () => SHARED_TEXT[lang()].fileDialogs;
  const parent = () => win() ?? undefined;
  return {
    async chooseProjectToOpen() {
      const options = { title: t().open, properties: ['openFile' as const], filters: [{ name: t().project, extensions: ['rancang'] }] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseProjectSavePath(suggested) {
      const options = { title: t().save, defaultPath: path.join(defaultFolder(), suggested), filters: [{ name: t().project, extensions: ['rancang'] }] };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : (r.filePath ?? null);
    },
    async choosePicturePath() {
      const options = { title: t().picture, properties: ['openFile' as const], filters: [{ name: t().pictures, extensions: ['png', 'jpg', 'jpeg'] }] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseCohortFolder() {
      const options = { title: t().cohort, properties: ['openDirectory' as const] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseCohortReportsFolder() {
      const options = { title: t().cohortReports, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseWordToImport() {
      const options = { title: t().wordComments, properties: ['openFile' as const], filters: [{ name: t().word, extensions: ['docx'] }] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseAssessmentTemplate() {
      const options = {
        title: t().assessmentTemplate,
        properties: ['openFile' as const],
        filters: [{ name: t().assessmentTemplates, extensions: ['json', 'xlsx'] }],
      };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseReviewToOpen() {
      const options = { title: t().review, properties: ['openFile' as const], filters: [{ name: t().reviews, extensions: ['ulasan'] }] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseCohortExportPath(suggested, format) {
      const options = { title: t().cohortSave, defaultPath: path.join(defaultFolder(), suggested), filters: [{ name: t()[format], extensions: [format] }] };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : (r.filePath ?? null);
    },
    async chooseExportPath(suggested) {
      // The suggested name carries the format's extension: the filter and title follow it.
      const ext = path.extname(suggested).slice(1).toLowerCase();
      const [title, name] = ext === 'pptx' ? [t().exportSlides, t().powerpoint] : ext === 'pdf' ? [t().exportPoster, t().pdf] : [t().export, t().word];
      const options = { title, defaultPath: path.join(defaultFolder(), suggested), filters: [{ name, extensions: [ext || 'docx'] }] };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : (r.filePath ?? null);
    },
  };
}
