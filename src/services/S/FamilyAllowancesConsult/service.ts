import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { familyAllowancesConsult, refusal, validate } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

/**
 * S14 FamilyAllowancesConsult "Cadaf" (contracts.md §5.11): the same child-benefit cadastre in
 * FAMIFED's older shape (dossiers with the entitled person, the recipients and the children),
 * which CPAS software calls. Its rows: social workers and programs under `PCSA:SOCIAL_INQUIRY`, the
 * financial director for an advance on child benefits (the client's default legal context).
 */
export const familyAllowancesConsultService: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'S14',
  name: 'FamilyAllowancesConsult',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/FamilyAllowancesService/consultFamilyAllowances',
  wsdl: 'S14-FamilyAllowancesConsult/v1/FamilyAllowancesConsultation.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  faultListName: 'error',
  authorizations: [
    ocmwRule({ operation: 'familyAllowancesConsult', roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: ['PCSA:SOCIAL_INQUIRY'] }),
    ocmwRule({ operation: 'familyAllowancesConsult', roles: [ROLE.FINANCIAL_DIRECTOR], legalContexts: ['FAMILY_ALLOWANCE_ADVANCE_CONSULTATION'] }),
  ],
  operations: [
    {
      name: 'familyAllowancesConsult',
      validate,
      targetSsin: (request) => childText(request, 'ssin')?.trim() ?? '',
      handle: familyAllowancesConsult,
      refusal,
    },
  ],
};
