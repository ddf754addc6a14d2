/**
 * A one-page PDF holding one picture at the page's full size: the poster's PNG, printed by any
 * PDF reader at its physical size (A3 … banner). Written by hand (about forty lines of PDF 1.4)
 * rather than through a PDF library: the page needs a catalogue, one image and one drawing
 * command. The pixels go in as RGB, deflated with Node's native zlib (measured: about six times
 * faster than fflate for an A3 page of 17 million pixels).
 */
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

/** A PDF text string as UTF-16BE hex: any title, no escaping pitfalls. */
function pdfString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

export function pictureToPdf(png: Uint8Array, pageMm: { w: number; h: number }, title: string): Uint8Array {
  const img = PNG.sync.read(Buffer.from(png));
  const rgb = new Uint8Array(img.width * img.height * 3);
  // The poster is drawn on white, so dropping alpha loses nothing.
  for (let i = 0, j = 0; i < img.data.length; i += 4, j += 3) {
    rgb[j] = img.data[i]!;
    rgb[j + 1] = img.data[i + 1]!;
    rgb[j + 2] = img.data[i + 2]!;
  }
  const pixels = new Uint8Array(deflateSync(rgb, { level: 6 }));
  const w = (pageMm.w / 25.4) * 72;
  const h = (pageMm.h / 25.4) * 72;
  const draw = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
  const chunks: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (c: string | Uint8Array) => {
    const bytes = typeof c === 'string' ? Buffer.from(c, 'latin1') : c;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: string, stream?: Uint8Array) => {
    offsets[n] = length;
    push(`${n} 0 obj\n${body}\n`);
    if (stream) {
      push('stream\n');
      push(stream);
      push('\nendstream\n');
    }
    push('endobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`);
  object(
    4,
    `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>`,
    pixels,
  );
  object(5, `<< /Length ${draw.length} >>`, Buffer.from(draw, 'latin1'));
  object(6, `<< /Title ${pdfString(title)} /Producer ${pdfString('Rancang Perubahan')} >>`);
  const xref = length;
  push(
    `xref\n0 7\n0000000000 65535 f \n${offsets
      .slice(1)
      .map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
      .join('')}`,
  );
  push(`trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c as Uint8Array, at);
    at += (c as Uint8Array).length;
  }
  return out;
}
