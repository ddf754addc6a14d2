/**
 * Decides, before any Markdown parsing, which parts of a long text the parser may see. The
 * parser's cost grows faster than the text with nesting and with unmatched markers, and a file
 * comes from anyone: one linear scan splits the text into paragraphs (runs of non-blank lines)
 * and measures each against LIMITS.richText. A paragraph over a bound is shown as plain text —
 * nothing the user wrote disappears, it only loses its formatting — and the caller shows a notice.
 */
import { LIMITS } from '../model/limits';

/** Why a paragraph was left unformatted: too long, nested too deep, too many markers, or its time ran out. */
export type TextLimit = 'size' | 'depth' | 'constructs' | 'time';

export interface Segment {
  /** Offsets into the source: the first character of the first line, the end of the last line. */
  start: number;
  end: number;
  limit: TextLimit | null;
}

/**
 * How many characters may still be formatted. One per text by default; the report shares one
 * across every text it prints (see withFormattingBudget), so a file of 200 maximal texts exports
 * in seconds, not minutes.
 */
export interface FormattingBudget {
  remaining: number;
  /** Clock time (ms) after which nothing more is formatted in this report. */
  deadline?: number;
  /** Texts whose time ran out before all their paragraphs were formatted, for the report's notice. */
  timedOut?: number;
  /**
   * Texts with a paragraph over a bound of the text itself (nesting depth, size, markers), printed
   * there as plain text, for the report's notice. A set of the texts, so one read twice counts once.
   */
  limited?: Set<string>;
  /** The clock the deadlines are read from (tests give a clock that advances by itself). */
  clock?: () => number;
}

let shared: FormattingBudget | null = null;

/**
 * Runs `fn` with one formatting budget shared by every long text it parses. `fn` is synchronous,
 * so the budget is scoped exactly to its call; the report builder needs no extra parameter.
 */
export function withFormattingBudget<T>(budget: FormattingBudget, fn: () => T): T {
  const outer = shared;
  shared = budget;
  try {
    return fn();
  } finally {
    shared = outer;
  }
}

/** True while a report's shared budget is in force (results then depend on what came before). */
export const formattingBudgetActive = (): boolean => shared !== null;

export const formattingBudget = (chars: number = LIMITS.richText.charsPerReport, clock: () => number = Date.now): FormattingBudget => ({
  remaining: chars,
  deadline: clock() + LIMITS.richText.msPerReport,
  timedOut: 0,
  clock,
});

/** The clock time a text starting now must be formatted by: its own share, and never past its report's. */
export function textDeadline(): { clock: () => number; deadline: number; budget: FormattingBudget | null } {
  const clock = shared?.clock ?? Date.now;
  const own = clock() + (shared ? LIMITS.richText.msPerReportText : LIMITS.richText.msPerText);
  return { clock, deadline: Math.min(own, shared?.deadline ?? Infinity), budget: shared };
}

const SPACE = 32;
const TAB = 9;
const CR = 13;

export function boundedSegments(source: string): Segment[] {
  const limits = LIMITS.richText;
  const perText: FormattingBudget = { remaining: limits.charsPerText };
  const segments: Segment[] = [];
  let open: { start: number; end: number; lines: number; depth: number; brackets: number; markers: number } | null = null;

  const close = () => {
    if (!open) return;
    const chars = open.end - open.start;
    let limit: TextLimit | null =
      chars > limits.paragraphChars || open.lines > limits.paragraphLines
        ? 'size'
        : open.depth > limits.depth
          ? 'depth'
          : open.brackets > limits.bracketsPerParagraph || open.markers > limits.markersPerParagraph
            ? 'constructs'
            : null;
    if (!limit && (chars > perText.remaining || (shared && chars > shared.remaining))) limit = 'size';
    if (!limit) {
      perText.remaining -= chars;
      if (shared) shared.remaining -= chars;
    }
    segments.push({ start: open.start, end: open.end, limit });
    open = null;
  };

  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = measureLine(source, lineStart, lineEnd);
    if (line.blank) close();
    else {
      open ??= { start: lineStart, end: lineEnd, lines: 0, depth: 0, brackets: 0, markers: 0 };
      open.end = lineEnd;
      open.lines++;
      open.depth = Math.max(open.depth, line.depth);
      open.brackets += line.brackets;
      open.markers += line.markers;
    }
    lineStart = lineEnd + 1;
  }
  close();
  return segments;
}

interface LineMeasure {
  blank: boolean;
  depth: number;
  brackets: number;
  markers: number;
}

function measureLine(s: string, from: number, to: number): LineMeasure {
  // Leading containers: `>` quotes and list markers, each one level; indentation before the first
  // marker nests a list by two spaces a level. A line with no marker opens no container.
  let i = from;
  let indent = 0;
  while (i < to && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === TAB)) indent += s.charCodeAt(i++) === TAB ? 4 : 1;
  let containers = 0;
  for (;;) {
    while (i < to && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === TAB)) i++;
    const next = markerEnd(s, i, to);
    if (next < 0) break;
    containers++;
    i = next;
  }
  let brackets = 0;
  let markers = 0;
  let blank = true;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c !== SPACE && c !== TAB && c !== CR) blank = false;
    if (c === 91 || c === 93)
      brackets++; // [ ]
    else if (c === 42 || c === 95 || c === 96 || c === 60) markers++; // * _ ` <
  }
  return { blank, depth: containers ? containers + Math.floor(indent / 2) : 0, brackets, markers };
}

/** Where a container marker starting at i ends, or -1: `>`, `-`/`+`/`*` then space, `12.`/`12)` then space. */
function markerEnd(s: string, i: number, to: number): number {
  if (i >= to) return -1;
  const c = s.charCodeAt(i);
  if (c === 62) return i + 1; // >
  const spaced = (k: number) => k >= to || s.charCodeAt(k) === SPACE || s.charCodeAt(k) === TAB || s.charCodeAt(k) === CR;
  if ((c === 45 || c === 43 || c === 42) && spaced(i + 1)) return i + 1; // - + *
  let k = i;
  while (k < to && k - i < 9 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  if (k > i && k < to && (s.charCodeAt(k) === 46 || s.charCodeAt(k) === 41) && spaced(k + 1)) return k + 1; // . )
  return -1;
}
