/** LibreOffice Impress opens the SIPANTAU deck headless and prints it: every slide's title and the core issue are in the PDF. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { usgRanking } from '../../../shared/domain/usg';
import { tempDir } from '../helpers';
import { deck, sample } from './support';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the deck in LibreOffice Impress', () => {
  it('converts to PDF with one page per slide, each slide title and the core issue readable', async () => {
    const p = sample();
    const { deck: model, bytes } = await deck(p, { kind: 'rancangan' });
    const dir = await tempDir();
    const pptx = path.join(dir, 'sipantau.pptx');
    writeFileSync(pptx, bytes);
    // Its own profile folder: a second soffice of another test cannot block this one.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], {
      timeout: 180_000,
      stdio: 'ignore',
    });
    const pdf = path.join(dir, 'sipantau.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(model.slides.length);
    for (let i = 0; i < pages; i++) {
      const text = squash(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
      expect(text, `page ${i + 1}`).toContain(squash(model.slides[i]!.title));
    }
    const all = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    const coreId = usgRanking(p.issueAnalysis).coreIssueId;
    const core = p.issueAnalysis.issues.find((i) => i.id === coreId)!.statement;
    expect(all).toContain(`Isu utama (core issue) ${squash(core)}`);
  }, 240_000);
});
