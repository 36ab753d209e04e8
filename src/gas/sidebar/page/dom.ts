/** A few DOM helpers: the page builds its panels from data, never from HTML strings. */

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | ((event: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/** An indeterminate bar while a call runs, or a measured one (0–1). */
export function progressBar(share?: number): HTMLElement {
  const bar = h('div', { class: share === undefined ? 'bar indeterminate' : 'bar' });
  if (share !== undefined) bar.style.width = `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
  return h('div', { class: 'progress', role: 'progressbar' }, bar);
}
