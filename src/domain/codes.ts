/**
 * Every status and reason code the emulator answers, in one place.
 * `real: true` codes come from real KSZ replies or client translation tables
 * (reference/contracts.md §2.5, §4.5; security.md §3); `real: false` codes are emulator choices
 * for situations whose real code is not public (security.md §6.2 [EMU]); the README lists them.
 */
export interface CodeDef {
  code: string;
  description: string;
  real: boolean;
}

/** New-generation status codes (status/code, CBSSFault reasonCode). */
export const MSG = {
  OK: { code: 'MSG00000', description: 'Treatment completed successfully.', real: true },
  UNAVAILABLE: { code: 'MSG00001', description: 'The CBSS service is temporarily unavailable.', real: true },
  INTERNAL: { code: 'MSG00003', description: 'Unexpected internal error occurred', real: true },
  INVALID_STRUCTURE: { code: 'MSG00004', description: 'The structure of the request is invalid.', real: true },
  SSIN_UNKNOWN: { code: 'MSG00005', description: 'The ssin given in request does not exist', real: true },
  SSIN_REPLACED: { code: 'MSG00006', description: 'The ssin given in request is replaced', real: true },
  SSIN_CANCELLED: { code: 'MSG00007', description: 'The ssin given in request is cancelled', real: true },
  INVALID_DATA: { code: 'MSG00008', description: 'A validation error occurred.', real: true },
  DECEASED: { code: 'MSG00009', description: 'The person is deceased', real: true },
  SSIN_STRUCTURE: { code: 'MSG00011', description: 'The structure of the ssin given in request is invalid', real: true },
  NOT_INTEGRATED: { code: 'MSG00012', description: 'The SSIN is not sufficiently integrated for your organization', real: true },
  LEGAL_CONTEXT: {
    code: 'MSG00013',
    description: 'Access to this operation is not allowed with the given legalcontext and credentials',
    real: true,
  },
  CREDENTIALS_MISMATCH: { code: 'MSG00014', description: 'The credentials do not match the customer organization', real: true },
  NOT_AUTHORIZED: { code: 'MSG00015', description: 'The client is not authorized to use the service', real: true },
  NOT_IMPLEMENTED: { code: 'MSG00025', description: 'The operation is not available', real: true },
  // The code is known (client tables); its use for "integration does not cover the requested period"
  // and this text are modelled (security.md §3.2: the real text is cut off in the only source).
  SUPPLIER_UNAVAILABLE: { code: 'MSG00020', description: 'The supplier of the data is unavailable.', real: true },
  // S14 ChildBenefitsService: some of the sources asked did not answer; the others' data is there.
  CHB_PARTIAL: { code: 'CHB00001', description: 'Partially successful: some of the requested sources could not be reached.', real: true },
  PERIOD_NOT_COVERED: { code: 'MSG00021', description: 'The SSIN is not sufficiently integrated for the requested period', real: false },
  NO_DATA: { code: 'MSG00100', description: 'Treatment completed successfully but no data found at the supplier', real: true },
  // S13 UnemploymentDataService: RVA/ONEM supplier codes that CBSS passes on in status/code.
  // The codes and their meanings come from public CPAS client tables (contracts.md §4.5 for UDS00016,
  // docs/contracts/S13-notes.md for the others); the status value each is paired with is modelled.
  UD_NO_MATCH: { code: 'UD000011', description: 'No data matching the search criteria were found.', real: true },
  UD_RIGHT_WITHOUT_PAYMENT: { code: 'UD000017', description: 'The right is known, but no payment is known.', real: true },
  UD_TIME_INDICATION: { code: 'UD000031', description: 'Incorrect time indication in the request.', real: true },
  UD_INSERTION_ENDED: { code: 'UD000033', description: 'The person no longer has a right to insertion allowances.', real: true },
  UDS_NO_PAYMENT: { code: 'UDS00007', description: 'No payment found for the requested period.', real: true },
  UDS_FILE_WITHOUT_PAYMENT: { code: 'UDS00010', description: 'A file exists, but no payment was found for this period.', real: true },
  UDS_INVALID_DATE: { code: 'UDS00016', description: 'The date given in the request is invalid.', real: true },
  // S07 SelfEmployedService: the RSVZ code for a person of whom it knows no self-employed career at
  // all (contracts.md §4.5: "no data for the person"); a career without data in the requested period
  // answers MSG00100. The pairing with NO_DATA_FOUND is modelled.
  SES_NO_CAREER: { code: 'SES00100', description: 'No self-employed career is known for this person at RSVZ/INASTI.', real: true },
  // S10 TaxAssessmentDataService: FOD Financiën's code when no assessment of the last three income
  // years is known (a CPAS client's translation table, v1; v2's MOST_RECENT the same, modelled).
  TAX_NONE_RECENT: { code: 'TAXA0007', description: 'No tax assessment data found for the SSIN at FPS Finance for an income year up to three years back.', real: true },
  // S12 HandiService (a CPAS client's translation table): the DGPH's own refusals of a request.
  HAN_PERIOD_TOO_LONG: { code: 'HAN00020', description: 'The payment period asked for is longer than two years.', real: true },
  HAN_PERIOD_ORDER: { code: 'HAN00021', description: 'The payment period asked for ends before it begins.', real: true },
  HAN_NOTHING_REQUESTED: { code: 'HAN00022', description: 'No information is asked for.', real: true },
  HAN_ALL_FALSE: { code: 'HAN00023', description: 'Every information flag of the request is false.', real: true },
  // R05 PersonService V4 (modelled): a search by name matching more persons than maximumResults.
  PS_TOO_MANY: { code: 'PRS00010', description: 'More persons match than maximumResults allows; refine the criteria.', real: false },
  // R11 BisPersonService (modelled): the person is already known; information ssin names the existing number.
  BIS_DUPLICATE: { code: 'BIS00001', description: 'A person with this name and birth date is already known; no new number was created.', real: false },
  // R12 CBSSPersonService (modelled): only BIS register persons can be changed here.
  NOT_BIS_PERSON: { code: 'BIS00002', description: 'The SSIN is not a BIS register number: the National Register manages its data.', real: false },
} satisfies Record<string, CodeDef>;

/** Classic SSDN ReasonCodes (ResultSummary/Detail/ReasonCode). */
export const REASON = {
  ENVELOPE_ERROR: { code: '30000001', description: 'At least one service request has generated an error.', real: true },
  ENVELOPE_WARNING: { code: '20000001', description: 'At least one service request has generated a warning.', real: true },
  ARGUMENT_INVALID: { code: '31000005', description: 'The argument is not valid', real: true },
  ARGUMENT_MISSING: { code: '31000007', description: 'The expected mandatory argument is not provided or empty.', real: true },
  PHONETIC_TOLERANCE: { code: '31009001', description: 'Incomplete phonetic birth date requires a tolerance', real: true },
  PHONETIC_NO_MATCH: { code: '32007004', description: 'The phonetic search did not return any matches.', real: true },
  BOTH_CRITERIA: {
    code: '21007001',
    description: 'Both a SSIN and Phonetic Criteria were specified; phonetic criteria ignored',
    real: true,
  },
  PERSON_DATA_MISMATCH: {
    code: '22007007',
    description: 'The specified PersonData does not match with the data found for this person.',
    real: true,
  },
  IDENTITY_VALIDATED: {
    code: '12007001',
    description: 'The identity of the person was successfully validated by the system.',
    real: true,
  },
  // Emulator choices (security.md §6.2): no public code is known for these situations.
  REQUEST_INVALID: { code: '30000005', description: 'The SSDN request is not a valid document.', real: false },
  SERVICE_UNKNOWN: { code: '30000010', description: 'The requested service or version is unknown.', real: false },
  SSIN_UNKNOWN: { code: '31000020', description: 'The SSIN does not exist.', real: false },
  SSIN_REPLACED: { code: '31000021', description: 'The SSIN has been replaced.', real: false },
  SSIN_CANCELLED: { code: '31000022', description: 'The SSIN has been cancelled.', real: false },
  PROOF_MISMATCH: {
    code: '39007007',
    description: 'The specified PersonData does not match with the data found for this person.',
    real: false,
  },
  NOT_INTEGRATED: { code: '39000012', description: 'The SSIN is not integrated for your organization.', real: false },
  LEGAL_CONTEXT: { code: '39000013', description: 'Access to this service is not allowed for your organization and role.', real: false },
  NOT_AUTHORIZED: { code: '39000015', description: 'The client is not authorized to use the service', real: false },
  PERIOD_NOT_COVERED: { code: '39000021', description: 'The integration does not cover the requested period.', real: false },
  NOT_INTEGRATED_WARNING: { code: '29000012', description: 'The SSIN is not integrated for your organization (non-blocking check).', real: false },
  INTERNAL: { code: '39000003', description: 'Unexpected internal error occurred', real: false },
  // R04 OCMWCPASIdentifyPerson: a phonetic search matching more persons than its Maximum is refused.
  PHONETIC_TOO_MANY: {
    code: '39007005',
    description: 'The phonetic search returned more matches than the requested Maximum; refine the criteria.',
    real: false,
  },
  // R11 ManagePerson.createKSZCitizen (modelled): the person is already known; Information SSIN names the existing number.
  BIS_DUPLICATE: {
    code: '39011001',
    description: 'A person with this name and birth date is already known; no new number was created.',
    real: false,
  },
  // R08 OCMWCPASPerformInvestigation: the WaitRegisterGroup was asked but the person is not in the
  // waiting register; the contract says only the result summary tells so (its code is not public).
  // S04 XMLite A701 (modelled): the RSZ registration number is valid but no employer has it.
  EMPLOYER_UNKNOWN: { code: '19004001', description: 'No employer is known at RSZ/ONSS under this registration number.', real: false },
  // S09 OCMWCPASHealthInsurance (modelled): nothing known in the period asked.
  NO_INSURABILITY: { code: '19009001', description: 'No insurability period is known for the person in the requested period.', real: false },
  NO_INDEMNITY: { code: '19009002', description: 'No period of sickness or invalidity benefits is known for the person in the requested period.', real: false },
  // S16 OCMWCPASPensionRegisterConsult (modelled): the pension cadastre has no file for the person, or nothing in the period asked.
  NO_PENSION_FILE: { code: '19016001', description: 'The pension cadastre has no file for the person.', real: false },
  NO_PENSION_IN_PERIOD: { code: '19016002', description: 'No pension right or demand is known for the person in the requested period.', real: false },
  // P11 OCMWCPASHeatingAllocation (modelled): why a heating allowance is refused (INFORMATION; the reply's Decision is REFUSED).
  HEATING_LATE: { code: '19011001', description: 'The request comes more than 60 days after the delivery.', real: false },
  HEATING_LITRE_LIMIT: { code: '19011002', description: 'The household has used up the litres of the heating period.', real: false },
  HEATING_INCOME_ABOVE_CEILING: { code: '19011003', description: 'The taxable income of the household is above the ceiling.', real: false },
  HEATING_NO_INCREASED_INTERVENTION: { code: '19011004', description: 'The person has no increased reimbursement of health care (BIM/OMNIO) on the delivery date.', real: false },
  HEATING_PUMP_FLAT_GRANTED: { code: '19011005', description: 'The flat allowance for a purchase at the pump was already granted to the household in the heating period.', real: false },
  // P12 OCMWCPASHouseholdIncome (modelled): no member of the household has an assessment.
  NO_HOUSEHOLD_ASSESSMENT: { code: '19012001', description: 'FOD Financiën has no assessment for any member of the household.', real: false },
  // P01/P04/P06 (modelled): POD MI refused the declared form, or accepted only part of it (the decision is in the reply).
  ATTEST_REFUSED: { code: '29100001', description: 'POD MI refused the form: see ErrorsOnForm in the decision.', real: false },
  ATTEST_PARTIAL: { code: '29100002', description: 'POD MI accepted the form in part: see AcceptedPeriod and ErrorsOnForm in the decision.', real: false },
  ATTEST_ID_CONFLICT: { code: '39100001', description: 'This UniqueAttestID was already used for another form.', real: false },
  // P09 OCMWCPASA036 (modelled): the attest was sent more than 7 days after the council's decision (recorded all the same),
  // another attest under a used AttestationID, a correction/cancellation of no current attest of the OCMW and person.
  A036_LATE: { code: '29109001', description: 'The A036 was sent more than 7 days after the decision.', real: false },
  A036_ID_CONFLICT: { code: '39109001', description: 'This AttestationID was already used for another attest.', real: false },
  A036_UPDATE_UNKNOWN: { code: '39109002', description: 'UpdateAttestationID names no current attest of your OCMW for this person.', real: false },
  NOT_IN_WAITING_REGISTER: {
    code: '19008001',
    description: 'The person is not registered in the waiting register.',
    real: false,
  },
} satisfies Record<string, CodeDef>;

/** The author code KSZ puts in CBSSFault details and classic Details. */
export const AUTHOR_CODE = 'CBSS';
export const FAULT_AUTHOR_URL = 'http://www.ksz-bcss.fgov.be';

/**
 * WS-Security fault codes (issue #3, WS-Security X.509 on the new-style channel): the faultcode QNames
 * of the OASIS WSS SOAP Message Security spec, in the wsse namespace, with the spec's fault strings.
 * The codes are OASIS's; that CBSS answers with them is an inference (security.md §6.2 step 2a).
 */
export const WSSE_FAULT = {
  INVALID_SECURITY: { code: 'wsse:InvalidSecurity', description: 'An error was discovered processing the <wsse:Security> header.', real: false },
  FAILED_CHECK: { code: 'wsse:FailedCheck', description: 'The signature or decryption was invalid.', real: false },
  MESSAGE_EXPIRED: { code: 'wsse:MessageExpired', description: 'The message has expired.', real: false },
  UNSUPPORTED_ALGORITHM: { code: 'wsse:UnsupportedAlgorithm', description: 'An unsupported signature or encryption algorithm was used.', real: false },
  FAILED_AUTHENTICATION: { code: 'wsse:FailedAuthentication', description: 'The security token could not be authenticated or authorized.', real: false },
} satisfies Record<string, CodeDef>;
