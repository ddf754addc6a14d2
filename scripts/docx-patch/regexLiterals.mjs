/**
 * The second rewrite of patches/docx+*.patch (docs/upstream/docx-layout-speed.md). docx ships its
 * regular expressions with the `u` flag as `new RegExp("[\\p{Mn}\\p{Me}\\p{Cf}]", "u")` (its
 * transpiler's way to keep them for engines without Unicode property escapes), and its layout asks
 * some of them per character of text: each call builds the object through the constructor, looking
 * the pattern up by its string. A literal means the same (a fresh object each time it is
 * evaluated, with the same pattern and flags) and is made from the compiled boilerplate. This
 * writes back as literals only the constructor calls whose pattern and flags are string literals
 * in a file that never declares its own `RegExp`; everything else is left as it was.
 *   node scripts/docx-patch/regexLiterals.mjs node_modules/docx/dist/layout.mjs [...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';
import { walk } from './astWalk.mjs';

const isString = (n) => n.type === 'Literal' && typeof n.value === 'string';

/** `new RegExp("…", "…")` or `RegExp("…")`: the same regular expression either way when the pattern is a string. */
const isLiteralConstruction = (n) =>
  (n.type === 'NewExpression' || n.type === 'CallExpression') &&
  n.callee.type === 'Identifier' &&
  n.callee.name === 'RegExp' &&
  n.arguments.length >= 1 &&
  n.arguments.length <= 2 &&
  n.arguments.every(isString);

/** Whether the program binds the name RegExp itself anywhere (a variable, function, class, parameter or import). */
function shadowsRegExp(ast) {
  let found = false;
  walk(ast, (n) => {
    if (found) return;
    const ids = [];
    if (n.type === 'VariableDeclarator' || n.type === 'FunctionDeclaration' || n.type === 'ClassDeclaration') ids.push(n.id);
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression') ids.push(...n.params);
    if (n.type === 'ImportSpecifier' || n.type === 'ImportDefaultSpecifier' || n.type === 'ImportNamespaceSpecifier') ids.push(n.local);
    if (n.type === 'CatchClause') ids.push(n.param);
    for (const id of ids) walk(id, (inner) => (found ||= inner.type === 'Identifier' && inner.name === 'RegExp'));
  });
  return found;
}

export function regexLiterals(code, sourceType = 'module') {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType });
  if (shadowsRegExp(ast)) return { code, count: 0 };
  const found = [];
  walk(ast, (n) => {
    if (isLiteralConstruction(n)) found.push(n);
  });
  found.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  let count = 0;
  for (const n of found) {
    const [pattern, flags = { value: '' }] = n.arguments;
    let literal;
    try {
      // The constructor checks the pattern and flags, and gives its source escaped as a literal writes it.
      literal = `/${new RegExp(pattern.value, flags.value).source}/${flags.value}`;
    } catch {
      continue; // an error at run time stays one
    }
    const before = code.slice(pos, n.start);
    // After a slash, a literal would start a comment: put it in parentheses there.
    let last = n.start - 1;
    while (last >= 0 && /\s/.test(code[last])) last--;
    out += before + (code[last] === '/' ? `(${literal})` : literal);
    pos = n.end;
    count++;
  }
  return { code: out + code.slice(pos), count };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    const { code, count } = regexLiterals(readFileSync(file, 'utf8'), file.endsWith('.cjs') ? 'script' : 'module');
    writeFileSync(file, code);
    console.log(`${file}: ${count} regular expressions written as literals`);
  }
}
