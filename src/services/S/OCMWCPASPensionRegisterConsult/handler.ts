import type { Ctx } from './context';
import type { XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { REASON } from '../../../domain/codes';
import type { ClassicResult } from '../../types';
import { INSTITUTIONS, type InstitutionCode, type PensionDemand, type PensionRight } from '../../../sources/pension';
import { askedOf, type Asked } from './request';
import { paymentGroups, paymentInformation } from './payments';

/** The codes of a right (RightInformationType), in the contract's order. */
function rightInformation(r: PensionRight): XmlObject {
  return {
    '@Pillar': r.pillar,
    '@Origin': 'National',
    AdvantageCode: r.advantage_code,
    Periodicity: r.periodicity,
    PensionFileId: r.pension_file_id,
    PensionStartDate: r.pension_start,
    RightStartDate: r.right_start,
    PensionType: r.pension_type,
    AdministrativeSituation: r.administrative_situation,
    EmployerType: r.employer_type,
    FamilyChargeType: r.family_charge_type,
    AdvantageType: r.advantage_type,
    HouseholdCode: r.household_code,
    RightOrigin: r.right_origin,
    RightCloseDate: r.right_close,
  };
}

/**
 * One right as the request asks it: RightOnly (RightsOnly); else with the payment information the
 * period selects, every reference period (RightsMaximumPayments) or the last one
 * (RightsMinimumPayments), or RightWithoutPayments when the period selects none.
 */
function rightItem(r: PensionRight, asked: Asked, ctx: Ctx): XmlObject {
  const RightInformation = rightInformation(r);
  if (asked.information === 'RightsOnly') return { RightOnly: { RightInformation } };
  const groups = paymentGroups(ctx.sources.pension.payments(r.id, ctx.today), asked);
  if (!groups.length) return { RightWithoutPayments: { RightInformation } };
  const shown = asked.information === 'RightsMinimumPayments' ? groups.slice(-1) : groups;
  return { RightWithPayments: { RightInformation, PaymentsInformation: shown.map((g) => paymentInformation(r, g)) } };
}

const demandItem = (d: PensionDemand): XmlObject => ({ PensionDemand: { PensionDemandDate: d.demand_date, PensionDemandRefusalDate: d.refusal_date } });

/**
 * S16 OCMWCPASPensionRegisterConsult 20090706: what the pension cadastre knows of the person in
 * the period asked, one PensionItem per paying institution (the SFP first, then the sector
 * funds): the demands pending or refused (first pillar), then the rights that overlap the period,
 * of the pillars asked, the oldest first. Institution names in the language asked. A person the
 * cadastre has no file for: IdentificationProblem and an INFORMATION detail (19016001); nothing in
 * the period: no PensionItem and 19016002.
 */
export function pensionRegister(request: XmlElement, ctx: Ctx): ClassicResult {
  const asked = askedOf(request);
  const pension = ctx.sources.pension;
  if (!pension.knows(asked.ssin)) {
    return { reply: { IdentificationProblem: true }, details: [{ severity: 'INFORMATION', def: REASON.NO_PENSION_FILE, information: [{ fieldName: 'TargetSSIN', fieldValue: asked.ssin }] }] };
  }
  const first = asked.pillar !== 'SecondOnly';
  const second = asked.pillar !== 'FirstOnly';
  const rights = pension.rightsBetween(asked.ssin, asked.start, asked.end).filter((r) => (r.pillar === 'First' ? first : second));
  const demands = first ? pension.demandsBetween(asked.ssin, asked.start, asked.end, ctx.today) : [];
  const items: XmlObject[] = [];
  for (const code of Object.keys(INSTITUTIONS) as InstitutionCode[]) {
    const own = [...demands.filter((d) => d.institution === code).map(demandItem), ...rights.filter((r) => r.institution === code).map((r) => rightItem(r, asked, ctx))];
    if (!own.length) continue;
    const institution = pension.institution(code);
    items.push({
      PayingInstitution: { DebtorInstitutionCompanyId: institution.cbe, DebtorInstitutionImmatriculation: institution.immatriculation, InstitutionName: institution.names[asked.language] },
      PayingInstitutionItem: own,
    });
  }
  if (items.length) return { reply: { PensionItem: items } };
  return { reply: {}, details: [{ severity: 'INFORMATION', def: REASON.NO_PENSION_IN_PERIOD, information: [{ fieldName: 'TargetSSIN', fieldValue: asked.ssin }] }] };
}
