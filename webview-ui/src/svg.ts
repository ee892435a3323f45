// Building SVG with the DOM API (the CSP allows no markup strings, and user text must stay
// text): one element at a time, attributes as numbers or strings, classes for colours so
// the theme's CSS variables apply.

const namespace = 'http://www.w3.org/2000/svg';

export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(namespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  parent?.appendChild(node);
  return node;
}

/** A text node in an SVG; `text` is set as text, never parsed. */
export function svgText(text: string, attributes: Record<string, string | number>, parent: Element): SVGTextElement {
  const node = svgElement('text', attributes, parent);
  node.textContent = text;
  return node;
}
