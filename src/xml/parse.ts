import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { XmlElement, XmlNode } from './node';

/** Why an XML document was refused; `message` is safe to show to a client. */
export class XmlParseError extends Error {
  constructor(message: string, readonly kind: 'malformed' | 'dtd' | 'too-large' | 'too-deep' | 'namespace') {
    super(message);
  }
}

export interface ParseLimits {
  maxBytes: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 5 * 1024 * 1024, maxDepth: 200 };

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

// No DTD processing at all: SOAP forbids a document type declaration, and refusing it
// up front closes external entities and entity-expansion bombs in one place.
const DTD_PATTERN = /<!DOCTYPE|<!ENTITY/i;

/**
 * What every parser of the emulator shares: document order kept, attributes by their written
 * name, text and attribute values as written (no number parsing, no trimming), no processing
 * instructions, no HTML entities.
 */
export const VERBATIM_XML = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: false,
  ignorePiTags: true,
} as const;

const parser = new XMLParser({
  ...VERBATIM_XML,
  // The five predefined entities are decoded in convert(), outside CDATA: fast-xml-parser's own
  // entity pass runs a list of replacements over every text and attribute (a third of a parse).
  processEntities: false,
  cdataPropName: '#cdata',
});

/**
 * The predefined entities; others stay as they are. &amp; goes last, so that &amp;lt; becomes the
 * text "&lt;" and not "<" (native replaceAll: several times faster than one regex with a callback).
 */
const decodeEntities = (s: string) =>
  s.includes('&')
    ? s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&')
    : s;

type Raw = Record<string, unknown>;

/**
 * Parses an XML document safely into a namespace-resolved tree and returns its root element.
 * Throws XmlParseError for anything that is not a single well-formed, DTD-free document.
 */
export function parseXml(xml: string, limits: ParseLimits = DEFAULT_LIMITS): XmlElement {
  if (Buffer.byteLength(xml, 'utf8') > limits.maxBytes) {
    throw new XmlParseError(`The document exceeds the size limit of ${limits.maxBytes} bytes.`, 'too-large');
  }
  if (DTD_PATTERN.test(xml)) {
    throw new XmlParseError('Document type declarations and entity declarations are not allowed.', 'dtd');
  }
  const source = decodeCharacterReferences(xml.replace(/^\uFEFF/, ''));
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new XmlParseError(`Malformed XML at line ${line}, column ${col}: ${msg}`, 'malformed');
  }
  const raw = parser.parse(source) as Raw[];
  const roots = raw.filter((n) => elementName(n) !== undefined);
  if (roots.length !== 1) {
    throw new XmlParseError('The document must have exactly one root element.', 'malformed');
  }
  return convert(roots[0], new Map([['xml', XML_NS]]), 1, limits.maxDepth);
}

const MARKUP: Record<string, string> = { '<': '&lt;', '&': '&amp;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * fast-xml-parser leaves numeric character references (&#233; &#xE9;) undecoded when HTML entities
 * are off, so they are decoded before parsing: to the character, or to the named entity for the
 * characters markup gives a meaning to. CDATA sections are left as they are (no references there).
 */
function decodeCharacterReferences(xml: string): string {
  if (!xml.includes('&#')) return xml;
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/&#(?:x([0-9a-fA-F]+)|([0-9]+));/g, (ref, hex: string | undefined, dec: string | undefined) => {
            const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
            if (!(code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0x10ffff) && !(code >= 0xfffe && code <= 0xffff))) {
              return ref; // not an XML character: left for the validator to refuse
            }
            const ch = String.fromCodePoint(code);
            return MARKUP[ch] ?? ch;
          }),
    )
    .join('');
}

function elementName(node: Raw): string | undefined {
  for (const k in node) if (k !== ':@' && k !== '#text' && k !== '#cdata' && k.charCodeAt(0) !== 63 /* ? */) return k;
  return undefined;
}

function convert(node: Raw, scope: Map<string, string>, depth: number, maxDepth: number): XmlElement {
  if (depth > maxDepth) {
    throw new XmlParseError(`The document is nested deeper than ${maxDepth} levels.`, 'too-deep');
  }
  const tag = elementName(node)!;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;

  let localScope = scope;
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(rawAttrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (localScope === scope) localScope = new Map(scope);
      localScope.set(name === 'xmlns' ? '' : name.slice(6), decodeEntities(value));
    }
  }
  for (const [name, value] of Object.entries(rawAttrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const colon = name.indexOf(':');
    attrs[colon >= 0 ? name.slice(colon + 1) : name] = decodeEntities(value);
  }

  const colon = tag.indexOf(':');
  const prefix = colon >= 0 ? tag.slice(0, colon) : '';
  const local = colon >= 0 ? tag.slice(colon + 1) : tag;
  const ns = localScope.get(prefix);
  if (ns === undefined) {
    if (prefix) throw new XmlParseError(`The prefix '${prefix}' of element '${tag}' is not declared.`, 'namespace');
  }

  const children: XmlNode[] = [];
  for (const c of (node[tag] ?? []) as Raw[]) {
    if ('#text' in c) children.push(decodeEntities(String(c['#text'])));
    else if ('#cdata' in c) children.push(...(c['#cdata'] as Raw[]).map((t) => String(t['#text'])));
    else if (elementName(c) !== undefined) children.push(convert(c, localScope, depth + 1, maxDepth));
  }
  return { ns: ns ?? '', local, prefix, attrs, children };
}
