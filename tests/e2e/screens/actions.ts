/**
 * Counts what a participant does: every click, key press, typed text and drag goes through one
 * of these methods, so a spec can say how many actions a task takes. Typing a whole name counts
 * as one action (the name is the same in every version of the UI); the keys around it count one each.
 */
import type { Locator, Page } from '@playwright/test';
import { mouseDrag } from '../boards/support';

export class ActionCounter {
  clicks = 0;
  keys = 0;
  texts = 0;
  drags = 0;
  constructor(private readonly page: Page) {}
  get total(): number {
    return this.clicks + this.keys + this.texts + this.drags;
  }
  async click(target: Locator): Promise<void> {
    this.clicks++;
    await target.click();
  }
  async check(target: Locator): Promise<void> {
    this.clicks++;
    await target.check();
  }
  async press(key: string): Promise<void> {
    this.keys++;
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    this.texts++;
    await this.page.keyboard.type(text);
  }
  async drag(from: Locator, to: Locator): Promise<void> {
    this.drags++;
    await mouseDrag(this.page, from, to);
  }
  summary(): string {
    return `${this.total} actions (${this.clicks} clicks, ${this.keys} keys, ${this.texts} typed texts, ${this.drags} drags)`;
  }
}
