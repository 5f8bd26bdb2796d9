import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that calls `onTouch` whenever the reader presses on, or moves the keyboard focus into, its
 * element: which card is being looked at, without a handler on a non-interactive element.
 * @example <article {@attach onTouch(() => (view.touched = id))}>…</article>
 */
export function onTouch(onTouch: () => void): Attachment<HTMLElement> {
  return (element) => {
    element.addEventListener('pointerdown', onTouch);
    element.addEventListener('focusin', onTouch);
    return () => {
      element.removeEventListener('pointerdown', onTouch);
      element.removeEventListener('focusin', onTouch);
    };
  };
}
