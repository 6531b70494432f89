import type { AppContext } from '../app';
import type { ClassicService, ServiceDef } from '../services/types';
import type { ChannelName } from '../pipeline/exchange';
import { PERSONAS } from '../../fixtures/personas';
import { sampleOfPattern } from './pattern';
import { SimpleInfo, TreeNode } from './xsd';
import { contractOf } from './model';
import type { SampleContext, SampleHints, Who } from '../services/sample-hints';
import { operationCatalogId } from '../services/catalog-ids';

/**
 * Ready-to-send sample requests: built from the service's contract (the element tree of
 * xsd.ts), filled with the chosen persona, organisation and role, and wrapped the way the channel
 * wants it (a SOAP envelope for new style, an SSDNRequest for classic: the page wraps that in
 * sendXML when it sends it). Every service gets one, including services added later; the hints
 * a service declares (`samples`) only choose nicer values and optional elements for the services that need them.
 */

export type { SampleContext, SampleHints, Who } from '../services/sample-hints';

const hintsFor = (service: ServiceDef, operation: string, extra?: SampleHints): SampleHints => {
  const base = service.samples?.(operation) ?? {};
  if (!extra) return base;
  return {
    include: [...(base.include ?? []), ...(extra.include ?? [])],
    exclude: [...(base.exclude ?? []), ...(extra.exclude ?? [])],
    values: { ...base.values, ...extra.values },
  };
};

/**
 * How a channel's sample document is built around the payload: new style, the SOAP envelope a
 * client posts; classic, the SSDNRequest (the explorer page puts it in sendXML's xmlString).
 */
export const SAMPLE_DOCUMENT: Record<ChannelName, { inSsdn: boolean; wrap?: 'sendXML'; document(service: ServiceDef, payload: string, c: SampleContext): string }> = {
  new: { inSsdn: false, document: (_service, payload) => soapEnvelope(payload) },
  classic: { inSsdn: true, wrap: 'sendXML', document: (service, payload, c) => ssdnRequest(service as ClassicService, payload, c) },
};

/**
 * The sample request of one operation, for a persona/organisation/role. `extra` adds to the
 * service's hints (the persona outcomes use it for their criteria, src/personas/outcome.ts).
 */
export function buildSample(app: AppContext, service: ServiceDef, operation: string, who: Who, extra?: SampleHints): { document: string; payload: string; legalContext?: string } {
  const ctx = sampleContext(app, service, operation, who);
  const contract = contractOf(service);
  const op = contract.operations.find((o) => o.name === operation) ?? contract.operations[0];
  const tree = op?.request && contract.set.elementTree(op.request.ns, op.request.name);
  const shape = SAMPLE_DOCUMENT[service.style];
  const payload = tree ? new Generator(ctx, hintsFor(service, operation, extra), shape.inSsdn).document(tree) : `<!-- No request element found in the contract of ${service.name}. -->`;
  const document = shape.document(service, payload, ctx);
  return { document, payload, legalContext: ctx.legalContext };
}

function sampleContext(app: AppContext, service: ServiceDef, operation: string, who: Who): SampleContext {
  const now = app.clock.now();
  const person = app.persons.find(who.ssin);
  const persona = PERSONAS.find((p) => p.ssin === who.ssin);
  const [first, ...rest] = (persona?.name ?? 'Jan Peeters').split(' ');
  const org = app.directory.organisation(who.cbe);
  const user = app.directory.users(who.cbe).find((u) => u.role === who.role);
  // The legal context of the first authorization row that lets this role call this operation (rows are kept per catalog row).
  const rows = org ? app.authorizations.forRequest(operationCatalogId(service, operation), org.sector, org.cbe_number) : [];
  const row = rows.find((r) => (r.operation === '*' || r.operation === operation) && r.roles.includes(who.role) && r.legalContexts.length) ?? rows.find((r) => r.legalContexts.length);
  return {
    ...who,
    operation,
    lastName: person?.lastName ?? rest.join(' ') ?? 'Peeters',
    firstName: person?.firstName ?? first,
    birthDate: person?.birthDate ?? birthDateOfSsin(who.ssin),
    nis: org?.nis_code,
    userId: user?.user_id,
    email: user?.email,
    legalContext: who.legalContext ?? row?.legalContexts[0],
    today: now.toISOString().slice(0, 10),
    now: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

function birthDateOfSsin(ssin: string): string {
  const yy = Number(ssin.slice(0, 2));
  const century = yy > Number(String(new Date().getFullYear()).slice(2)) ? '19' : '20';
  const month = String(Number(ssin.slice(2, 4)) % 20).padStart(2, '0');
  return `${century}${ssin.slice(0, 2)}-${month === '00' ? '01' : month}-${ssin.slice(4, 6) === '00' ? '01' : ssin.slice(4, 6)}`;
}

export function soapEnvelope(bodyXml: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">',
    '  <soapenv:Header/>',
    '  <soapenv:Body>',
    indent(bodyXml, '    '),
    '  </soapenv:Body>',
    '</soapenv:Envelope>',
  ].join('\n');
}

/** An SSDNRequest as real clients build it: the SSDN elements in the default namespace, the payload with its own prefixes. */
function ssdnRequest(service: ClassicService, payload: string, c: SampleContext): string {
  const time = c.now.replace(/[-:]/g, '').replace(/Z$/, '');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<SSDNRequest xmlns="http://www.ksz-bcss.fgov.be/XSD/SSDN/Service">',
    '  <RequestContext>',
    '    <AuthorizedUser>',
    `      <UserID>${esc(c.userId ?? '00000000000')}</UserID>`,
    `      <Email>${esc(c.email ?? 'someone@example.test')}</Email>`,
    `      <OrgUnit>${esc(c.cbe)}</OrgUnit>`,
    '      <MatrixID>17</MatrixID>',
    '      <MatrixSubID>1</MatrixSubID>',
    '    </AuthorizedUser>',
    '    <Message>',
    `      <Reference>EXPLORER-${time}</Reference>`,
    `      <TimeRequest>${time}</TimeRequest>`,
    '    </Message>',
    '  </RequestContext>',
    '  <ServiceRequest>',
    `    <ServiceId>${esc(service.serviceId)}</ServiceId>`,
    `    <Version>${esc(service.version)}</Version>`,
    indent(payload, '    '),
    '  </ServiceRequest>',
    '</SSDNRequest>',
  ].join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const indent = (xml: string, pad: string) =>
  xml
    .split('\n')
    .map((l) => pad + l)
    .join('\n');

// ---------------------------------------------------------------- the generic generator

/** Writes the smallest meaningful instance of an element tree: required elements, plus the hinted ones. */
class Generator {
  private readonly prefixes = new Map<string, string>();
  private unqualified = false;

  constructor(
    private readonly c: SampleContext,
    private readonly hints: SampleHints,
    /** Inside an SSDNRequest (default namespace set), unqualified children need xmlns="". */
    private readonly inSsdn: boolean,
  ) {}

  document(root: TreeNode): string {
    const body = this.element(root, '', 0);
    const decls = [...this.prefixes.entries()].map(([ns, p]) => ` xmlns:${p}="${ns}"`).join('');
    // Unqualified children must not inherit a default namespace of an enclosing document (SSDNRequest).
    const reset = this.unqualified && this.inSsdn ? ' xmlns=""' : '';
    return body.replace(/^<([^\s/>]+)/, `<$1${decls}${reset}`);
  }

  private prefix(ns: string): string {
    let p = this.prefixes.get(ns);
    if (!p) {
      const segments = ns.split(/[/:#]+/).filter((s) => s && !/^(v\d+|\d+|http|https|www|urn)$/i.test(s) && !s.includes('.'));
      const word = segments[segments.length - 1] ?? 'ns';
      const caps = word.replace(/[^A-Z]/g, '').toLowerCase();
      let base = caps.length >= 2 ? caps : word.slice(0, 3).toLowerCase();
      if (!/^[a-z]/.test(base)) base = 'ns';
      p = base;
      for (let i = 2; [...this.prefixes.values()].includes(p); i++) p = `${base}${i}`;
      this.prefixes.set(ns, p);
    }
    return p;
  }

  private wanted(node: TreeNode, parent: string): boolean {
    const name = node.name ?? '';
    if (this.hints.exclude?.includes(name)) return false;
    if (node.min > 0) return true;
    if (this.hints.include?.includes(name)) return true;
    if (this.hints.values && (`${parent}/${name}` in this.hints.values)) return true;
    // An optional element the operation is named after (bySSIN, byPhoneticCriteria).
    return name.length >= 4 && this.c.operation.toLowerCase().includes(name.toLowerCase());
  }

  private element(node: TreeNode, parent: string, depth: number): string {
    const name = node.name ?? 'element';
    const tag = node.ns ? `${this.prefix(node.ns)}:${name}` : name;
    if (!node.ns) this.unqualified = true;
    const pad = '  '.repeat(depth);
    const attrs = (node.attributes ?? [])
      .filter((a) => a.min > 0 || a.fixed !== undefined)
      .map((a) => ` ${a.name}="${esc(a.fixed ?? this.value(a, name))}"`)
      .join('');
    if (node.children?.length && !node.recursive) {
      const inner = this.particles(node.children, name, depth + 1);
      return inner ? `${pad}<${tag}${attrs}>\n${inner}\n${pad}</${tag}>` : `${pad}<${tag}${attrs}/>`;
    }
    const text = node.fixed ?? this.value(node, parent);
    return `${pad}<${tag}${attrs}>${esc(text)}</${tag}>`;
  }

  private particles(nodes: TreeNode[], parent: string, depth: number): string {
    const out: string[] = [];
    for (const n of nodes) {
      if (n.kind === 'element') {
        if (!this.wanted(n, parent)) continue;
        const times = Math.max(n.min, 1);
        for (let i = 0; i < times; i++) out.push(this.element(n, parent, depth));
      } else if (n.kind === 'choice') {
        // An optional choice only when the hints include one of its options (S11: fullHistory | period).
        if (n.min === 0 && !(n.children ?? []).some((c) => this.hints.include?.includes(c.name ?? ''))) continue;
        const option = this.option(n.children ?? []);
        if (option) out.push(this.particles([option.kind === 'element' ? { ...option, min: Math.max(option.min, 1) } : option], parent, depth));
      } else if (n.kind === 'sequence' || n.kind === 'all') {
        if (n.min === 0 && !(n.children ?? []).some((c) => this.hints.include?.includes(c.name ?? ''))) continue;
        out.push(this.particles(n.children ?? [], parent, depth));
      }
    }
    return out.filter(Boolean).join('\n');
  }

  /** The option of a choice (excluded ones aside): the one the operation or the hints name, else one about the person (an SSIN), else the first. */
  private option(all: TreeNode[]): TreeNode | undefined {
    // An excluded element is no option (R06: exclude 'address' to search by ssin).
    const options = all.filter((o) => !(o.kind === 'element' && this.hints.exclude?.includes(o.name ?? '')));
    const names = (n: TreeNode): string[] => (n.kind === 'element' ? [n.name ?? ''] : (n.children ?? []).flatMap(names));
    const op = this.c.operation.toLowerCase();
    return (
      options.find((o) => names(o).some((n) => this.hints.include?.includes(n))) ??
      options.find((o) => names(o).some((n) => n.length >= 4 && op.includes(n.toLowerCase()))) ??
      options.find((o) => names(o).some((n) => /ssin$/i.test(n))) ??
      options[0]
    );
  }

  private value(node: TreeNode, parent: string): string {
    const name = node.name ?? '';
    const hinted = this.hints.values?.[`${parent}/${name}`] ?? this.hints.values?.[name];
    if (hinted !== undefined) return typeof hinted === 'function' ? hinted(this.c) : hinted;
    const s: SimpleInfo = node.simple ?? { base: 'string' };
    const enumeration = s.enumeration ?? s.members?.find((m) => m.enumeration)?.enumeration;
    const lower = name.toLowerCase();
    const c = this.c;
    if (/ssin$/.test(lower) || lower === 'inss' || lower === 'niss') return c.ssin;
    if (['cbenumber', 'orgunit', 'enterprisenumber', 'kbonumber'].includes(lower)) return c.cbe;
    if (lower === 'legalcontext') return enumeration && !(c.legalContext && enumeration.includes(c.legalContext)) ? enumeration[0] : (c.legalContext ?? 'PCSA:SOCIAL_INQUIRY');
    if (enumeration?.length) return enumeration.includes(c.operation) ? c.operation : enumeration.includes('nl') ? 'nl' : enumeration[0];
    if (lower === 'lastname' || lower === 'name' || lower === 'familyname') return c.lastName;
    if (lower === 'firstname' || lower === 'givenname') return c.firstName;
    if (lower === 'birthdate' || lower === 'dateofbirth') return s.base === 'string' || s.base === 'date' ? c.birthDate : this.byType(s, lower);
    if (lower === 'language') return 'nl';
    if (lower === 'userid') return c.userId ?? c.ssin;
    if (lower === 'email') return c.email ?? 'someone@example.test';
    if (lower === 'matrixid' || lower === 'sector') return '17';
    if (lower === 'matrixsubid') return '1';
    if (lower === 'ticket') return `explorer-${c.now.replace(/\D/g, '').slice(0, 14)}`;
    if (lower === 'timestampsent') return c.now;
    return this.byType(s, lower);
  }

  private byType(s: SimpleInfo, lower: string): string {
    const c = this.c;
    const start = /(begin|start|from)/.test(lower);
    switch (s.base) {
      case 'date':
        return start ? `${Number(c.today.slice(0, 4)) - 1}-01-01` : c.today;
      case 'dateTime':
        return c.now;
      case 'gYearMonth':
        return start ? `${Number(c.today.slice(0, 4)) - 1}-${c.today.slice(5, 7)}` : c.today.slice(0, 7);
      case 'gYear':
        return c.today.slice(0, 4);
      case 'time':
        return '10:00:00';
      case 'boolean':
        return 'false';
      case 'decimal':
      case 'integer':
      case 'int':
      case 'long':
      case 'short':
      case 'byte':
      case 'nonNegativeInteger':
      case 'positiveInteger':
      case 'unsignedInt':
      case 'unsignedShort':
      case 'unsignedLong':
      case 'unsignedByte':
      case 'double':
      case 'float': {
        if (s.patterns?.length) return sampleOfPattern(s.patterns[0]) ?? '1';
        if (s.minInclusive !== undefined) return s.minInclusive;
        if (s.minExclusive !== undefined) return String(Number(s.minExclusive) + 1);
        if (s.maxInclusive !== undefined && Number(s.maxInclusive) < 1) return s.maxInclusive;
        return '1';
      }
      default: {
        if (s.patterns?.length) {
          const sample = sampleOfPattern(s.patterns[0]);
          if (sample !== undefined) return sample;
        }
        const length = s.length ?? Math.max(s.minLength ?? 0, 0);
        const text = 'sample';
        if (length > text.length) return text + 'x'.repeat(length - text.length);
        if (s.length !== undefined) return text.slice(0, s.length);
        return s.maxLength !== undefined ? text.slice(0, s.maxLength) : text;
      }
    }
  }
}
