/**
 * A polite-but-prompt live region for screen readers. Repeating the same sentence would not
 * be re-read, so the text is cleared first and set on the next frame.
 */
export class Announcer {
  readonly element: HTMLElement;

  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'visually-hidden';
    this.element.id = 'board-announcer';
    this.element.setAttribute('aria-live', 'assertive');
    this.element.setAttribute('aria-atomic', 'true');
    this.element.setAttribute('role', 'status');
  }

  announce(text: string): void {
    this.element.textContent = '';
    requestAnimationFrame(() => {
      this.element.textContent = text;
    });
  }
}
