import type { SampleHints } from '../../sample-hints';

/** Loi65 AB: a form B1 granting financial aid (living with a family) for 12 months from the first day of the current month. */
export const SAMPLES = (): SampleHints => ({
  include: ['CommonDecisionB1', 'FinancialAid', 'Situation', 'Category', 'Months'],
  exclude: ['IdentificationA', 'IndividualDecisionsB2', 'IdentificationSecondaryBeneficiary', 'Integration', 'Desintegration', 'PrimaryBeneficiaryAids', 'PartnerAids', 'CBSSEvaluation', 'RN_RR_Inscription', 'HousingProvision', 'Days', 'Weeks'],
  values: {
    KBOBCE: (c) => c.cbe,
    FileID: (c) => `L65${c.ssin.slice(0, 8)}`,
    UniqueAttestID: (c) => `${c.cbe}6${c.today.slice(0, 4)}`,
    EntryDate: (c) => `${c.today.slice(0, 7)}-01`,
    FinancialAid: 'true',
    Category: '3',
    Months: '12',
    DecisionDate: (c) => c.today,
    JuridicalProcedure: 'false',
  },
});
