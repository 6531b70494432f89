import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { VERBATIM_XML } from '../xml/parse';

/**
 * A small XML tree that keeps what the emulator's own parser (src/xml) leaves out on purpose: the
 * namespace declarations in scope at each element. The explorer needs them to resolve QName
 * values in XSDs (type="common:SsinType") and to cut an element out of a document with its
 * namespaces (a payload inside an SSDNReply, validated on its own).
 */
export interface XNode {
  /** The name as written, prefix included. */
  raw: string;
  prefix: string;
  local: string;
  /** Namespace URI ('' when unqualified). */
  ns: string;
  /** Attributes as written (xmlns declarations excluded), by their written name. */
  attrs: Record<string, string>;
  /** prefix -> namespace URI in scope here ('' = the default namespace). */
  scope: Map<string, string>;
  children: XNode[];
  /** Text content (concatenated, untrimmed). */
  text: string;
  /** Element children and text in document order, for a faithful copy. */
  content: (XNode | string)[];
}

// Unlike the request parser, comments are kept (a sample's hints) and entities decoded by the library.
const parser = new XMLParser({ ...VERBATIM_XML, processEntities: true, commentPropName: '#comment' });

type Raw = Record<string, unknown>;

export class XmlDocError extends Error {}

/** Parses a document (no DTDs: refused as everywhere in the emulator) and returns its root element. */
export function parseDoc(xml: string): XNode {
  const source = xml.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) throw new XmlDocError('Document type declarations are not allowed.');
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new XmlDocError(`Malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const roots = (parser.parse(source) as Raw[]).filter((n) => nameOf(n) !== undefined);
  if (roots.length !== 1) throw new XmlDocError('The document must have exactly one root element.');
  return convert(roots[0], new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
}

function nameOf(node: Raw): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== '#comment' && !k.startsWith('?'));
}

function convert(node: Raw, parentScope: Map<string, string>): XNode {
  const raw = nameOf(node)!;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  const scope = new Map(parentScope);
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(rawAttrs)) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
    else attrs[name] = value;
  }
  const colon = raw.indexOf(':');
  const prefix = colon >= 0 ? raw.slice(0, colon) : '';
  const local = colon >= 0 ? raw.slice(colon + 1) : raw;
  const el: XNode = { raw, prefix, local, ns: scope.get(prefix) ?? '', attrs, scope, children: [], text: '', content: [] };
  for (const c of (node[raw] ?? []) as Raw[]) {
    if ('#text' in c) {
      el.text += String(c['#text']);
      el.content.push(String(c['#text']));
    } else if (nameOf(c) !== undefined) {
      const childEl = convert(c, scope);
      el.children.push(childEl);
      el.content.push(childEl);
    }
  }
  return el;
}

export function kids(el: XNode, local?: string, ns?: string): XNode[] {
  return el.children.filter((c) => (local === undefined || c.local === local) && (ns === undefined || c.ns === ns));
}

export function kid(el: XNode, local: string, ns?: string): XNode | undefined {
  return kids(el, local, ns)[0];
}

/** Resolves a QName value (e.g. an XSD type="common:SsinType") against the element's scope. */
export function resolveQName(value: string, el: XNode): { ns: string; local: string; prefix: string } {
  const colon = value.indexOf(':');
  const prefix = colon >= 0 ? value.slice(0, colon) : '';
  return { ns: el.scope.get(prefix) ?? '', local: colon >= 0 ? value.slice(colon + 1) : value, prefix };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => esc(s).replace(/"/g, '&quot;');

/**
 * Serializes an element as a standalone document: every namespace in scope is declared on it
 * (and each descendant declares what it adds), so a payload cut out of its envelope means the same.
 */
export function serialize(el: XNode): string {
  return write(el, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
}

function write(el: XNode, parentScope: Map<string, string>): string {
  const decls = [...el.scope.entries()]
    .filter(([p, uri]) => parentScope.get(p) !== uri)
    .map(([p, uri]) => (p ? ` xmlns:${p}="${escAttr(uri)}"` : ` xmlns="${escAttr(uri)}"`))
    .join('');
  const attrs = Object.entries(el.attrs)
    .map(([k, v]) => ` ${k}="${escAttr(v)}"`)
    .join('');
  const inner = el.content.map((c) => (typeof c === 'string' ? esc(c) : write(c, el.scope))).join('');
  return inner ? `<${el.raw}${decls}${attrs}>${inner}</${el.raw}>` : `<${el.raw}${decls}${attrs}/>`;
}
