/**
 * Child of hostile.bench.ts: opens one file through the app's reader in a fresh process and
 * prints its time and the process's peak memory, so each file's peak is its own.
 */
import { readProjectFile } from '../../electron/core/projectFile';

const file = process.argv[2]!;
const baseline = process.resourceUsage().maxRSS;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const r = await readProjectFile(file);
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({ ok: r.ok, wallMs: wall, cpuMs: (cpu.user + cpu.system) / 1000, peakMB: process.resourceUsage().maxRSS / 1024, baselineMB: baseline / 1024 }),
);
