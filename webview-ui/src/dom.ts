// The DOM builders shared by the webview views (the board and the quarter review). They
// create structure only: user text is always set afterwards with textContent.

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: Element): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  parent?.appendChild(node);
  return node;
}

/** A codicon, hidden from screen readers: the control it decorates carries the label. */
export function icon(name: string, parent: Element): HTMLElement {
  const node = element('span', `codicon codicon-${name}`, parent);
  node.setAttribute('aria-hidden', 'true');
  return node;
}
