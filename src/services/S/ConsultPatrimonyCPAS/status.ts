import type { XmlObject } from '../../../xml/build';
import type { StatusError } from '../../types';

/**
 * Cadnet's own status codes (ConsultPatrimonyCPASV1.xsd, contracts.md §5.10): the answer says
 * whether the person has a partner and whether properties were found; the others are errors.
 */
export const CADNET_STATUS = {
  WITH_PROPERTIES_AND_PARTNER: 'PERSON_WITH_PROPERTIES_AND_PARTNER',
  WITHOUT_PARTNER_WITH_PROPERTIES: 'PERSON_WITHOUT_PARTNER_WITH_PROPERTIES',
  WITHOUT_PARTNER_AND_PROPERTIES: 'PERSON_WITHOUT_PARTNER_AND_PROPERTIES',
  WITH_PARTNER_WITHOUT_PROPERTIES: 'PERSON_WITH_PARTNER_WITHOUT_PROPERTIES',
  UNKNOWN_FODFIN: 'PERSON_UNKNOWN_FODFIN',
  INVALID_RESPONSE_FODFIN: 'INVALID_RESPONSE_FODFIN',
  ERROR_FODFIN: 'ERROR_FODFIN',
  VALIDATION_ERROR: 'VALIDATION_ERROR',
} as const;
export type CadnetStatus = (typeof CADNET_STATUS)[keyof typeof CADNET_STATUS];

const DESCRIPTIONS: Record<CadnetStatus, string> = {
  PERSON_WITH_PROPERTIES_AND_PARTNER: 'The person has a partner; properties were found.',
  PERSON_WITHOUT_PARTNER_WITH_PROPERTIES: 'The person has no partner; properties were found.',
  PERSON_WITHOUT_PARTNER_AND_PROPERTIES: 'The person has no partner; no property was found.',
  PERSON_WITH_PARTNER_WITHOUT_PROPERTIES: 'The person has a partner; no property was found.',
  PERSON_UNKNOWN_FODFIN: 'The person is unknown to FOD Financiën.',
  INVALID_RESPONSE_FODFIN: 'FOD Financiën gave an invalid response.',
  ERROR_FODFIN: 'An error occurred at FOD Financiën.',
  VALIDATION_ERROR: 'The request was refused by the KSZ/BCSS checks.',
};

/** The answer to a question FOD Financiën answered. */
export const cadnetStatus = (code: CadnetStatus): XmlObject => ({ code, description: DESCRIPTIONS[code] });

/**
 * MODELLED: a KSZ refusal (schema, authorization, finality, SSIN status) is VALIDATION_ERROR, its
 * informationMessages the KSZ code first (MSG00012, ...), then the fields it names.
 */
export function refusalStatus(error: StatusError): XmlObject {
  return {
    code: CADNET_STATUS.VALIDATION_ERROR,
    description: DESCRIPTIONS.VALIDATION_ERROR,
    informationMessage: [
      { code: error.def.code, description: error.def.description },
      ...error.information.map((i) => ({ code: i.fieldName, description: i.fieldValue })),
    ],
  };
}
