/** Small timing helpers for the bench scripts. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export async function timeMany(n: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** CPU of this process (all its threads: resvg renders on libuv's) while `fn` runs, in ms. */
export async function cpuOf(fn: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  return cpuMsSince(before);
}

/** CPU of this process since `before` (a `process.cpuUsage()`), in ms. */
export function cpuMsSince(before: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

/** "median (min–max)" of a series, in ms. */
export const spread = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;

/** "median× (min–max)" of ratios. */
export const ratioSpread = (xs: number[]) => `${median(xs).toFixed(2)}× (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;

/**
 * A and B in turn, A B A B …, `n` times after one warm-up pair: the ratio is taken pair by pair,
 * so a machine whose speed drifts (shared, loaded) moves both sides of each ratio alike.
 */
export async function paired<T>(
  n: number,
  a: () => Promise<T> | T,
  b: () => Promise<T> | T,
  measure: (x: T) => number,
): Promise<{ a: number[]; b: number[]; ratios: number[] }> {
  await a();
  await b();
  const out = { a: [] as number[], b: [] as number[], ratios: [] as number[] };
  for (let i = 0; i < n; i++) {
    const x = measure(await a());
    const y = measure(await b());
    out.a.push(x);
    out.b.push(y);
    out.ratios.push(x / y);
  }
  return out;
}
