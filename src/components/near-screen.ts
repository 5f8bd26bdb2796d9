import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that calls `onNear` once its element comes within `margin` of the screen (by default a
 * screen's height above or below), so what is far down the page is built only when the reader heads there.
 * @example <div {@attach nearScreen(() => cards.want(id))}></div>
 */
export function nearScreen(onNear: () => void, margin = '100% 0px'): Attachment<HTMLElement> {
  return (element) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        onNear();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
