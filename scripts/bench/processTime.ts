/**
 * A whole command timed from outside, as the operating system accounts for it: user + system CPU
 * seconds of the finished process and its children, and wall time, through GNU time
 * (/usr/bin/time). CPU is the fair figure on a shared machine; wall time shows what a user waits.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ProcessTime {
  cpuMs: number;
  wallMs: number;
  peakMiB: number;
}

const TIME = '/usr/bin/time';

export function timeProcess(command: string, args: string[], cwd: string): ProcessTime {
  const out = path.join(os.tmpdir(), `rancang-bench-time-${process.pid}.txt`);
  const r = spawnSync(TIME, ['-f', '%U %S %e %M', '-o', out, command, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  const [user, sys, wall, kb] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(out, { force: true });
  return { cpuMs: (user! + sys!) * 1000, wallMs: wall! * 1000, peakMiB: kb! / 1024 };
}

export const hasGnuTime = () => spawnSync(TIME, ['-f', '%e', 'true']).status === 0;
