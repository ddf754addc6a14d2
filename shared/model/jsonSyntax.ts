/**
 * Where a JSON text goes wrong, in words a participant can use: the line and column of the first
 * character that does not fit, or that the text stops early. JSON.parse says this only in V8's
 * English ("Expected ',' or '}' after property value in JSON at position 8"), so when it refuses a
 * file this small scanner walks the text once more to find the place. Only runs on broken files.
 */

export type JsonSyntaxProblem = { kind: 'end'; line: number; column: number } | { kind: 'unexpected'; line: number; column: number; found: string };

/** Nesting deeper than this is reported where it happens instead of recursing further. */
const MAX_DEPTH = 512;

export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const where = (at: number) => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < at; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: at - lineStart + 1 };
  };
  class Stop {
    constructor(readonly at: number) {}
  }
  const stop = (at: number): never => {
    throw new Stop(at);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (s: string) => {
    for (const ch of s) {
      if (text[i] !== ch) stop(i);
      i++;
    }
  };
  const string = () => {
    expect('"');
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        const e = text[i];
        if (e === undefined) stop(i);
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) stop(Math.min(i + k, text.length));
          i += 5;
        } else if ('"\\/bfnrt'.includes(e!)) i++;
        else stop(i);
      } else if (c.charCodeAt(0) < 0x20) stop(i);
      else i++;
    }
    stop(i);
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') stop(i);
    i += m![0].length;
    // "12." or "1e" stopped early: the next character is the wrong one (or the end).
    if (text[i] === '.' || text[i] === 'e' || text[i] === 'E') stop(i + 1 <= text.length ? i + 1 : i);
  };
  const value = (depth: number): void => {
    ws();
    if (depth > MAX_DEPTH) stop(i);
    const c = text[i];
    if (c === undefined) stop(i);
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect('}');
        return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(']');
        return;
      }
    }
    if (c === '"') return string();
    if (c === 't') return expect('true');
    if (c === 'f') return expect('false');
    if (c === 'n') return expect('null');
    return number();
  };
  try {
    value(0);
    ws();
    if (i < text.length) stop(i);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const { line, column } = where(e.at);
    if (e.at >= text.length) return { kind: 'end', line, column };
    return { kind: 'unexpected', line, column, found: text[e.at]! };
  }
}
