import type { XmlElement } from '../../xml/node';

/** The covers of a decision, in the order of MedicalCoverType (spelled with a z, as the contract does). */
export const COVERS = ['doctor', 'hospitalization', 'ambulatoryHospitalization', 'medicalTransportation', 'miscellaneous', 'paramedic', 'pharmaceuticalDrug', 'prosthesis'] as const;
export type CoverName = (typeof COVERS)[number];

/**
 * The stop request names two covers with an s (CoverEndValidityType): the real contract's two
 * spellings, kept. Every other cover has one name.
 */
export const STOP_COVER_NAMES: Record<string, CoverName> = {
  doctor: 'doctor',
  hospitalisation: 'hospitalization',
  ambulatoryHospitalisation: 'ambulatoryHospitalization',
  medicalTransportation: 'medicalTransportation',
  miscellaneous: 'miscellaneous',
  paramedic: 'paramedic',
  pharmaceuticalDrug: 'pharmaceuticalDrug',
  prosthesis: 'prosthesis',
};

export const CARD_STATUSES = ['ACTIVE', 'SUSPENDED', 'CANCELLED'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

export const SUSPENSION_REASONS = ['DECEASED', 'NISS', 'SSIN', 'REFUND_CODE'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

/** The operations `authorizedActions` names (AuthorizedActionType). */
export const ACTION = {
  CLOSE: 'closeCarmed/removeCarmed',
  STOP: 'stopCarmed',
  ACTIVATE: 'modifyCarmed(Activate)',
  MODIFY: 'modifyCarmed',
} as const;
export type Action = (typeof ACTION)[keyof typeof ACTION];

/** yyyy-mm-dd both; both mandatory in the contract. */
export interface Period {
  startDate: string;
  endDate: string;
}

/** One cover: its period, and the rest of its elements as the OCMW sent them (support, hospitals, ...). */
export interface Cover {
  validityPeriod: Period;
  details: XmlElement[];
}

/** The decision's content (ECarmedDataType). */
export interface MedicalCard {
  judicialDecisionInd: 'Y' | 'N';
  decisionDate: string;
  incomeLessThanRISInd: 'Y' | 'N';
  pswcSupportAllCostInd?: 'Y' | 'N';
  covers: Partial<Record<CoverName, Cover>>;
}

export interface Suspension {
  reason: SuspensionReason;
  date: string;
  sequenceNbr: number;
  mutationNbr: number;
}

export interface Beneficiary {
  ssin: string;
  lastName: string;
  firstName?: string;
  gender?: 'M' | 'F';
  birthDate?: string;
  deceaseDate?: string;
}

/** The OCMW managing the card (pswc). */
export interface Manager {
  cbe: string;
  nis: string;
  nameFr: string;
  nameNl: string;
}

/** One version of a card: every change writes a new one, and each stays consultable. */
export interface CardVersion {
  /** 12 digits. */
  eCarmedNumber: string;
  versionNbr: number;
  status: CardStatus;
  beneficiary: Beneficiary;
  manager: Manager;
  validityPeriod: Period;
  card: MedicalCard;
  /** The POD MI refund code the decision was judged with (refund-codes.ts). */
  refundCode: number;
  /** If set, the validity period can no longer be changed (ManagedFileType.periodBlockedInd). */
  periodBlocked: boolean;
  /** The suspensions in force (empty unless SUSPENDED). */
  suspensions: Suspension[];
  /** A suspension MediPrima allows the OCMW to lift with modifyCarmed(activate = Y). */
  activatable: boolean;
  /** When the card was created, and when this version was written (ISO, the emulator's clock). */
  createdAt: string;
  modifiedAt: string;
  /** The operation or event that wrote this version (for the admin API). */
  cause: string;
}

/**
 * What the current state allows (authorizedActions, "what are operations to begin"): an active
 * card can be modified, stopped and cancelled; a suspended one only stopped (and re-activated when
 * MediPrima says so); a cancelled one nothing. MODELLED: the real rules are MediPrima's back end.
 */
export function authorizedActions(v: Pick<CardVersion, 'status' | 'activatable'>): Action[] {
  if (v.status === 'ACTIVE') return [ACTION.CLOSE, ACTION.STOP, ACTION.MODIFY];
  if (v.status === 'SUSPENDED') return v.activatable ? [ACTION.STOP, ACTION.ACTIVATE] : [ACTION.STOP];
  return [];
}
