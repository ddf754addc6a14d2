import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_MS, SaveScheduler } from '../../../renderer/src/state/saveScheduler';

describe('autosave timing: a pause, or at most the maximum wait', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the quiet time following the last edit', () => {
    const fire = vi.fn();
    const s = new SaveScheduler(fire);
    s.touch();
    vi.advanceTimersByTime(AUTOSAVE_MS - 1);
    s.touch();
    vi.advanceTimersByTime(AUTOSAVE_MS - 1);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
    expect(s.pending).toBe(false);
    vi.advanceTimersByTime(AUTOSAVE_MAX_WAIT_MS * 2);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('typing without a pause is still written after the maximum wait, and again after the next one', () => {
    const fire = vi.fn();
    const s = new SaveScheduler(fire);
    // A keystroke every 200 ms for 12 s: the quiet time never passes.
    for (let t = 0; t < 12_000; t += 200) {
      s.touch();
      vi.advanceTimersByTime(200);
    }
    expect(fire).toHaveBeenCalledTimes(2);
    // After the typing stops, the rest is written one quiet time later.
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(fire).toHaveBeenCalledTimes(3);
  });

  it('cancel drops a waiting save', () => {
    const fire = vi.fn();
    const s = new SaveScheduler(fire);
    s.touch();
    s.cancel();
    vi.advanceTimersByTime(AUTOSAVE_MAX_WAIT_MS);
    expect(fire).not.toHaveBeenCalled();
  });
});
