/**
 * Evidence pictures for the SIPANTAU sample: simple drawn scenes (the app's status page, the
 * socialisation, the launch), each marked "ILUSTRASI" on its face, so a participant sees where
 * evidence photos go in the laporan without anyone's real photo shipping in the app.
 */
import { Resvg } from '@resvg/resvg-js';
import path from 'node:path';
import type { Attachment } from '../../shared/model/types';

const W = 960;
const H = 600;
const FONT = 'Liberation Sans';

interface Scene {
  id: string;
  milestoneId: string;
  name: string;
  caption: string;
  body: string;
}

function frame(title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">
<rect width="${W}" height="${H}" fill="#eef2f6"/>
${body}
<rect x="0" y="${H - 56}" width="${W}" height="56" fill="#1f3a5f"/>
<text x="24" y="${H - 20}" font-size="24" fill="#ffffff">${title}</text>
<g transform="translate(${W - 210} 24)"><rect width="186" height="44" rx="6" fill="#ffffff" stroke="#b42318" stroke-width="3"/>
<text x="93" y="31" font-size="24" font-weight="bold" fill="#b42318" text-anchor="middle">ILUSTRASI</text></g>
</svg>`;
}

function statusPage(): string {
  const rows = [
    ['PB-0412', 'Perdagangan', 'Verifikasi teknis', '#f0b429'],
    ['PB-0413', 'Lingkungan hidup', 'Menunggu rekomendasi', '#f0b429'],
    ['PB-0415', 'Perdagangan', 'Izin terbit', '#2f855a'],
    ['PB-0418', 'Lingkungan hidup', 'Berkas diterima', '#3b6ea5'],
  ];
  const table = rows
    .map(
      ([no, sector, stage, colour], i) => `<g transform="translate(80 ${190 + i * 64})">
<rect width="800" height="54" fill="#ffffff" stroke="#c9d3de"/>
<text x="20" y="35" font-size="22" fill="#1a202c">${no}</text>
<text x="170" y="35" font-size="22" fill="#1a202c">${sector}</text>
<rect x="470" y="12" width="310" height="30" rx="15" fill="${colour}"/>
<text x="625" y="34" font-size="19" fill="#ffffff" text-anchor="middle">${stage}</text></g>`,
    )
    .join('\n');
  return `<rect x="60" y="90" width="840" height="440" rx="10" fill="#ffffff" stroke="#9aa9b9"/>
<rect x="60" y="90" width="840" height="70" rx="10" fill="#3b6ea5"/>
<text x="90" y="136" font-size="30" font-weight="bold" fill="#ffffff">SIPANTAU — Status Permohonan</text>
${table}`;
}

function audience(): string {
  const people: string[] = [];
  for (let row = 0; row < 3; row++)
    for (let col = 0; col < 9; col++) {
      const x = 110 + col * 86 + (row % 2) * 30;
      const y = 330 + row * 62;
      people.push(`<circle cx="${x}" cy="${y}" r="17" fill="#6b7f95"/><rect x="${x - 24}" y="${y + 18}" width="48" height="30" rx="12" fill="#8fa3b8"/>`);
    }
  return `<rect x="250" y="70" width="460" height="220" fill="#ffffff" stroke="#1f3a5f" stroke-width="4"/>
<text x="480" y="160" font-size="30" font-weight="bold" fill="#1f3a5f" text-anchor="middle">Sosialisasi SIPANTAU</text>
<text x="480" y="205" font-size="22" fill="#1a202c" text-anchor="middle">Petugas dan pelaku usaha (KADIN)</text>
${people.join('\n')}`;
}

function launch(): string {
  return `<rect x="90" y="80" width="780" height="200" fill="#1f3a5f"/>
<text x="480" y="165" font-size="46" font-weight="bold" fill="#ffffff" text-anchor="middle">LAUNCHING SIPANTAU</text>
<text x="480" y="225" font-size="24" fill="#ffffff" text-anchor="middle">DPMPTSP Provinsi Jambi · 13 Mei 2022</text>
<rect x="420" y="330" width="120" height="150" fill="#9aa9b9"/>
<circle cx="270" cy="350" r="24" fill="#6b7f95"/><rect x="240" y="376" width="60" height="110" rx="16" fill="#3b6ea5"/>
<circle cx="690" cy="350" r="24" fill="#6b7f95"/><rect x="660" y="376" width="60" height="110" rx="16" fill="#3b6ea5"/>
<line x1="300" y1="420" x2="660" y2="420" stroke="#b42318" stroke-width="6"/>`;
}

const SCENES: Scene[] = [
  {
    id: 'att-mp05',
    milestoneId: 'MP-05',
    name: 'ilustrasi-uji-coba-sipantau.png',
    caption: 'Ilustrasi: halaman status permohonan SIPANTAU saat uji coba (UAT)',
    body: statusPage(),
  },
  {
    id: 'att-mp06',
    milestoneId: 'MP-06',
    name: 'ilustrasi-sosialisasi.png',
    caption: 'Ilustrasi: sosialisasi kepada petugas dan pelaku usaha melalui KADIN',
    body: audience(),
  },
  {
    id: 'att-mp07',
    milestoneId: 'MP-07',
    name: 'ilustrasi-launching.png',
    caption: 'Ilustrasi: launching SIPANTAU untuk dua sektor perizinan',
    body: launch(),
  },
];

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The pictures as attachments, each tied to its milestone. */
export function evidencePictures(root: string): Attachment[] {
  const fontDir = path.join(root, 'renderer/public/fonts');
  const fontFiles = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map((f) => path.join(fontDir, f));
  const attachments: Attachment[] = [];
  for (const s of SCENES) {
    const png = new Resvg(frame(sentence(s.caption.replace(/^Ilustrasi: /, '')), s.body), {
      fitTo: { mode: 'width', value: W },
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT },
    })
      .render()
      .asPng();
    attachments.push({ id: s.id, name: s.name, mime: 'image/png', data: Buffer.from(png).toString('base64'), caption: s.caption, milestoneId: s.milestoneId });
  }
  return attachments;
}
