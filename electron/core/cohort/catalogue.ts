/**
 * The cohort's innovation catalogue as DOCX: a cover line and one page per innovation — the
 * problem it answers, the idea, the results so far and whom to contact — in the same sober
 * formal style as the report (Times New Roman 12, A4, 4-4-3-3 cm). Organisers hand it out at the
 * exhibition of change projects or send it to the directory of innovations.
 */
import { AlignmentType, Document, HeadingLevel, PageBreak, Packer, Paragraph, TextRun } from 'docx';
import type { InnovationProfile } from '../../../shared/cohort/profile';
import { stripInvalidXml } from '../../../shared/charts/xml';
import { formatDateLong } from '../../../shared/format/dates';
import { neutraliseBidi } from '../../../shared/text/displaySafe';

const CM = 567;
const clean = (s: string) => neutraliseBidi(stripInvalidXml(s));

export async function innovationCatalogue(title: string, profiles: readonly InnovationProfile[]): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'KATALOG INOVASI', bold: true, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [new TextRun({ text: clean(title), size: 26 })] }),
    ...profiles.map((p, i) => new Paragraph({ children: [new TextRun(`${i + 1}. ${clean(p.name)} — ${clean(p.initiator)}`)] })),
  ];
  for (const p of profiles) {
    children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: clean(p.name) || '[belum diisi]', bold: true })] }));
    children.push(line('Tahapan', p.stage));
    if (p.kinds) children.push(line('Jenis', p.kinds));
    if (p.startDate) children.push(line('Mulai', formatDateLong(p.startDate, 'id')));
    for (const [label, text] of [
      ['Permasalahan', p.problem],
      ['Gagasan', p.design],
      ['Tujuan', p.aims],
      ['Hasil', p.results],
    ] as const) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: label, bold: true })] }));
      for (const para of (clean(text) || '[belum diisi]').split('\n'))
        children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(para)] }));
    }
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: 'Kontak', bold: true })] }));
    children.push(new Paragraph({ children: [new TextRun({ text: clean(p.initiator), bold: true })] }));
    if (p.position) children.push(new Paragraph({ children: [new TextRun(clean(p.position))] }));
    if (p.agency) children.push(new Paragraph({ children: [new TextRun(clean(p.agency))] }));
  }
  const doc = new Document({
    creator: 'Rancang Perubahan',
    title: `Katalog Inovasi — ${clean(title)}`,
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 24 }, paragraph: { spacing: { line: 360, after: 120 } } },
        // Formal and black, like the report: Word's default headings are blue Calibri.
        title: { run: { font: 'Times New Roman', size: 32, bold: true, color: '000000' } },
        heading1: { run: { font: 'Times New Roman', size: 28, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 }, keepNext: true } },
        heading2: {
          run: { font: 'Times New Roman', size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 60 }, keepNext: true },
        },
      },
    },
    sections: [
      { properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 4 * CM, left: 4 * CM, bottom: 3 * CM, right: 3 * CM } } }, children },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function line(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(clean(value))] });
}
