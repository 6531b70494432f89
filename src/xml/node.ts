/**
 * The namespace-resolved XML tree the emulator works on. Requests are parsed into it;
 * handlers read it by local name (the prefix a client chose never matters).
 */
export interface XmlElement {
  /** Namespace URI ('' when the element is unqualified). */
  ns: string;
  local: string;
  /** The prefix the sender used; kept only for diagnostics and faithful copies. */
  prefix: string;
  /** Attributes by their local name (namespace declarations are not included). */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null;
}

/** Element children only, in document order. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter(isElement);
}

/** The first child element with this local name (any namespace). */
export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  return elements(el).find((c) => c.local === local);
}

/** Every child element with this local name (any namespace). */
export function childrenNamed(el: XmlElement | undefined, local: string): XmlElement[] {
  if (!el) return [];
  return elements(el).filter((c) => c.local === local);
}

/** Follows a path of local names: path(root, 'a', 'b') is root/a/b. */
export function path(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let cur = el;
  for (const l of locals) cur = child(cur, l);
  return cur;
}

/** The element's own text content, trimmed ('' if none). */
export function text(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children
    .filter((c): c is string => typeof c === 'string')
    .join('')
    .trim();
}

/** Trimmed text of a child, or undefined when the child is absent or empty. */
export function childText(el: XmlElement | undefined, ...locals: string[]): string | undefined {
  const t = text(path(el, ...locals));
  return t === '' ? undefined : t;
}

export function qname(el: XmlElement): string {
  return `{${el.ns}}${el.local}`;
}
