import { SvelteSet } from 'svelte/reactivity';
import { whenIdle } from './when-idle';

/**
 * Which indicator cards are built. The first screen's are built with the page; the others when they near
 * the screen, one per idle moment (a card is tens of milliseconds on a slow phone: one at a time keeps every
 * task short), or all at once when every chart is wanted (an export).
 */
export class ShownCards {
  readonly #shown = new SvelteSet<string>();
  #queue: string[] = [];
  #cancel: (() => void) | null = null;

  constructor(first: readonly string[]) {
    for (const id of first) this.#shown.add(id);
  }

  has(id: string): boolean {
    return this.#shown.has(id);
  }

  /** Every one of `ids` is built. */
  hasAll(ids: readonly string[]): boolean {
    return ids.every((id) => this.#shown.has(id));
  }

  /** Asks for a card: it is built in an idle moment, after the cards asked for before it. */
  want(id: string): void {
    if (this.#shown.has(id) || this.#queue.includes(id)) return;
    this.#queue.push(id);
    this.#pump();
  }

  /** Builds every card now. */
  showAll(ids: readonly string[]): void {
    for (const id of ids) this.#shown.add(id);
    this.#queue = [];
  }

  #pump(): void {
    if (this.#cancel) return;
    this.#cancel = whenIdle(() => {
      this.#cancel = null;
      const id = this.#queue.shift();
      if (id !== undefined) this.#shown.add(id);
      if (this.#queue.length) this.#pump();
    });
  }
}
