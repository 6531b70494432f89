import type { CareService } from '../../../sources/vesta';

/**
 * The VESTA services served, one operation each (of the about thirty VESTA services KSZ serves;
 * docs/services/F02.md lists them): the operation name and the care service it reads.
 */
export const OPERATIONS: { name: string; service: CareService; label: string }[] = [
  { name: 'consultFamilyCare', service: 'FAMILY_CARE', label: 'gezinszorg (family care: personal care and household help)' },
  { name: 'consultCleaningHelp', service: 'CLEANING_HELP', label: 'poetshulp (cleaning help, aanvullende thuiszorg)' },
  { name: 'consultOddJobHelp', service: 'ODD_JOB_HELP', label: 'karweihulp (odd-job help, aanvullende thuiszorg)' },
  { name: 'consultSittingService', service: 'SITTING_SERVICE', label: 'oppashulp (a sitter at home)' },
  { name: 'consultPersonalAssistanceBudget', service: 'PERSONAL_ASSISTANCE_BUDGET', label: 'persoonlijke-assistentiebudget (personal assistance budget)' },
];
