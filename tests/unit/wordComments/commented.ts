/**
 * Comments and tracked changes added to a real exported DOCX by editing its package XML, the way
 * Word writes them: word/comments.xml (+ commentsExtended.xml for replies and "done"), ranges and
 * references in the body, w:ins / w:del around runs.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface CommentSpec {
  /** Text of the run the range starts in (first match after `from`, when given). */
  start: string;
  /** Text of the run the range ends in; the start run when left out. */
  end?: string;
  /** Search from this text on (to pick a later occurrence, e.g. a heading in the body rather than the TOC). */
  from?: string;
  author: string;
  initials?: string;
  date?: string;
  text: string;
  /** Index of the comment this one answers (commentsExtended.xml). */
  replyTo?: number;
  done?: boolean;
}

export interface ChangeSpec {
  kind: 'ins' | 'del';
  /** The run holding this text is wrapped (ins) or turned into deleted text (del). */
  run: string;
  from?: string;
  author: string;
  date: string;
  /** For an insertion: the text inserted (a new run before the found one). */
  text?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The `<w:r>…</w:r>` around the first `<w:t>` holding `text` at or after `from`. */
function runAround(doc: string, text: string, from = 0): { start: number; end: number } {
  const re = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;
  re.lastIndex = from;
  for (let m = re.exec(doc); m; m = re.exec(doc)) {
    if (!m[1]!.includes(esc(text))) continue;
    const start = doc.lastIndexOf('<w:r>', m.index);
    const end = doc.indexOf('</w:r>', m.index) + '</w:r>'.length;
    return { start, end };
  }
  throw new Error(`no run holds "${text}"`);
}

const paraId = (i: number) => (0x10000000 + i).toString(16).toUpperCase();

export function withComments(bytes: Uint8Array, comments: CommentSpec[], changes: ChangeSpec[] = []): Uint8Array {
  const files = unzipSync(bytes);
  let doc = strFromU8(files['word/document.xml']!);
  const fromOf = (s?: string) => (s ? doc.indexOf(esc(s)) : 0);
  comments.forEach((c, id) => {
    const from = fromOf(c.from);
    const first = runAround(doc, c.start, from);
    const last = c.end ? runAround(doc, c.end, first.start) : first;
    // End first, so the start offset stays right.
    doc = `${doc.slice(0, last.end)}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>${doc.slice(last.end)}`;
    doc = `${doc.slice(0, first.start)}<w:commentRangeStart w:id="${id}"/>${doc.slice(first.start)}`;
  });
  changes.forEach((ch, i) => {
    const id = 900 + i;
    const r = runAround(doc, ch.run, fromOf(ch.from));
    const attrs = `w:id="${id}" w:author="${esc(ch.author)}" w:date="${ch.date}"`;
    if (ch.kind === 'ins') {
      doc = `${doc.slice(0, r.start)}<w:ins ${attrs}><w:r><w:t xml:space="preserve">${esc(ch.text ?? '')}</w:t></w:r></w:ins>${doc.slice(r.start)}`;
    } else {
      const run = doc
        .slice(r.start, r.end)
        .replace(/<w:t(?= |>)/g, '<w:delText')
        .replace(/<\/w:t>/g, '</w:delText>');
      doc = `${doc.slice(0, r.start)}<w:del ${attrs}>${run}</w:del>${doc.slice(r.end)}`;
    }
  });
  files['word/document.xml'] = strToU8(doc);
  if (comments.length) {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
    files['word/comments.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${comments
        .map(
          (c, id) =>
            `<w:comment w:id="${id}" w:author="${esc(c.author)}" w:date="${c.date ?? '2026-11-30T10:00:00Z'}" w:initials="${esc(c.initials ?? '')}">${c.text
              .split('\n')
              .map(
                (line, j, lines) =>
                  `<w:p${j === lines.length - 1 ? ` w14:paraId="${paraId(id)}"` : ''}><w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`,
              )
              .join('')}</w:comment>`,
        )
        .join('')}</w:comments>`,
    );
    files['word/commentsExtended.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">${comments
        .map(
          (c, id) =>
            `<w15:commentEx w15:paraId="${paraId(id)}"${c.replyTo !== undefined ? ` w15:paraIdParent="${paraId(c.replyTo)}"` : ''} w15:done="${c.done ? 1 : 0}"/>`,
        )
        .join('')}</w15:commentsEx>`,
    );
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    files['word/_rels/document.xml.rels'] = strToU8(
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' +
          '<Relationship Id="rIdC2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
      ),
    );
    const types = strFromU8(files['[Content_Types].xml']!);
    files['[Content_Types].xml'] = strToU8(
      types.replace(
        '</Types>',
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' +
          '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
      ),
    );
  }
  return zipSync(files);
}
