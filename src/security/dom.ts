import { DOMParser } from '@xmldom/xmldom';
import type { XmlElement } from '../xml/node';

/**
 * The DOM (xmldom, the parser xml-crypto itself uses) a signed message is checked on. The
 * pipeline's own tree (src/xml/parse) is what handlers read; `sameContent` ties the two together.
 */
export function parseDom(xml: string): { doc?: Document; errors: string[] } {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: string) => {
      if (level !== 'warning') errors.push(String(message));
    },
  }).parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml');
  return { doc: doc?.documentElement ? doc : undefined, errors };
}

export function isElementNode(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

/** Child elements, optionally only those with this namespace and local name. */
export function childElements(parent: Node | undefined, ns?: string, local?: string): Element[] {
  const out: Element[] = [];
  if (!parent) return out;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (!isElementNode(n)) continue;
    if (local !== undefined && (n.localName !== local || (n.namespaceURI ?? '') !== ns)) continue;
    out.push(n);
  }
  return out;
}

export function is(el: Element | undefined, ns: string, local: string): boolean {
  return !!el && el.localName === local && el.namespaceURI === ns;
}

export function textOf(el: Element | undefined): string {
  return (el?.textContent ?? '').trim();
}

/** Every element of the document, in document order. */
export function allElements(doc: Document): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [doc.documentElement];
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** The attributes XML Signature (and xml-crypto) resolve "#id" references by: any Id, ID or id, whatever its namespace. */
const ID_NAMES = new Set(['Id', 'ID', 'id']);

/** id -> every element carrying it (more than one = duplicate Ids). */
export function idIndex(doc: Document): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  for (const el of allElements(doc)) {
    const values = new Set<string>();
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i)!;
      if (ID_NAMES.has(a.localName ?? a.name) && a.prefix !== 'xmlns') values.add(a.value);
    }
    for (const v of values) index.set(v, [...(index.get(v) ?? []), el]);
  }
  return index;
}

/**
 * A comparable summary of an element (names, attributes, text without whitespace, children):
 * equal for the DOM element and the pipeline's parsed element when both parsers saw the same thing.
 */
export function domShape(el: Element): string {
  const attrs: string[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.name === 'xmlns' || a.prefix === 'xmlns') continue;
    attrs.push(`${a.localName ?? a.name}=${a.value}`);
  }
  let text = '';
  const kids: string[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 || n.nodeType === 4) text += n.nodeValue ?? '';
    else if (isElementNode(n)) kids.push(domShape(n));
  }
  return shape(el.namespaceURI ?? '', el.localName ?? '', attrs, text, kids);
}

export function treeShape(el: XmlElement): string {
  const attrs = Object.entries(el.attrs).map(([k, v]) => `${k}=${decodeCharRefs(v)}`);
  let text = '';
  const kids: string[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') text += decodeCharRefs(c);
    else kids.push(treeShape(c));
  }
  return shape(el.ns, el.local, attrs, text, kids);
}

/**
 * The pipeline's parser leaves numeric character references (&#233;) as text; xmldom decodes them.
 * That difference is not one an attacker controls (the signed content fixes the text), so it is
 * evened out here rather than refused.
 */
function decodeCharRefs(s: string): string {
  return s.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (m, n: string) => {
    const code = n[0] === 'x' ? parseInt(n.slice(1), 16) : parseInt(n, 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function shape(ns: string, local: string, attrs: string[], text: string, kids: string[]): string {
  return `{${ns}}${local}[${attrs.sort().join(' ')}]"${text.replace(/\s+/g, '')}"(${kids.join(',')})`;
}
