import { communityOfNis, Community } from '../../domain/communities';

/** The regional public employment services (publieke diensten voor arbeidsbemiddeling). */
export type EmploymentService = 'VDAB' | 'FOREM' | 'ACTIRIS' | 'ADG';

/** Their names, as the replies give them. */
export const EMPLOYMENT_SERVICE_NAMES: Record<EmploymentService, string> = {
  VDAB: 'Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding',
  FOREM: "Le Forem (Office wallon de la formation professionnelle et de l'emploi)",
  ACTIRIS: "Actiris (Office régional bruxellois de l'emploi)",
  ADG: 'Arbeitsamt der Deutschsprachigen Gemeinschaft',
};

const BY_COMMUNITY: Record<Community, EmploymentService> = { FLEMISH: 'VDAB', FRENCH: 'FOREM', BRUSSELS: 'ACTIRIS', GERMAN: 'ADG' };

/**
 * The employment service a job seeker registers with: the one of the municipality they live in
 * (Flanders VDAB, Wallonia FOREM, Brussels ACTIRIS, the German-speaking municipalities ADG).
 */
export function employmentServiceOfNis(nis: string): EmploymentService {
  return BY_COMMUNITY[communityOfNis(nis)];
}
