import { ExclusiveCanonicalization, SignedXml } from 'xml-crypto';
import type { NamespacePrefix } from 'xml-crypto';

export interface C14nOptions {
  /** A reference's InclusiveNamespaces PrefixList (SignedInfo's, in its CanonicalizationMethod, the canonicalizer reads itself). */
  prefixList?: string[];
  /** The enveloped-signature transform: this Signature is left out when it lies inside the element. */
  withoutSignature?: Element;
}

/**
 * Exclusive C14N (http://www.w3.org/2001/10/xml-exc-c14n#) of an element of an already parsed
 * xmldom document: the octets xml-crypto's SignedXml digests for a reference or verifies for a
 * SignedInfo (signed-xml.js canonicalize/getCanonReferenceXml/getCanonSignedInfoXml), with the
 * same canonicalizer, without re-parsing the message and finding the element again by XPath.
 */
export function excC14n(el: Element, options: C14nOptions = {}): string {
  const ancestors = ancestorNamespaces(el);
  const prefixList = options.prefixList ?? [];
  // process() declares the PrefixList's inherited namespaces on the element it is given, and the
  // enveloped-signature transform removes a node: those work on a copy, as xml-crypto always does
  // (always copying would double the cost: xmldom's cloneNode is slower than the C14N itself).
  const pulled = effectivePrefixList(el, prefixList);
  const changes = options.withoutSignature || ancestors.some((ns) => pulled.includes(ns.prefix));
  const node = changes ? (el.cloneNode(true) as Element) : el;
  if (options.withoutSignature) removeCopyOf(options.withoutSignature, el, node);
  return new ExclusiveCanonicalization().process(node, {
    inclusiveNamespacesPrefixList: prefixList,
    ancestorNamespaces: ancestors,
    defaultNsForPrefix: SignedXml.defaultNsForPrefix,
  });
}

/**
 * The PrefixList process() uses: the one given, else (SignedInfo) the InclusiveNamespaces of its
 * CanonicalizationMethod, read the way exclusive-canonicalization.js reads it.
 */
function effectivePrefixList(el: Element, given: string[]): string[] {
  if (given.length) return given;
  const method = childNamed(el, 'CanonicalizationMethod');
  const inclusive = method && childNamed(method, 'InclusiveNamespaces');
  return inclusive ? (inclusive.getAttribute('PrefixList') || '').split(' ') : [];
}

/** The first child element with this local name, in any namespace (as xml-crypto's findChildren). */
function childNamed(parent: Element, local: string): Element | undefined {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === local) return n as Element;
  return undefined;
}

/**
 * The namespace declarations in scope from the element's ancestors (the nearest one per prefix),
 * minus undeclarations, the element's own declarations and its own prefix: what a PrefixList
 * may pull onto the element. Mirrors xml-crypto's utils.findAncestorNsForElement (not exported),
 * quirks included (any attribute whose name starts with "xmlns" counts on the ancestors).
 */
function ancestorNamespaces(el: Element): NamespacePrefix[] {
  const own = new Set([el.prefix || '']);
  for (let i = 0; i < el.attributes.length; i++) {
    const name = el.attributes[i].nodeName;
    if (name === 'xmlns' || name.startsWith('xmlns:')) own.add(name.slice(6));
  }
  const seen = new Set<string>();
  const out: NamespacePrefix[] = [];
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const attributes = (p as Element).attributes;
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i];
      if (!a.nodeName.startsWith('xmlns')) continue;
      const prefix = a.nodeName.replace(/^xmlns:?/, '');
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      const namespaceURI = a.nodeValue || '';
      if (namespaceURI !== '' && !own.has(prefix)) out.push({ prefix, namespaceURI });
    }
  }
  return out;
}

/** Removes from the copy the node at the position `node` has inside `original`, if it lies inside it. */
function removeCopyOf(node: Node, original: Element, copy: Element): void {
  const path: number[] = [];
  for (let n = node; n !== original; n = n.parentNode!) {
    if (!n.parentNode) return; // not inside the element: nothing to remove
    path.push(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  }
  if (!path.length) return; // the element itself (a reference to the Signature) stays
  let target: Node = copy;
  for (let i = path.length - 1; i >= 0; i--) target = target.childNodes[path[i]];
  target.parentNode!.removeChild(target);
}
