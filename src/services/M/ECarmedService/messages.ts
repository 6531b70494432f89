import { StatusError } from '../../types';

/**
 * MediPrima's business refusals (backendMessage: reasonCode, source, communication in fr and nl).
 * MODELLED: the real reason codes of the MedicalCardRegistry are not public; the rules they stand
 * for are the POD MI manual's (contracts-wave2.md §4.2) and the contract's own (§4.1).
 */
export interface BackendMessageDef {
  reasonCode: string;
  fr: string;
  nl: string;
}

const m = (reasonCode: string, fr: string, nl: string): BackendMessageDef => ({ reasonCode, fr, nl });

export const MEDIPRIMA = {
  ONE_DECISION: m('MED00001', 'Une décision existe déjà pour cette personne pendant cette période.', 'Er bestaat al een beslissing voor deze persoon in deze periode.'),
  TOO_RETROACTIVE: m('MED00002', 'La décision ne peut rétroagir de plus de 60 jours avant la date de décision.', 'De beslissing mag niet meer dan 60 dagen vóór de beslissingsdatum terugwerken.'),
  TOO_LONG: m('MED00003', 'La décision ne peut durer plus d’un an.', 'De beslissing mag niet langer dan een jaar duren.'),
  HOSPITALISATION_ALONE: m('MED00004', 'L’hospitalisation doit être accompagnée des soins ambulatoires.', 'Hospitalisatie moet samen met ambulante zorg worden toegekend.'),
  PERIOD_INVALID: m('MED00005', 'La période de validité est incorrecte.', 'De geldigheidsperiode is ongeldig.'),
  COVER_OUTSIDE: m('MED00006', 'La période d’une couverture sort de la période de validité de la décision.', 'De periode van een dekking valt buiten de geldigheidsperiode van de beslissing.'),
  DECISION_DATE: m('MED00007', 'La date de décision ne peut être dans le futur.', 'De beslissingsdatum mag niet in de toekomst liggen.'),
  UNKNOWN_CARD: m('MED00010', 'Décision électronique inconnue.', 'Onbekende elektronische beslissing.'),
  UNKNOWN_VERSION: m('MED00011', 'Cette version de la décision n’existe pas.', 'Deze versie van de beslissing bestaat niet.'),
  OTHER_MANAGER: m('MED00012', 'La décision est gérée par un autre CPAS.', 'De beslissing wordt door een ander OCMW beheerd.'),
  SSIN_MISMATCH: m('MED00013', 'Le NISS ne correspond pas au bénéficiaire de la décision.', 'Het INSZ komt niet overeen met de begunstigde van de beslissing.'),
  ACTION_NOT_ALLOWED: m('MED00020', 'Cette opération n’est pas autorisée dans l’état actuel de la décision.', 'Deze bewerking is niet toegelaten in de huidige toestand van de beslissing.'),
  PERIOD_BLOCKED: m('MED00021', 'La période de validité de cette décision est bloquée.', 'De geldigheidsperiode van deze beslissing is geblokkeerd.'),
  STOP_DATE: m('MED00022', 'La date de fin doit tomber dans la période de validité de la décision.', 'De einddatum moet binnen de geldigheidsperiode van de beslissing vallen.'),
  STOP_COVER: m('MED00023', 'Une couverture arrêtée n’existe pas dans la décision ou sa date de début ne correspond pas.', 'Een stopgezette dekking bestaat niet in de beslissing of haar begindatum klopt niet.'),
  NO_PERSON: m('MED00030', 'Le bénéficiaire est inconnu.', 'De begunstigde is onbekend.'),
  DECEASED: m('MED00031', 'Le bénéficiaire est décédé avant le début de la décision.', 'De begunstigde is overleden vóór het begin van de beslissing.'),
} as const;

/** The source every MediPrima refusal names. */
export const MEDIPRIMA_SOURCE = 'MediPrima';

/** A business refusal: a normal reply, status NO_RESULT, and these messages. */
export class BackendRefusal extends StatusError {
  constructor(readonly messages: BackendMessageDef[]) {
    super('NO_RESULT', { code: messages[0].reasonCode, description: messages[0].fr.slice(0, 256), real: false });
  }
}

/** Throws one refusal carrying every broken rule, when there is one. */
export function refuseIf(broken: BackendMessageDef[]): void {
  if (broken.length) throw new BackendRefusal(broken);
}
