import { XmlElement } from './node';

/**
 * Serializes replies. A reply is described as a plain object whose key order is the element
 * order: keys starting with '@' are attributes, '#text' is text, arrays repeat an element,
 * undefined/null/false-y `undefined` entries are left out. A parsed XmlElement can be embedded
 * to echo part of a request.
 */
export type XmlValue = string | number | boolean | XmlObject | XmlElement | RawXml | Prefixed | XmlValue[] | undefined | null;
export interface XmlObject {
  [key: string]: XmlValue;
}

/** Pre-serialized XML inserted as is (used to wrap a finished document in an envelope). */
export class RawXml {
  constructor(readonly xml: string) {}
}

/**
 * Content whose elements all carry one namespace prefix (every key without a prefix of its own),
 * e.g. the National Register file inside rrn_it_implicit: its element is named by the parent.
 */
export class Prefixed {
  constructor(
    readonly prefix: string,
    readonly content: XmlObject,
  ) {}
}

export interface BuildOptions {
  /** Prefix given to every element whose key has none (classic services: 'ns3'). */
  prefix?: string;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"\n\r\t]/;

export function escapeText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]) : s;
}

export function escapeAttr(s: string): string {
  return ATTR_SPECIAL.test(s) ? s.replace(/[&<>"\n\r\t]/g, (c) => ATTR_ESCAPES[c]) : s;
}

/** Serializes one element named `name` (a qualified name like 'ns3:Reply' or a bare local name). */
export function toXml(name: string, value: XmlValue, options: BuildOptions = {}): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => toXml(name, v, options)).join('');
  const qn = name.includes(':') || !options.prefix ? name : `${options.prefix}:${name}`;
  if (value instanceof RawXml) return value.xml;
  if (value instanceof Prefixed) return element(qn, value.content, { ...options, prefix: value.prefix });
  if (typeof value === 'object' && 'local' in value && 'children' in value) return copyElement(qn, value as XmlElement);
  if (typeof value !== 'object') return `<${qn}>${escapeText(String(value))}</${qn}>`;
  return element(qn, value as XmlObject, options);
}

function element(qn: string, value: XmlObject, options: BuildOptions): string {
  let attrs = '';
  let body = '';
  for (const key in value) {
    const v = value[key];
    if (v === undefined || v === null) continue;
    if (key.startsWith('@')) attrs += ` ${key.slice(1)}="${escapeAttr(String(v))}"`;
    else if (key === '#text') body += escapeText(String(v));
    else body += toXml(key, v, options);
  }
  return body === '' ? `<${qn}${attrs}/>` : `<${qn}${attrs}>${body}</${qn}>`;
}

/** Echoes a parsed element under a new name; its descendants keep their local names, unqualified. */
function copyElement(qn: string, el: XmlElement): string {
  const attrs = Object.entries(el.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const body = el.children.map((c) => (typeof c === 'string' ? escapeText(c) : copyElement(c.local, c))).join('');
  return body === '' ? `<${qn}${attrs}/>` : `<${qn}${attrs}>${body}</${qn}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
