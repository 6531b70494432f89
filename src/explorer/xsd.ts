import * as fs from 'fs';
import * as path from 'path';
import { CONTRACTS_DIR } from '../paths';
import { kid, kids, parseDoc, resolveQName, XNode } from './xmldoc';

/**
 * Reads a service's contract (its WSDL or XSDs and everything they import) into a model the
 * explorer renders: for each element, the tree of its children with their types, cardinality,
 * facets and documentation. It reads the XSD constructs our contracts use (sequence, choice, all,
 * groups, attribute groups, simple and complex content by extension or restriction, refs);
 * the real validation is libxml2's (src/validation), this is for reading.
 */

export const XS = 'http://www.w3.org/2001/XMLSchema';
const WSDL = 'http://schemas.xmlsoap.org/wsdl/';
const WSDL_SOAP = 'http://schemas.xmlsoap.org/wsdl/soap/';
/** The address our contract files carry before the server rewrites them (src/contracts.ts). */
const AUTHORING_PREFIX = 'http://localhost:8080/wsdl/';

export interface SimpleInfo {
  /** The built-in XSD type at the bottom of the derivation, e.g. 'string', 'date', 'int'. */
  base: string;
  enumeration?: string[];
  patterns?: string[];
  length?: number;
  minLength?: number;
  maxLength?: number;
  totalDigits?: number;
  fractionDigits?: number;
  minInclusive?: string;
  maxInclusive?: string;
  minExclusive?: string;
  maxExclusive?: string;
  /** union: the member types' infos (samples use the first). */
  members?: SimpleInfo[];
}

export interface TreeNode {
  kind: 'element' | 'attribute' | 'sequence' | 'choice' | 'all' | 'any';
  name?: string;
  /** The element's namespace on the wire ('' = unqualified). */
  ns?: string;
  /** The type as the contract names it (e.g. 'common:SsinType'); absent for anonymous types. */
  type?: string;
  min: number;
  max: number | 'unbounded';
  doc?: string;
  /** Text content of a simple type or simple content. */
  simple?: SimpleInfo;
  children?: TreeNode[];
  attributes?: TreeNode[];
  /** The type is already being expanded higher up (a recursive structure). */
  recursive?: boolean;
  fixed?: string;
  defaultValue?: string;
}

export interface ContractFile {
  /** Relative to wsdl/ */
  path: string;
  kind: 'wsdl' | 'xsd';
  targetNamespace: string;
  /** The global elements the file declares, in order. */
  elements: { ns: string; name: string }[];
}

export interface WsdlOperation {
  name: string;
  soapAction?: string;
  input?: { ns: string; name: string };
  output?: { ns: string; name: string };
  faults: { ns: string; name: string }[];
  doc?: string;
}

interface Schema {
  file: string;
  tns: string;
  qualifiedElements: boolean;
  qualifiedAttributes: boolean;
}

interface Decl {
  node: XNode;
  schema: Schema;
}

const key = (ns: string, local: string) => `{${ns}}${local}`;

/** A contract file's text by its path relative to wsdl/, undefined when there is none. */
export type ContractReader = (relative: string) => string | undefined;

function readContractFile(relative: string): string | undefined {
  const file = path.join(CONTRACTS_DIR, relative);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

function cardinality(node: XNode): { min: number; max: number | 'unbounded' } {
  const min = node.attrs.minOccurs !== undefined ? Number(node.attrs.minOccurs) : 1;
  const rawMax = node.attrs.maxOccurs;
  const max = rawMax === undefined ? 1 : rawMax === 'unbounded' ? 'unbounded' : Number(rawMax);
  return { min, max };
}

function documentation(node: XNode): string | undefined {
  const annotation = kid(node, 'annotation', XS);
  const texts = annotation ? kids(annotation, 'documentation', XS).map((d) => collectText(d)) : [];
  const doc = texts.join(' ').replace(/\s+/g, ' ').trim();
  return doc || undefined;
}

function collectText(node: XNode): string {
  return node.content.map((c) => (typeof c === 'string' ? c : collectText(c))).join('');
}

/** A contract's schema documents, indexed by qualified name. */
export class SchemaSet {
  readonly files: ContractFile[] = [];
  readonly operations: WsdlOperation[] = [];
  private readonly elements = new Map<string, Decl>();
  private readonly types = new Map<string, Decl>();
  private readonly groups = new Map<string, Decl>();
  private readonly attributeGroups = new Map<string, Decl>();
  private readonly attributes = new Map<string, Decl>();
  private readonly loaded = new Set<string>();

  /**
   * Loads the entry files (paths relative to wsdl/) and everything they import or include.
   * `read` gives a file's text, undefined when absent: by default from our wsdl/ (the new-service
   * scaffold reads a contract it is about to write into another project).
   */
  constructor(
    entries: string[],
    private readonly read: ContractReader = readContractFile,
  ) {
    for (const entry of entries) this.loadFile(entry);
  }

  private loadFile(relative: string, chameleonNs?: string): void {
    const normalized = path.posix.normalize(relative);
    if (this.loaded.has(normalized)) return;
    this.loaded.add(normalized);
    const source = this.read(normalized);
    if (source === undefined) return;
    const root = parseDoc(source);
    if (root.local === 'definitions' && root.ns === WSDL) {
      const record: ContractFile = { path: normalized, kind: 'wsdl', targetNamespace: root.attrs.targetNamespace ?? '', elements: [] };
      this.files.push(record);
      for (const types of kids(root, 'types', WSDL)) for (const s of kids(types, 'schema', XS)) this.addSchema(s, normalized, record);
      for (const imp of kids(root, 'import', WSDL)) this.follow(normalized, imp.attrs.location);
      this.readWsdl(root);
    } else if (root.local === 'schema' && root.ns === XS) {
      const record: ContractFile = { path: normalized, kind: 'xsd', targetNamespace: root.attrs.targetNamespace ?? chameleonNs ?? '', elements: [] };
      this.files.push(record);
      this.addSchema(root, normalized, record, chameleonNs);
    }
  }

  private follow(from: string, location: string | undefined, chameleonNs?: string): void {
    if (!location) return;
    let target: string;
    if (location.startsWith(AUTHORING_PREFIX)) target = location.slice(AUTHORING_PREFIX.length);
    else if (/^[a-z]+:/i.test(location)) return;
    else target = path.posix.join(path.posix.dirname(from), location);
    if (target.startsWith('..')) return;
    this.loadFile(target, chameleonNs);
  }

  private addSchema(s: XNode, file: string, record: ContractFile, chameleonNs?: string): void {
    const schema: Schema = {
      file,
      tns: s.attrs.targetNamespace ?? chameleonNs ?? '',
      qualifiedElements: s.attrs.elementFormDefault === 'qualified',
      qualifiedAttributes: s.attrs.attributeFormDefault === 'qualified',
    };
    for (const c of s.children) {
      if (c.ns !== XS) continue;
      const name = c.attrs.name;
      switch (c.local) {
        case 'import':
          this.follow(file, c.attrs.schemaLocation);
          break;
        case 'include':
        case 'redefine':
          this.follow(file, c.attrs.schemaLocation, schema.tns);
          break;
        case 'element':
          // The first declaration wins: a classic service whose request and reply share one root
          // name (P10 L036RequestReply) lists its request schema first, and samples come from it.
          if (!this.elements.has(key(schema.tns, name))) this.elements.set(key(schema.tns, name), { node: c, schema });
          record.elements.push({ ns: schema.tns, name });
          break;
        case 'complexType':
        case 'simpleType':
          this.types.set(key(schema.tns, name), { node: c, schema });
          break;
        case 'group':
          this.groups.set(key(schema.tns, name), { node: c, schema });
          break;
        case 'attributeGroup':
          this.attributeGroups.set(key(schema.tns, name), { node: c, schema });
          break;
        case 'attribute':
          this.attributes.set(key(schema.tns, name), { node: c, schema });
          break;
      }
    }
  }

  private readWsdl(root: XNode): void {
    const messages = new Map<string, { ns: string; name: string } | undefined>();
    const tns = root.attrs.targetNamespace ?? '';
    for (const m of kids(root, 'message', WSDL)) {
      const part = kid(m, 'part', WSDL);
      const el = part?.attrs.element ? resolveQName(part.attrs.element, part) : undefined;
      messages.set(key(tns, m.attrs.name), el && { ns: el.ns, name: el.local });
    }
    const msg = (node: XNode | undefined) => {
      if (!node?.attrs.message) return undefined;
      const q = resolveQName(node.attrs.message, node);
      return messages.get(key(q.ns, q.local));
    };
    const actions = new Map<string, string>();
    for (const b of kids(root, 'binding', WSDL))
      for (const op of kids(b, 'operation', WSDL)) {
        const soapOp = kid(op, 'operation', WSDL_SOAP);
        if (soapOp?.attrs.soapAction !== undefined) actions.set(op.attrs.name, soapOp.attrs.soapAction);
      }
    for (const pt of kids(root, 'portType', WSDL))
      for (const op of kids(pt, 'operation', WSDL)) {
        this.operations.push({
          name: op.attrs.name,
          soapAction: actions.get(op.attrs.name),
          input: msg(kid(op, 'input', WSDL)),
          output: msg(kid(op, 'output', WSDL)),
          faults: kids(op, 'fault', WSDL)
            .map((f) => msg(f))
            .filter((f): f is { ns: string; name: string } => !!f),
          doc: kid(op, 'documentation', WSDL) ? collectText(kid(op, 'documentation', WSDL)!).trim() : undefined,
        });
      }
  }

  hasElement(ns: string, name: string): boolean {
    return this.elements.has(key(ns, name));
  }

  /** The file that declares a global element. */
  fileOfElement(ns: string, name: string): string | undefined {
    return this.elements.get(key(ns, name))?.schema.file;
  }

  /** The tree of a global element, or undefined when the contract does not declare it. */
  elementTree(ns: string, name: string): TreeNode | undefined {
    const decl = this.elements.get(key(ns, name));
    return decl && this.element(decl.node, decl.schema, true, [], 0);
  }

  // ------------------------------------------------------------------ elements and content

  private element(node: XNode, schema: Schema, global: boolean, stack: string[], depth: number): TreeNode {
    const { min, max } = global ? { min: 1, max: 1 as const } : cardinality(node);
    if (node.attrs.ref) {
      const q = resolveQName(node.attrs.ref, node);
      const target = this.elements.get(key(q.ns, q.local));
      if (!target) return { kind: 'element', name: q.local, ns: q.ns, min, max, doc: 'Declaration not found in the contract files.' };
      const resolved = this.element(target.node, target.schema, true, stack, depth);
      return { ...resolved, min, max, doc: documentation(node) ?? resolved.doc };
    }
    const qualified = global || (node.attrs.form ? node.attrs.form === 'qualified' : schema.qualifiedElements);
    const out: TreeNode = { kind: 'element', name: node.attrs.name, ns: qualified ? schema.tns : '', min, max };
    const doc = documentation(node);
    if (node.attrs.fixed !== undefined) out.fixed = node.attrs.fixed;
    if (node.attrs.default !== undefined) out.defaultValue = node.attrs.default;
    if (depth > 40) return { ...out, doc, recursive: true };

    if (node.attrs.type) {
      out.type = node.attrs.type;
      const q = resolveQName(node.attrs.type, node);
      this.typeInto(out, q.ns, q.local, stack, depth);
    } else {
      const ct = kid(node, 'complexType', XS);
      const st = kid(node, 'simpleType', XS);
      if (ct) this.complexInto(out, ct, schema, stack, depth);
      else if (st) out.simple = this.simpleOf(st);
      else out.simple = { base: 'anyType' };
    }
    out.doc = doc ?? out.doc;
    return out;
  }

  /** Fills a node from a named type (built-in, simple or complex). */
  private typeInto(out: TreeNode, ns: string, local: string, stack: string[], depth: number): void {
    if (ns === XS) {
      out.simple = { base: local };
      return;
    }
    const k = key(ns, local);
    const decl = this.types.get(k);
    if (!decl) {
      out.simple = { base: 'anyType' };
      out.doc = `Type ${local} not found in the contract files.`;
      return;
    }
    if (decl.node.local === 'simpleType') {
      out.simple = this.simpleOf(decl.node);
      out.doc = documentation(decl.node);
      return;
    }
    if (stack.includes(k)) {
      out.recursive = true;
      return;
    }
    this.complexInto(out, decl.node, decl.schema, [...stack, k], depth);
    out.doc = out.doc ?? documentation(decl.node);
  }

  private complexInto(out: TreeNode, ct: XNode, schema: Schema, stack: string[], depth: number): void {
    const content = this.complexContent(ct, schema, stack, depth);
    if (content.children.length) out.children = content.children;
    if (content.attributes.length) out.attributes = content.attributes;
    if (content.simple) out.simple = content.simple;
  }

  private complexContent(ct: XNode, schema: Schema, stack: string[], depth: number): { children: TreeNode[]; attributes: TreeNode[]; simple?: SimpleInfo } {
    const children: TreeNode[] = [];
    const attributes: TreeNode[] = [];
    let simple: SimpleInfo | undefined;
    for (const c of ct.children) {
      if (c.ns !== XS) continue;
      if (['sequence', 'choice', 'all', 'group'].includes(c.local)) children.push(...this.particle(c, schema, stack, depth, true));
      else if (['attribute', 'attributeGroup'].includes(c.local)) attributes.push(...this.attributeNodes(c, schema));
      else if (c.local === 'complexContent' || c.local === 'simpleContent') {
        const derivation = c.children.find((d) => d.ns === XS && (d.local === 'extension' || d.local === 'restriction'));
        if (!derivation?.attrs.base) continue;
        const base = resolveQName(derivation.attrs.base, derivation);
        const baseDecl = base.ns === XS ? undefined : this.types.get(key(base.ns, base.local));
        const inherited =
          baseDecl?.node.local === 'complexType' && !stack.includes(key(base.ns, base.local))
            ? this.complexContent(baseDecl.node, baseDecl.schema, [...stack, key(base.ns, base.local)], depth + 1)
            : undefined;
        if (c.local === 'simpleContent') {
          simple = inherited?.simple ?? (base.ns === XS ? { base: base.local } : baseDecl ? this.simpleOf(baseDecl.node) : { base: 'anyType' });
          if (derivation.local === 'restriction') simple = this.withFacets({ ...simple }, derivation);
          attributes.push(...(inherited?.attributes ?? []));
        } else if (derivation.local === 'extension') {
          children.push(...(inherited?.children ?? []));
          attributes.push(...(inherited?.attributes ?? []));
        }
        for (const d of derivation.children) {
          if (d.ns !== XS) continue;
          if (['sequence', 'choice', 'all', 'group'].includes(d.local)) children.push(...this.particle(d, schema, stack, depth, true));
          else if (['attribute', 'attributeGroup'].includes(d.local)) attributes.push(...this.attributeNodes(d, schema));
        }
      }
    }
    return { children, attributes, simple };
  }

  /** A compositor, group or element; a sequence of one occurrence is flattened into its parent. */
  private particle(node: XNode, schema: Schema, stack: string[], depth: number, flatten: boolean): TreeNode[] {
    const { min, max } = cardinality(node);
    switch (node.local) {
      case 'element':
        return [this.element(node, schema, false, stack, depth + 1)];
      case 'any':
        return [{ kind: 'any', min, max, doc: `Any element${node.attrs.namespace ? ` (namespace ${node.attrs.namespace})` : ''}.` }];
      case 'group': {
        if (!node.attrs.ref) return [];
        const q = resolveQName(node.attrs.ref, node);
        const g = this.groups.get(key(q.ns, q.local));
        const inner = g?.node.children.find((c) => c.ns === XS && ['sequence', 'choice', 'all'].includes(c.local));
        if (!g || !inner) return [];
        const nodes = this.particle(inner, g.schema, stack, depth, false);
        if (min === 1 && max === 1) return flatten && nodes.length === 1 && nodes[0].kind === 'sequence' ? nodes[0].children ?? [] : nodes;
        return [{ kind: 'sequence', min, max, children: nodes, doc: `Group ${q.local}.` }];
      }
      case 'sequence':
      case 'all':
      case 'choice': {
        const children: TreeNode[] = [];
        for (const c of node.children) {
          if (c.ns !== XS || !['element', 'any', 'group', 'sequence', 'choice', 'all'].includes(c.local)) continue;
          // Inside a choice every option stays one node; inside a sequence nested sequences flatten.
          children.push(...this.particle(c, schema, stack, depth, node.local !== 'choice'));
        }
        if (node.local !== 'choice' && flatten && min === 1 && max === 1) return children;
        return [{ kind: node.local as 'sequence' | 'all' | 'choice', min, max, children, doc: documentation(node) }];
      }
      default:
        return [];
    }
  }

  private attributeNodes(node: XNode, schema: Schema): TreeNode[] {
    if (node.local === 'attributeGroup') {
      if (!node.attrs.ref) return [];
      const q = resolveQName(node.attrs.ref, node);
      const g = this.attributeGroups.get(key(q.ns, q.local));
      if (!g) return [];
      return g.node.children.filter((c) => c.ns === XS && (c.local === 'attribute' || c.local === 'attributeGroup')).flatMap((c) => this.attributeNodes(c, g.schema));
    }
    let decl = node;
    let ns = '';
    if (node.attrs.ref) {
      const q = resolveQName(node.attrs.ref, node);
      const target = this.attributes.get(key(q.ns, q.local));
      if (!target) return [{ kind: 'attribute', name: q.local, ns: q.ns, min: 0, max: 1 }];
      decl = target.node;
      ns = q.ns;
    } else if (node.attrs.form ? node.attrs.form === 'qualified' : schema.qualifiedAttributes) {
      ns = schema.tns;
    }
    const out: TreeNode = { kind: 'attribute', name: decl.attrs.name, ns, min: node.attrs.use === 'required' ? 1 : 0, max: 1, doc: documentation(node) ?? documentation(decl) };
    if (node.attrs.fixed ?? decl.attrs.fixed) out.fixed = node.attrs.fixed ?? decl.attrs.fixed;
    if (decl.attrs.type) {
      out.type = decl.attrs.type;
      const q = resolveQName(decl.attrs.type, decl);
      out.simple = q.ns === XS ? { base: q.local } : this.types.get(key(q.ns, q.local)) ? this.simpleOf(this.types.get(key(q.ns, q.local))!.node) : { base: 'anySimpleType' };
    } else {
      const st = kid(decl, 'simpleType', XS);
      out.simple = st ? this.simpleOf(st) : { base: 'anySimpleType' };
    }
    return [out];
  }

  // ------------------------------------------------------------------ simple types

  private simpleOf(st: XNode, depth = 0): SimpleInfo {
    if (depth > 20) return { base: 'anySimpleType' };
    const restriction = kid(st, 'restriction', XS);
    if (restriction) {
      let base: SimpleInfo;
      if (restriction.attrs.base) {
        const q = resolveQName(restriction.attrs.base, restriction);
        const decl = q.ns === XS ? undefined : this.types.get(key(q.ns, q.local));
        base = q.ns === XS ? { base: q.local } : decl && decl.node.local === 'simpleType' ? this.simpleOf(decl.node, depth + 1) : { base: 'anySimpleType' };
      } else {
        const inner = kid(restriction, 'simpleType', XS);
        base = inner ? this.simpleOf(inner, depth + 1) : { base: 'anySimpleType' };
      }
      return this.withFacets({ ...base }, restriction);
    }
    const list = kid(st, 'list', XS);
    if (list) return { base: 'list' };
    const union = kid(st, 'union', XS);
    if (union) {
      const members: SimpleInfo[] = (union.attrs.memberTypes ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((m) => {
          const q = resolveQName(m, union);
          const decl = this.types.get(key(q.ns, q.local));
          return q.ns === XS ? { base: q.local } : decl ? this.simpleOf(decl.node, depth + 1) : { base: 'anySimpleType' };
        });
      for (const inner of kids(union, 'simpleType', XS)) members.push(this.simpleOf(inner, depth + 1));
      return { base: members[0]?.base ?? 'string', members };
    }
    return { base: 'anySimpleType' };
  }

  private withFacets(info: SimpleInfo, restriction: XNode): SimpleInfo {
    const enumeration = kids(restriction, 'enumeration', XS).map((e) => e.attrs.value);
    if (enumeration.length) info.enumeration = enumeration;
    const patterns = kids(restriction, 'pattern', XS).map((e) => e.attrs.value);
    if (patterns.length) info.patterns = [...(info.patterns ?? []), ...patterns];
    for (const facet of ['length', 'minLength', 'maxLength', 'totalDigits', 'fractionDigits'] as const) {
      const f = kid(restriction, facet, XS);
      if (f) info[facet] = Number(f.attrs.value);
    }
    for (const facet of ['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'] as const) {
      const f = kid(restriction, facet, XS);
      if (f) info[facet] = f.attrs.value;
    }
    return info;
  }
}

const cache = new Map<string, SchemaSet>();

/** The schema set of a contract, read once. */
export function schemaSet(entries: string[]): SchemaSet {
  const k = entries.join('|');
  let set = cache.get(k);
  if (!set) {
    set = new SchemaSet(entries);
    cache.set(k, set);
  }
  return set;
}
