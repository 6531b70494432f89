/**
 * The result blocks of HealthCareInsuranceService v1, in the order of the result, and which ones
 * each operation answers. They are also the proportionality data blocks of S08: an authorization
 * row lists the blocks a role may receive.
 */
export const BLOCKS = [
  'insuringOrganization',
  'reimbursementRight',
  'ct1ct2',
  'payingThirdParty',
  'maximumCharge',
  'medicalHouse',
  'increasedIntervention',
  'statusComplementaryInsurance',
  'globalMedicalFile',
  'sfdfL891',
] as const;
export type Block = (typeof BLOCKS)[number];

export const OPERATIONS = ['getInsuranceOrganizationInformations', 'consultMAF', 'consultHolderCode'] as const;
export type InsuranceOperation = (typeof OPERATIONS)[number];

/**
 * consultMAF always answers the maximum-billing block and consultHolderCode the holder codes;
 * getInsuranceOrganizationInformations answers the blocks of criterion/desiredData.
 */
export const FIXED_BLOCKS: Partial<Record<InsuranceOperation, Block[]>> = {
  consultMAF: ['maximumCharge'],
  consultHolderCode: ['ct1ct2'],
};
