import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';
import { ocmwCbe, MUNICIPALITIES } from '../../../../fixtures/organisations';
import { SSIN, WALLOON_PERSONA_OCMW_NIS } from '../../../../fixtures/personas';

/**
 * S15 SocialRateInvestigationService (consultExchangedData): the person integrated by the caller
 * (OCMW Gent unless a line says otherwise); the sample asks the whole history, as the CPAS client
 * does (no temporalCriteria). The clock is set to 2026-11-16 unless a line says otherwise: FOD
 * Economie's last run was on 2026-10-15.
 */
const NOW: OutcomeRequest = { now: '2026-11-16T10:00:00Z' };
const tariff = operationOutcomes('S15', 'consultExchangedData', NOW);
const quarter = (q: string): OutcomeRequest => ({ include: ['temporalCriteria'], values: { temporalCriteria: q } });
const liege: OutcomeRequest = { organisation: ocmwCbe(MUNICIPALITIES.find((m) => m.nis === WALLOON_PERSONA_OCMW_NIS)!) };
const nobody = ['employed', 'large-family', 'pensioner', 'jobseeker-flanders', 'incapacity', 'social-tenant', 'student-interim'] as const;

export const OUTCOMES: PersonaOutcome[] = [
  tariff('standard', 'DATA_FOUND', 'MSG00000', 'Protected by her leefloon from Gent since 2025-01-01 (organization 17); her household has the tariff since 2025-01-01; electricity and gas at Dampoortstraat 87 matched, eligibility 0 since 2025-01-01, told to the suppliers on 2025-01-15.'),
  tariff('standard', 'NO_DATA_FOUND', 'MSG00100', 'Quarter 2024Q4 asked: her leefloon starts in 2025.', quarter('2024Q4')),
  tariff('standard', 'DATA_FOUND', 'MSG00000', 'Quarter 2025Q1 asked: the first quarter of her tariff.', quarter('2025Q1')),
  tariff('standard', 'NO_RESULT', 'MSG00008', 'Quarter 2027Q1 asked: after today, information names criterion/temporalCriteria.', quarter('2027Q1')),
  tariff('standard', 'DATA_FOUND', 'MSG00000', 'Asked on 2025-01-10, before the run of the 15th: both contracts matched, their eligibility not decided yet (absent).', { now: '2025-01-10T10:00:00Z' }),
  tariff('standard', 'DATA_FOUND', 'MSG00000', 'With an injected PARTIAL fault: KSZ part as always, FOD Economie part only a Status SERVICE_UNAVAILABLE.', {
    faults: [{ service: 'S15', operation: 'consultExchangedData', ssin: SSIN.standard, kind: 'PARTIAL', count: 1 }],
  }),
  tariff('disabled-adult', 'DATA_FOUND', 'MSG00000', 'Protected by her ARR/IT from the DGPH since 2015-01-01 (organization 16): electricity and gas at home with the tariff (eligibility 0); the studio contract she kept at Sint-Pietersnieuwstraat 140 is not her domicile: eligibility 1.'),
  tariff('family', 'DATA_FOUND', 'MSG00000', "The head's leefloon from 2025-03-01 gives the household the tariff from 2025-01-01 (the whole quarter); he holds the contracts; four household members."),
  tariff('insertion-allowance-ended', 'DATA_FOUND', 'MSG00000', 'Leefloon from 2025-04-15: the tariff from 2025-04-01.'),
  tariff('deceased', 'DATA_FOUND', 'MSG00000', 'Leefloon from 2024-07-01 to his death on 2025-06-14: the tariff and his contracts end that day.'),
  tariff('newcomer', 'DATA_FOUND', 'MSG00000', 'Protected by his leefloon from Gent; electricity and gas at Dampoortstraat 15 with the tariff.'),
  tariff('self-employed-pre-2003', 'DATA_FOUND', 'MSG00000', 'Protected by his GRAPA from the pension service since 2015-03-01 (organization 5): the tariff since 2015-01-01.'),
  tariff('bis-person', 'DATA_FOUND', 'MSG00000', 'Her equivalent leefloon (2022-05-16 to 2023-12-31) in KSZ part; FOD Economie does not know a BIS number: Status SSIN_NOT_FOUND.'),
  tariff('standard', 'DATA_FOUND', 'MSG00000', 'Administrative staff, under Paper Attest Delivery: the same answer.', { role: 'ADMIN_STAFF', legalContext: 'Paper Attest Delivery' }),
  tariff('standard', 'NO_RESULT', 'MSG00013', 'Administrative staff under Social Rate Investigation: no row gives it to them.', { role: 'ADMIN_STAFF', legalContext: 'Social Rate Investigation' }),
  tariff('standard', 'NO_RESULT', 'MSG00013', "Under CBSS Validation (KSZ's own context): no OCMW row has it.", { legalContext: 'CBSS Validation' }),
  ...tariff.each(nobody, 'NO_DATA_FOUND', 'MSG00100', 'No one in their households had a right that gives the tariff (a pension alone does not).'),
  tariff('jobseeker-wallonia', 'DATA_FOUND', 'MSG00000', 'Asked by CPAS Liège: protected by her leefloon from Liège since 2025-01-01, the tariff on her contracts in Liège.', { ...NOW, ...liege }),
  ...sharedCheckOutcomes(tariff, { channel: 'new', finality: true }),
  tariff('jobseeker-wallonia', 'NO_RESULT', 'MSG00012', 'Asked by Gent: she is integrated by CPAS Liège only.'),
];
