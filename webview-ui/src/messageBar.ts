/**
 * The board's message line: why a drop or a grade did not stick. It stays until dismissed
 * or replaced, so the reason can be read at leisure (it is also announced).
 */
export class MessageBar {
  readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private readonly close: HTMLButtonElement;

  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'message-bar';
    this.element.setAttribute('role', 'alert');
    this.element.hidden = true;
    const icon = document.createElement('span');
    icon.className = 'codicon codicon-warning';
    icon.setAttribute('aria-hidden', 'true');
    this.text = document.createElement('span');
    this.text.className = 'message-text';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'icon-button';
    const closeIcon = document.createElement('span');
    closeIcon.className = 'codicon codicon-close';
    closeIcon.setAttribute('aria-hidden', 'true');
    close.appendChild(closeIcon);
    close.addEventListener('click', () => this.hide());
    this.element.append(icon, this.text, close);
    this.close = close;
  }

  /** The close button's tooltip and label, in the host's words (each view sends its own). */
  applyText(title: string, label: string): void {
    this.close.title = title;
    this.close.setAttribute('aria-label', label);
  }

  show(message: string): void {
    this.text.textContent = message;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
    this.text.textContent = '';
  }
}
