/**
 * Pictures in the line of their own paragraph: the rasterised charts at the full text width
 * (caption below), and evidence photos a little smaller. Tall pictures are scaled to fit the page.
 */
import { ImageRun, Paragraph } from 'docx';
import { stripInvalidXml } from '../../charts/xml';
import type { PictureData } from '../images';
import type { FigureBlock, PictureBlock } from '../outline';
import { captionParagraph } from './captions';
import type { PageGeometry } from './geometry';
import { twipsToPx } from './geometry';
import { plain } from './runs';
import { STYLE } from './styles';

export interface FigureImage {
  png: Uint8Array;
  width: number;
  height: number;
}

function fit(w: number, h: number, maxW: number, maxH: number): { width: number; height: number } {
  const scale = Math.min(maxW / w, maxH / h);
  return { width: Math.round(w * scale), height: Math.round(h * scale) };
}

export function figureParagraphs(f: FigureBlock, image: FigureImage | undefined, g: PageGeometry): Paragraph[] {
  if (!image) return [];
  // Leave room on the page for the caption under the picture.
  const size = fit(image.width, image.height, twipsToPx(g.textWidth), twipsToPx(g.textHeight) * 0.86);
  return [
    new Paragraph({
      style: STYLE.figure,
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: size,
          altText: { name: f.figureId, title: f.caption.label, description: stripInvalidXml(f.altText) },
        }),
      ],
    }),
    captionParagraph(f.caption, true),
  ];
}

export function pictureParagraphs(b: PictureBlock, g: PageGeometry): Paragraph[] {
  const size = fit(b.picture.width, b.picture.height, twipsToPx(g.textWidth) * 0.8, twipsToPx(g.textHeight) * 0.55);
  return [
    new Paragraph({ style: STYLE.figure, children: [pictureRun(b.picture, size, b.numbered ? `${b.numbered.label} ${b.caption}` : b.caption)] }),
    b.numbered
      ? captionParagraph(b.numbered, true)
      : new Paragraph({ style: STYLE.caption, keepNext: false, spacing: { before: 60, after: 240 }, children: plain(b.caption, { italics: true }) }),
  ];
}

export function pictureRun(p: PictureData, size: { width: number; height: number }, text: string): ImageRun {
  // Alt text is an XML attribute: it needs the same cleaning as the text runs.
  const description = stripInvalidXml(text);
  return p.type === 'png'
    ? new ImageRun({ type: 'png', data: p.data, transformation: size, altText: { name: 'gambar', title: description, description } })
    : new ImageRun({ type: 'jpg', data: p.data, transformation: size, altText: { name: 'gambar', title: description, description } });
}

export { fit as fitPicture };
