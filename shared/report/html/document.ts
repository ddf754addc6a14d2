/**
 * The report as one print-ready HTML page for the PDF: cover, lembar persetujuan / pengesahan,
 * daftar isi, tabel and gambar, then the chapters of the outline. CSS paged media gives the page
 * size and margins of the document settings; the printer adds paged.js, which cuts the pages, and
 * then writes the page numbers (roman in the front matter, arabic from BAB I) and the lists' numbers
 * from where each heading and caption really landed.
 */
import { dayName, formatDate } from '../../format/dates';
import { groupNip } from '../../format/nip';
import { toRoman } from '../../format/roman';
import { programmeName } from '../../model/programmes';
import type { Person, Project } from '../../model/types';
import type { ReportContext } from '../context';
import type { ReportOutline } from '../outline';
import { MISSING } from '../terms';
import { blockHtml, esc } from './blocks';
import { PRINT_CSS } from './style';

const missing = `<span class="missing">${esc(MISSING)}</span>`;
const or = (s: string) => (s.trim() ? esc(s.trim()) : missing);

export const chapterId = (i: number) => `bab-${i}`;
const sectionId = (i: number, j: number) => `bab-${i}-${j}`;

export function reportHtml(o: ReportOutline, c: ReportContext): string {
  const p = c.p;
  let bab = 0;
  const chapters = o.chapters.map((ch, i) => {
    const label = ch.numbered ? `BAB ${toRoman(++bab)}` : null;
    let h = 0;
    const sections: { id: string; text: string }[] = [];
    const body = ch.blocks
      .map((b) => {
        if (b.kind === 'heading' && b.level === 2) {
          const id = sectionId(i, h++);
          sections.push({ id, text: b.text });
          return blockHtml(b, id);
        }
        return blockHtml(b);
      })
      .join('\n');
    const title = `${label ? `<span class="bab">${label}</span>` : ''}${esc(ch.title)}`;
    return {
      id: chapterId(i),
      label,
      title: ch.title,
      sections,
      html: `<section class="chapter${i === 0 ? ' body-start' : ''}"><h1 id="${chapterId(i)}">${title}</h1>\n${body}</section>`,
    };
  });
  // The number is filled in after pagination; "000" holds its room so filling it moves nothing.
  const tocEntry = (id: string, text: string, level: number) =>
    `<li class="toc-${level}"><a href="#${esc(id)}"><span>${esc(text)}</span><span class="num">000</span></a></li>`;
  const toc = chapters
    .map((ch) => [tocEntry(ch.id, `${ch.label ? `${ch.label} ` : ''}${ch.title}`, 1), ...ch.sections.map((s) => tocEntry(s.id, s.text, 2))].join(''))
    .join('');
  const list = (items: { bookmark: string; label: string; title: string }[], none: string) =>
    items.length ? `<ol class="toc">${items.map((t) => tocEntry(t.bookmark, `${t.label} ${t.title}`, 2)).join('')}</ol>` : `<p>${none}</p>`;
  const settings = p.documentSettings;
  const css = PRINT_CSS.replace('$SIZE', settings.paper === 'F4' ? '215mm 330mm' : 'A4')
    .replace('$MARGIN', `${settings.marginsCm.top}cm ${settings.marginsCm.right}cm ${settings.marginsCm.bottom}cm ${settings.marginsCm.left}cm`)
    .replace('$FONT_SIZE', `${settings.fontSizePt}pt`)
    .replace('$LINE', String(settings.lineSpacing));
  // The implementation report has no seminar to approve it; the handover summary is one page without front matter.
  const frontMatter = `${cover(p, o.documentType)}
${o.variant === undefined ? `<section class="front">${approval(c)}</section>` : ''}
<section class="front"><p class="front-title">DAFTAR ISI</p><ol class="toc">${toc}</ol></section>
<section class="front"><p class="front-title">DAFTAR TABEL</p>${list(o.tables, 'Tidak ada tabel.')}</section>
${
  c.options.includeFigures || o.figureCaptions.length
    ? `<section class="front"><p class="front-title">DAFTAR GAMBAR</p>${list(o.figureCaptions, 'Tidak ada gambar.')}</section>`
    : ''
}`;
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data: app:; script-src 'unsafe-inline'">
<title>${esc(o.documentType)} — ${esc(p.title.trim())}</title>
<style>${css}</style></head>
<body>
${o.variant === 'serah-terima' ? '' : frontMatter}
${chapters.map((ch) => ch.html).join('\n')}
</body></html>`;
}

function cover(p: Project, documentType: string): string {
  const person = p.people.participant;
  const prog = p.programme;
  const cohort = [
    `PESERTA ${programmeName(prog).toUpperCase()}`,
    prog.angkatan.trim() ? `ANGKATAN ${prog.angkatan.trim().toUpperCase()}` : '',
    prog.year ? `TAHUN ${prog.year}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<section class="cover">
<p>${esc(documentType)}</p>
<p class="cover-title">${p.title.trim() ? esc(p.title.trim().toUpperCase()) : missing}</p>
<p class="cover-by">Oleh:</p>
<p>${or(person.name)}</p>
<p>NIP ${person.nip.trim() ? esc(groupNip(person.nip)) : missing}</p>
${person.participantNo.trim() ? `<p>Nomor Peserta ${esc(person.participantNo.trim())}</p>` : ''}
<p class="cover-cohort">${esc(cohort)}</p>
<p class="cover-org">${
    [prog.organiserParent, prog.organiser]
      .filter((s) => s.trim())
      .map((s) => esc(s.trim().toUpperCase()))
      .join('<br>') || missing
  }</p>
<p class="cover-city">${or(prog.city.toUpperCase())}<br>${prog.year ?? ''}</p>
</section>`;
}

function signature(role: string, person: Person): string {
  return `<div class="signature"><p>${esc(role)}</p><p class="sign-space"></p><p class="sign-name">${or(person.name)}</p><p>NIP ${person.nip.trim() ? esc(groupNip(person.nip)) : missing}</p></div>`;
}

function approval(c: ReportContext): string {
  const p = c.p;
  const laporan = c.kind === 'laporan';
  const day = laporan ? p.calendar.seminarLaporan : p.calendar.seminarRancangan;
  const when = day ? `hari ${esc(dayName(day))} tanggal ${esc(formatDate(day))}` : missing;
  const sentence = laporan
    ? `Telah diuji di depan penguji pada ${when}.`
    : `Telah disetujui untuk diseminarkan pada Seminar Rancangan ${esc(c.label)} pada ${when}.`;
  const person = p.people.participant;
  const rows: [string, string][] = [
    ['Judul', p.title],
    ['Nama', person.name],
    ['NIP', person.nip.trim() ? groupNip(person.nip) : ''],
    ['Jabatan', person.jabatan],
    ['Instansi', person.instansi],
  ];
  const signers = [signature('Mentor,', p.people.mentor), signature('Coach,', p.people.coach), ...(laporan ? [signature('Penguji,', p.people.examiner)] : [])];
  return `<p class="front-title">${laporan ? 'LEMBAR PENGESAHAN' : 'LEMBAR PERSETUJUAN'}</p>
<p class="front-subtitle">${esc(`${laporan ? 'LAPORAN' : 'RANCANGAN'} ${c.label.toUpperCase()}`)}</p>
<table class="fields">${rows.map(([k, v]) => `<tr><td>${k}</td><td>:</td><td>${or(v)}</td></tr>`).join('')}</table>
<p>${sentence}</p>
<p class="place">${or(p.programme.city)}, ${day ? esc(formatDate(day)) : missing}</p>
<p class="center">${laporan ? 'Mengesahkan,' : 'Menyetujui,'}</p>
<div class="signatures">${signers.join('')}</div>`;
}
