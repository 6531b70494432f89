import type { DmfaQuarter, Employer } from './model';

export const EMPLOYER_COLUMNS: (keyof Employer)[] = [
  'noss_number', 'cbe_number', 'name', 'legal_form', 'street', 'house_number', 'postal_code', 'municipality', 'joint_committee', 'nace_code', 'registration_date', 'owner_ssin',
];

export const DMFA_COLUMNS: (keyof Omit<DmfaQuarter, 'id'>)[] = [
  'ssin', 'noss_number', 'employment_id', 'quarter', 'worker_code', 'days', 'wage_amount', 'working_time_fraction',
];
