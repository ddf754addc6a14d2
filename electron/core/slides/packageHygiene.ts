/**
 * pptxgenjs numbers the shapes of a slide per kind of shape, so a text box and a table can share
 * id 2. Shape ids are meant to be unique within a slide (ECMA-376, cNvPr), and a strict reader
 * may "repair" a slide that repeats one; each slide's ids are renumbered here, in order, before
 * the bytes are written. It also declares a content type for every slide master it might have
 * written (slideMaster2 … slideMasterN) though it writes one: an override naming a missing part
 * is dropped here, so [Content_Types].xml describes exactly the parts in the package.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export function renumberShapeIds(pptx: Uint8Array): Uint8Array {
  const files = unzipSync(pptx);
  const out: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(files)) {
    // Folder entries (names ending in "/") carry nothing; a package needs only its parts.
    if (name.endsWith('/')) continue;
    if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) {
      let next = 1;
      out[name] = strToU8(strFromU8(bytes).replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${next++}"`));
    } else {
      out[name] = bytes;
    }
  }
  out['[Content_Types].xml'] = strToU8(
    strFromU8(out['[Content_Types].xml']!).replace(/<Override [^>]*PartName="\/([^"]+)"[^>]*\/>/g, (tag, part: string) => (out[part] ? tag : '')),
  );
  // [Content_Types].xml first, as Office writes it: some readers sniff the first entry.
  const ordered: Zippable = { '[Content_Types].xml': out['[Content_Types].xml'] };
  for (const [k, v] of Object.entries(out)) if (k !== '[Content_Types].xml') ordered[k] = v;
  return zipSync(ordered, { level: 6 });
}
