/**
 * How patches/docx+*.patch was made, to make it again for a new docx version (see
 * docs/upstream/docx-layout-speed.md). docx ships its layout transpiled for old engines: every
 * `{ ...a, b }` became `_objectSpread2(_objectSpread2({}, a), {}, { b })`, a helper that copies key
 * by key through a closure, and the layout copies its line state that way per word: a third of the
 * export. This writes those calls back as object spread, which every engine docx supports in Node
 * has, and which means the same (own enumerable keys, strings then symbols, getters read once).
 * A call is rewritten only when it has the transpiler's exact shape (see rewritable); anything else
 * is left as it was.
 *   node scripts/docx-patch/unspread.mjs node_modules/docx/dist/layout.mjs [...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';
import { walk } from './astWalk.mjs';

const HELPER = '_objectSpread2';
const isHelperCall = (n) => n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === HELPER;
const hasProtoKey = (n) =>
  n.type === 'ObjectExpression' &&
  n.properties.some(
    (p) =>
      p.type === 'Property' &&
      !p.computed &&
      ((p.key.type === 'Identifier' && p.key.name === '__proto__') || (p.key.type === 'Literal' && p.key.value === '__proto__')),
  );

/**
 * Whether a helper call is the transpiler's, so that it can be written as a spread: a fresh object first (a literal, or
 * such a call), then in turn a value to spread (copied by its own enumerable keys) and an object literal (copied by its
 * property descriptors, which writing its properties into the spread keeps, getters included).
 */
function rewritable(call) {
  const [first, ...rest] = call.arguments;
  const fresh = first && ((first.type === 'ObjectExpression' && !hasProtoKey(first)) || (isHelperCall(first) && rewritable(first)));
  return Boolean(fresh) && rest.every((arg, i) => arg.type !== 'SpreadElement' && (i % 2 === 0 || (arg.type === 'ObjectExpression' && !hasProtoKey(arg))));
}

/** An object literal whose spread is just its properties: no getter or setter, which a spread would read instead. */
const plainLiteral = (n) => n.type === 'ObjectExpression' && !hasProtoKey(n) && n.properties.every((p) => p.type === 'SpreadElement' || p.kind === 'init');

export function unspread(code, sourceType = 'module') {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType });
  const calls = [];
  walk(ast, (node) => {
    if (isHelperCall(node) && rewritable(node)) calls.push(node);
  });
  calls.sort((a, b) => a.start - b.start);
  let count = 0;
  /** The source from start to end, with the rewritable calls in it written as spreads. */
  const render = (start, end) => {
    let out = '';
    let pos = start;
    let i = calls.findIndex((c) => c.start >= start);
    for (; i >= 0 && i < calls.length && calls[i].start < end; i++) {
      const call = calls[i];
      if (call.start < pos) continue; // inside a call already written
      out += code.slice(pos, call.start) + `({ ${members(call).join(', ')} })`;
      pos = call.end;
      count++;
    }
    return out + code.slice(pos, end);
  };
  const source = (n) => (n.type === 'SequenceExpression' ? `(${render(n.start, n.end)})` : render(n.start, n.end));
  const membersOf = (object) => object.properties.map((p) => render(p.start, p.end));
  function members(call) {
    const [first, ...rest] = call.arguments;
    const out = first.type === 'ObjectExpression' ? membersOf(first) : members(first);
    rest.forEach((arg, i) => {
      // At the spread places a literal's properties are written as they are; elsewhere only literals come.
      out.push(...(i % 2 === 1 || plainLiteral(arg) ? membersOf(arg) : [`...${source(arg)}`]));
    });
    return out;
  }
  return { code: render(0, code.length), count };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    const { code, count } = unspread(readFileSync(file, 'utf8'), file.endsWith('.cjs') ? 'script' : 'module');
    writeFileSync(file, code);
    console.log(`${file}: ${count} calls written as object spread`);
  }
}
