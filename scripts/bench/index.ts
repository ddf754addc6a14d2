/**
 * `npm run bench`: prints figures, never asserts. Every scripts/bench/*.bench.ts exports
 * `name` and `run()`, which returns rows to print; run one with `npm run bench -- <name>`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchRow {
  measure: string;
  value: string;
  goal?: string;
  note?: string;
}

interface BenchModule {
  name: string;
  run(): Promise<BenchRow[]>;
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
console.log(`Rancang Perubahan — bench (${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch})`);
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
  if (only.length && !only.includes(mod.name)) continue;
  console.log(`\n## ${mod.name}`);
  const rows = await mod.run();
  const w = Math.max(...rows.map((r) => r.measure.length), 10);
  const v = Math.max(...rows.map((r) => r.value.length), 6);
  for (const r of rows) {
    console.log(`${r.measure.padEnd(w)}  ${r.value.padStart(v)}${r.goal ? `   goal ${r.goal}` : ''}${r.note ? `   (${r.note})` : ''}`);
  }
}
