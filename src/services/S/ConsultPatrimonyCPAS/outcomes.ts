import { type OutcomeRequest, type PersonaOutcome, operationOutcomes, sharedCheckOutcomes } from '../../../personas/outcome';

/**
 * S11 ConsultPatrimonyCPAS v1 "Cadnet": its status block has its own codes and no value, so an
 * outcome's status is Cadnet's code and its code the first informationMessage's (the KSZ code of a
 * refusal; '' when there is none). As OCMW Gent's social worker, naturePerson 1 (the person) unless
 * a line says otherwise.
 */
const find = operationOutcomes('S11', 'findProperties');
const nature = (n: '1' | '2' | '3'): OutcomeRequest => ({ values: { naturePerson: n } });

export const OUTCOMES: PersonaOutcome[] = [
  find('property-owner', 'PERSON_WITH_PROPERTIES_AND_PARTNER', '', 'Her husband Luc De Wilde (National Register partner); two properties: half the Gent house, half the bare ownership of the Oostende flat.'),
  find('property-owner', 'PERSON_WITH_PROPERTIES_AND_PARTNER', '', 'naturePerson 2: her husband\'s half of the Gent house.', nature('2')),
  find('property-owner', 'PERSON_WITH_PROPERTIES_AND_PARTNER', '', 'naturePerson 3: three rights, hers and his.', nature('3')),
  find('property-owner', 'PERSON_WITH_PROPERTIES_AND_PARTNER', '', 'The financial director: the same answer (Cadnet carries no legal context).', { role: 'FINANCIAL_DIRECTOR' }),
  find('property-owner', 'VALIDATION_ERROR', 'MSG00013', 'Administrative staff: no row gives them patrimony data (role refused).', { role: 'ADMIN_STAFF' }),
  find('family', 'PERSON_WITH_PROPERTIES_AND_PARTNER', '', 'His wife Samira Bakkali; half of their house at Brugsesteenweg 58, Gent.'),
  find('standard', 'PERSON_WITHOUT_PARTNER_AND_PROPERTIES', '', 'No partner, no property.'),
  find('employed', 'PERSON_WITHOUT_PARTNER_AND_PROPERTIES', '', 'No partner, no property.'),
  find('deceased', 'PERSON_WITHOUT_PARTNER_AND_PROPERTIES', '', 'A widower without property.'),
  find('bis-person', 'PERSON_UNKNOWN_FODFIN', '', 'A BIS number without a National Register file or a right: unknown to FOD Financiën.'),
  // The shared checks answer VALIDATION_ERROR with the KSZ code as the first informationMessage.
  ...sharedCheckOutcomes((persona, _status, code, summary) => find(persona, 'VALIDATION_ERROR', code, summary), { channel: 'new', finality: true }),
];
