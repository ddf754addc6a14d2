/**
 * The hang and crash handler's logic with fake window objects: a hang offers reload or wait (asked
 * once while open, nothing done if the page came back meanwhile), a crash offers reload, a clean
 * exit asks nothing.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { watchRenderer, type RendererTrouble, type TroubleAnswer } from '../../../electron/rendererWatch';

function setup(answer: TroubleAnswer) {
  const win = new EventEmitter();
  const contents = new EventEmitter();
  const asked: RendererTrouble[] = [];
  const done: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  watchRenderer(win, contents, {
    ask: async (t) => {
      asked.push(t);
      await gate;
      return answer;
    },
    reload: () => done.push('reload'),
    close: () => done.push('close'),
    log: () => undefined,
  });
  const settle = async () => {
    release();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { win, contents, asked, done, settle };
}

describe('a renderer that hangs or dies', () => {
  it('a hang offers to reload, once while the question is open', async () => {
    const s = setup('reload');
    s.win.emit('unresponsive');
    s.win.emit('unresponsive');
    await s.settle();
    expect(s.asked).toEqual(['hung']);
    expect(s.done).toEqual(['reload']);
  });

  it('a hang that passes while the question is open reloads nothing', async () => {
    const s = setup('reload');
    s.win.emit('unresponsive');
    s.win.emit('responsive');
    await s.settle();
    expect(s.done).toEqual([]);
  });

  it('waiting does nothing; a crash offers reload; a clean exit asks nothing', async () => {
    const waiting = setup('wait');
    waiting.win.emit('unresponsive');
    await waiting.settle();
    expect(waiting.done).toEqual([]);

    const crashed = setup('reload');
    crashed.contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(crashed.asked).toEqual([]);
    crashed.contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    await crashed.settle();
    expect(crashed.asked).toEqual(['gone']);
    expect(crashed.done).toEqual(['reload']);
  });
});
