import type { Clock } from '../clock';
import type { SourceAccess, SourceName } from '../sources/registry';
import type { XmlElement } from '../xml/node';
import type { XmlObject } from '../xml/build';
import type { AppUser, Organisation } from '../sources/directory';
import type { CodeDef } from '../domain/codes';
import type { Identity } from '../sources/persons';
import type { PersonaOutcome } from '../personas/outcome';
import type { SampleHints } from './sample-hints';
import type { Hooks } from '../lifecycle';

export type ContractStatus = 'public' | 'partial' | 'modelled';

/** Who is calling, once the channel has authenticated them. */
export interface Caller {
  organisation: Organisation;
  /** Classic calls name a user (AuthorizedUser); new-style calls act as their credential. */
  user?: AppUser;
  role: string;
  username?: string;
}

/** What a handler gets besides its request. */
export interface CallContext<S extends SourceName = SourceName> {
  /** The sources the service declared, opened on the database this exchange runs on (only those). */
  sources: Pick<SourceAccess, S>;
  /** The emulator's clock (replies stamp the moment they leave). */
  clock: Clock;
  /** Absent only for services that need no authentication (TestConnectionService). */
  caller?: Caller;
  /** The person the request is about, once the shared SSIN checks have passed. */
  target?: Identity;
  now: Date;
  /** yyyy-mm-dd of `now` */
  today: string;
  /** The KSZ ticket of this exchange (UUID for new style, 15 characters for classic). */
  ticket: string;
  /** Facts the audit row records; handlers fill what they know. */
  audit: AuditFacts;
  /**
   * The data blocks the interceptor allows for this request (proportionality); undefined = no
   * restriction. Handlers return only these and list the others where the contract has dataFilters.
   */
  allowedBlocks?: Set<string>;
  /**
   * An injected PARTIAL fault selected this exchange (src/faults): a contract with a partial status
   * answers it as if one of the sources asked did not answer.
   */
  partialFault?: boolean;
}

export interface AuditFacts {
  /** The service a request named when no registered service matched it (classic ServiceId). */
  serviceName?: string;
  targetSsin?: string;
  legalContext?: string;
  operation?: string;
  /** The repertory row that satisfied finality, and its quality code. */
  inscriptionId?: number;
  qualityCode?: number;
  requestedBlocks?: string[];
  returnedBlocks?: string[];
  filteredBlocks?: string[];
  /** The interceptor step that refused the request, if one did. */
  failedStep?: string;
}

// ---------------------------------------------------------------- the reference directory's rules

/**
 * One row of the access-authorization table ("who gets what", security.md §6.1): which requesters
 * may call which operation, under which legal context and role, whether the person must be
 * integrated (finality) and which data blocks they may receive (proportionality). Each service
 * declares its seeded rows; they are data in the directory, editable under /_admin/directory.
 */
export interface AuthorizationRule {
  /** Free text naming the deliberation, e.g. "IVC/KSZ/11/042 (emulated)". */
  deliberation: string;
  requesterSector: number;
  /** null = the whole sector. */
  requesterCbe?: string | null;
  /** Operation name; '*' = every operation of the service. */
  operation: string;
  /** Allowed legal contexts; empty = any (classic services carry none on the wire). */
  legalContexts: string[];
  /** Allowed roles (SOCIAL_WORKER, ADMIN_STAFF, GENERAL_DIRECTOR, FINANCIAL_DIRECTOR, SECURITY_ADVISOR, PROGRAM). */
  roles: string[];
  /** Quality codes that give access; empty = no integration needed (IdentifyPerson, PersonService). */
  qualityCodes: number[];
  integrationCheck: 'BLOCKING' | 'NON_BLOCKING' | 'NONE';
  /** Which date(s) the integration must cover. */
  periodRule: 'REQUEST_DATE' | 'REQUESTED_PERIOD';
  minPhase: number;
  /** Data blocks this row allows; ['*'] = all of the service's blocks. */
  dataBlocks: string[];
  validFrom: string;
  validTo?: string | null;
}

/** The data blocks a service returns (proportionality works on these). */
export interface DataBlocks {
  /** Every block the service can return (e.g. TI group codes '010', '020', or an operation's result block). */
  all: string[];
  /** The blocks a request asks for; default: all of them. */
  requested?: (request: XmlElement) => string[];
  /** The authentic source holding the blocks (the availability table, "what-where"). */
  source: string;
}

/** The period a request asks about, for the REQUESTED_PERIOD rule (dates yyyy-mm-dd; null end = open). */
export type RequestedPeriod = { begin: string; end: string | null };

export interface Information {
  fieldName: string;
  fieldValue?: string;
}

// ---------------------------------------------------------------- new style

/**
 * A business refusal of a new-style request: answered as a normal reply whose `status` carries
 * value NO_RESULT / NO_DATA_FOUND and the code (reference/contracts.md §4.4).
 */
export class StatusError extends Error {
  constructor(
    readonly value: 'NO_RESULT' | 'NO_DATA_FOUND',
    readonly def: CodeDef,
    readonly information: Information[] = [],
  ) {
    super(`${def.code} ${def.description}`);
  }
}

/**
 * Thrown by a handler when every source it had to ask failed to answer (an injected fault): the
 * channel answers a SOAP fault with MSG00020 (supplier unavailable).
 */
export class SupplierUnavailable extends Error {}

/** An operation as a service declares it: its WSDL name, its catalog ID where it differs, and its behaviour. */
export interface NewStyleOperationDeclaration<S extends SourceName = SourceName> {
  /** The operation's name in the WSDL (portType). */
  name: string;
  /** The catalog row this operation serves, when one contract covers several rows (default: the service's). */
  id?: string;
  /**
   * Checks the request's own criteria before the shared SSIN checks (CBSS validates the message
   * first); throws StatusError (MSG00008) when they are invalid.
   */
  validate?: (request: XmlElement) => void;
  /** Where the request names the person concerned (for audit and SSIN checks), if it does. */
  targetSsin?: (request: XmlElement) => string | undefined;
  /** The period the request asks about (REQUESTED_PERIOD rule); default: the request date. */
  requestedPeriod?: (request: XmlElement) => RequestedPeriod | undefined;
  /** The legal context of a request; default: its legalContext element (some contracts have a default). */
  legalContextOf?: (request: XmlElement) => string | undefined;
  /** Overrides the service's data blocks for this operation. */
  dataBlocks?: DataBlocks;
  /** Overrides the service's statusValues for this operation (a StatusOkType reply among CommonV3 ones). */
  statusValues?: { values: readonly string[]; refusal: string };
  /** Returns the children of the response root, in order. */
  handle: (request: XmlElement, ctx: CallContext<S>) => XmlObject | Promise<XmlObject>;
  /**
   * Builds the reply for a StatusError. Default: informationCustomer, informationCBSS,
   * legalContext, the request's own criteria echoed, then status.
   */
  refusal?: (request: XmlElement, ctx: CallContext<S>, error: StatusError) => XmlObject;
}

/** A declared operation completed with what its WSDL says. */
export interface NewStyleOperation extends NewStyleOperationDeclaration {
  id: string;
  soapAction: string;
  /** Local names, in the service's interface namespace. */
  requestElement: string;
  responseElement: string;
  /** The fault detail element the WSDL declares for this operation, if any. */
  faultElement?: string;
}

/** What every declaration says besides its channel's own fields: its sources, rows, outcomes, samples and hooks. */
export interface DeclarationCommon<S extends SourceName> {
  /** The sources its handlers receive (and nothing else); the handlers' CallContext is typed by them. */
  sources: readonly S[];
  /** The seeded access-authorization rows of this service (none: nobody may call it). */
  authorizations?: AuthorizationRule[];
  dataBlocks?: DataBlocks;
  /** What it answers each persona (declare them on one version of a service: they hold for all). */
  outcomes?: PersonaOutcome[];
  /** Choices that make the explorer's sample request of an operation meaningful. */
  samples?: (operation: string) => SampleHints;
  /** The contract's own code lists (MODELLED ones especially), shown on the explorer's service page. */
  codeLists?: { title: string; codes: { code: string; meaning: string }[] }[];
  /** Start/stop/reset of what it runs besides answering (e.g. a delivery worker), with its own sources. */
  hooks?: Hooks<Pick<SourceAccess, S>>;
}

/**
 * A new-style service as its folder declares it: its WSDL, its path, the sources it reads and
 * writes, and per operation its behaviour. Namespace, SOAPActions and element names come from the
 * WSDL when the registry resolves it (services/resolve.ts); a disagreement stops the start-up.
 */
export interface NewStyleDeclaration<S extends SourceName = SourceName> extends DeclarationCommon<S> {
  style: 'new';
  id: string;
  name: string;
  contract: ContractStatus;
  version: string;
  /** The URL path, e.g. /SOA4520/RetrieveTIGroupsService/v2/retrieveTI (checked against soap:address). */
  path: string;
  /** The WSDL, relative to wsdl/ */
  wsdl: string;
  /** How the fault names its message list: CommonV3 says `detail`, older contracts (TX25 v1) `error`. */
  faultListName?: 'detail' | 'error';
  /**
   * How callers authenticate; default 'basic' (HTTP Basic, or a WS-Security X.509 signature where the
   * organisation accepts it). 'none' only for TestConnectionService, which clients call without credentials.
   */
  authentication?: 'basic' | 'none';
  /**
   * A status block with the contract's own code list and no value (Cadnet): its codes, and the one
   * a KSZ refusal answers. A persona outcome of such a service names the code as its status
   * (src/personas/outcome.ts).
   */
  ownStatus?: { codes: readonly string[]; refusal: string };
  /**
   * A status block whose value is not CommonV3's DATA_FOUND family (StatusOkType: OK | NOK, the
   * accept/refuse operations): its values, and the one a KSZ refusal answers.
   */
  statusValues?: { values: readonly string[]; refusal: string };
  operations: NewStyleOperationDeclaration<S>[];
}

/** A new-style service as the pipeline serves it: the declaration completed from its WSDL. */
export interface NewStyleService extends Omit<NewStyleDeclaration, 'operations' | 'authentication'> {
  authentication: 'basic' | 'none';
  /** The interface namespace of request and response roots. */
  namespace: string;
  /** The fault detail element of a request no operation matches (the first operation's). */
  faultElement?: string;
  operations: NewStyleOperation[];
}

// ---------------------------------------------------------------- classic

export type Severity = 'INFORMATION' | 'WARNING' | 'ERROR';

export interface Detail {
  severity: Severity;
  def: CodeDef;
  /** Replaces the code's standard diagnostic text when given. */
  diagnostic?: string;
  information?: Information[];
}

/** A classic request that cannot be answered: its ServiceReply carries only ResultSummary. */
export class ClassicError extends Error {
  readonly details: Detail[];
  constructor(...details: Detail[]) {
    super(details.map((d) => `${d.def.code} ${d.diagnostic ?? d.def.description}`).join('; '));
    this.details = details;
  }
}

export interface ClassicResult {
  /** Children of the ns3 reply root; omitted when the service has nothing to return. */
  reply?: XmlObject;
  /** Warnings and information to report in the ServiceReply's ResultSummary. */
  details?: Detail[];
}

/**
 * A classic SSDN service as its folder declares it: ServiceId and Version, its request and reply
 * schemas (their root elements and namespace are read from them), the sources it uses, its handler.
 */
export interface ClassicDeclaration<S extends SourceName = SourceName> extends DeclarationCommon<S> {
  style: 'classic';
  id: string;
  name: string;
  contract: ContractStatus;
  /** The SSDN ServiceId and Version that select this service. */
  serviceId: string;
  version: string;
  /** The request schema, the reply schema, relative to wsdl/ */
  xsd: [request: string, reply: string];
  operations: string[];
  /** The operation a request performs (e.g. ManageAccess's Action), for authorization rows and audit. */
  operationOf?: (request: XmlElement) => string;
  targetSsin?: (request: XmlElement) => string | undefined;
  /** The period the request asks about (REQUESTED_PERIOD rule); default: the request date. */
  requestedPeriod?: (request: XmlElement) => RequestedPeriod | undefined;
  handle: (request: XmlElement, ctx: CallContext<S>) => ClassicResult | Promise<ClassicResult>;
}

/** A classic service as the pipeline serves it: the declaration with its schemas' root elements. */
export interface ClassicService extends ClassicDeclaration {
  namespace: string;
  requestElement: string;
  replyElement: string;
}

export type ServiceDef = NewStyleService | ClassicService;
export type ServiceDeclaration = NewStyleDeclaration | ClassicDeclaration;
