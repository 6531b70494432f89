import type { NewStyleDeclaration } from '../../types';
import { childText } from '../../../xml/node';
import { ocmwRule, ROLE } from '../../authorizations';
import { SOURCES } from './context';
import { criteriaOf } from './criteria';
import { consultHolidayAttestations } from './handler';
import { OUTCOMES } from './outcomes';
import { SAMPLES } from './samples';

type Source = (typeof SOURCES)[number];

/** The legal context OCMW/CPAS clients send. */
export const LEGAL_CONTEXT = 'SOCIAL_INVESTIGATION_OF_PCSA';

const DELIBERATION = 'emulated deliberation: HolidayAttestationService for OCMW/CPAS (sector 17)';

/**
 * Who may see the attests (emulated deliberation, docs/services/S19.md): social workers and their
 * programs during a social inquiry (the holiday pay is income of the month it is paid), and the
 * financial director recovering aid. The person must be integrated by the OCMW.
 */
const AUTHORIZATIONS = [
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.SOCIAL_WORKER, ROLE.PROGRAM], legalContexts: [LEGAL_CONTEXT] }),
  ocmwRule({ deliberation: DELIBERATION, roles: [ROLE.FINANCIAL_DIRECTOR], legalContexts: ['PCSA:DEBT_RECOVERY'] }),
];

/**
 * S19 HolidayAttestationService v1 (MODELLED: the SOA service "HolidayAttestation" that replaces
 * the classic A038 exists, its contract is not public): the holiday attests RJV/ONVA makes for
 * blue-collar workers, with the single and double holiday pay of the holiday year, derived from
 * the DmfA of the year before.
 */
export const holidayAttestationService: NewStyleDeclaration<Source> = {
  style: 'new',
  id: 'S19',
  name: 'HolidayAttestationService',
  contract: 'modelled',
  version: 'v1',
  path: '/SOA4520/HolidayAttestationService/v1/consult',
  wsdl: 'S19-HolidayAttestationService/v1/HolidayAttestationServiceV1.wsdl',
  sources: SOURCES,
  outcomes: OUTCOMES,
  samples: SAMPLES,
  authorizations: AUTHORIZATIONS,
  operations: [
    {
      name: 'consultHolidayAttestations',
      validate: (request) => void criteriaOf(request),
      // Read as is: the schema and the shared checks judge it (a missing ssin reaches them as '').
      targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',
      handle: consultHolidayAttestations,
    },
  ],
};
