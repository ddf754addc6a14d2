/**
 * Deck model → PPTX bytes with pptxgenjs: native text boxes and tables (editable in PowerPoint,
 * Impress and WPS), charts rasterised with the same resvg rasteriser and shipped fonts as the
 * report, photos embedded as they are, speaker notes. Positions and type sizes come measured
 * from the model; nothing here decides a layout.
 */
import PptxGenJS from 'pptxgenjs';
import { TEXT_INSET_PT, CELL_INSET_IN } from '../../../shared/slides/geometry';
import type { Deck, PictureElement, SlideElement, TableElement, TextElement, TextRole } from '../../../shared/slides/model';
import { BULLET_INDENT_PT, PARA_GAP_PT, slideText } from '../../../shared/slides/textFit';
import type { Theme } from '../../../shared/slides/themes';
import { MISSING } from '../../../shared/report/terms';
import type { Rasterizer } from '../report/rasterize';
import { renumberShapeIds } from './packageHygiene';

/** Chart pictures at this resolution on the slide: sharp on a projector and in print. */
const SLIDE_DPI = 200;

type PptxSlide = ReturnType<PptxGenJS['addSlide']>;

function colour(role: TextRole, t: Theme): string {
  switch (role) {
    case 'title':
    case 'big':
      return t.accent;
    case 'band':
      return 'FFFFFF';
    case 'footer':
    case 'caption':
      return t.muted;
    default:
      return t.ink;
  }
}

function addText(s: PptxSlide, e: TextElement, t: Theme): void {
  const last = e.paras.length - 1;
  s.addText(
    e.paras.map((p, i) => ({
      text: slideText(p.text),
      options: {
        bold: !!p.bold,
        italic: p.text.includes(MISSING),
        bullet: p.bullet ? { indent: BULLET_INDENT_PT } : false,
        breakLine: i < last,
        paraSpaceAfter: PARA_GAP_PT,
      },
    })),
    {
      ...e.box,
      fontFace: t.font,
      fontSize: e.size,
      color: colour(e.role, t),
      margin: TEXT_INSET_PT,
      valign: e.valign ?? 'top',
      align: e.align ?? 'left',
      fit: 'none',
      wrap: true,
    },
  );
}

function addTable(s: PptxSlide, e: TableElement, t: Theme): void {
  const page = e.page;
  const header = page.columns.map((c) => ({
    text: slideText(c.header),
    options: { bold: true, color: 'FFFFFF', fill: { color: t.accent }, align: c.align ?? 'left' },
  }));
  const rows = page.rows.map((r, i) =>
    r.map((cell, j) => ({
      text: slideText(cell.text),
      options: {
        bold: !!cell.bold,
        italic: !!cell.missing,
        align: cell.align ?? page.columns[j]?.align ?? 'left',
        ...(cell.span && cell.span > 1 ? { colspan: cell.span } : {}),
        fill: { color: i % 2 ? t.tint : 'FFFFFF' },
        color: t.ink,
      },
    })),
  );
  s.addTable([header, ...rows] as PptxGenJS.TableRow[], {
    x: e.box.x,
    y: e.box.y,
    w: e.box.w,
    h: e.box.h,
    colW: page.widths,
    rowH: [page.headerHeight, ...page.rowHeights],
    fontFace: t.font,
    fontSize: page.size,
    margin: CELL_INSET_IN,
    valign: 'top',
    autoPage: false,
    border: { type: 'solid', pt: 0.75, color: '9AA5B1' },
  });
}

async function addPicture(s: PptxSlide, e: PictureElement, raster: Rasterizer): Promise<void> {
  let data: string;
  if (e.source.kind === 'chart') {
    const img = await raster(e.source.chart.svg, Math.round(e.box.w * SLIDE_DPI));
    data = `image/png;base64,${Buffer.from(img.png).toString('base64')}`;
  } else {
    const p = e.source.picture;
    data = `image/${p.type === 'jpg' ? 'jpeg' : 'png'};base64,${Buffer.from(p.data).toString('base64')}`;
  }
  s.addImage({ data, ...e.box, altText: slideText(e.alt) });
}

async function addElement(pptx: PptxGenJS, s: PptxSlide, e: SlideElement, t: Theme, raster: Rasterizer): Promise<void> {
  switch (e.kind) {
    case 'shape':
      s.addShape(pptx.ShapeType.rect, {
        ...e.box,
        fill: { color: e.fill === 'accent' ? t.accent : t.tint },
        line: { color: e.fill === 'accent' ? t.accent : t.tint, width: 0 },
      });
      return;
    case 'text':
      return addText(s, e, t);
    case 'table':
      return addTable(s, e, t);
    case 'picture':
      return addPicture(s, e, raster);
  }
}

export async function deckBytes(deck: Deck, raster: Rasterizer): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = slideText(deck.title);
  pptx.author = slideText(deck.author);
  pptx.subject = slideText(deck.documentType);
  pptx.theme = { headFontFace: deck.theme.font, bodyFontFace: deck.theme.font };
  for (const slide of deck.slides) {
    const s = pptx.addSlide();
    s.background = { color: 'FFFFFF' };
    for (const e of slide.elements) await addElement(pptx, s, e, deck.theme, raster);
    s.addNotes(slideText(slide.notes));
  }
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return renumberShapeIds(bytes);
}
