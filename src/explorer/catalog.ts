/**
 * The project catalogue: its 85 rows in families R S P M F N O X, kept here so
 * that the explorer does not depend on a file outside the repository. IDs are the registry's IDs:
 * a row is "offered" when a service of the registry carries its ID.
 */
export type Family = 'R' | 'S' | 'P' | 'M' | 'F' | 'N' | 'O' | 'X';

export interface CatalogRow {
  id: string;
  family: Family;
  name: string;
  purpose: string;
  /** classic, new, notif (pushed by KSZ), supplier (KSZ calls the OCMW), capability (what the network does). */
  style: string;
  contract?: string;
  /** The authentic source, where the catalogue names one. */
  source?: string;
}

export const FAMILIES: Record<Family, string> = {
  R: 'Registers and the KSZ repertory',
  S: 'Social databases',
  P: 'Exchanges between OCMW and POD MI',
  M: 'MediPrima (ManageCarmed)',
  F: 'Services in Flanders',
  N: 'Notifications and mutations',
  O: 'The OCMW as a source for others',
  X: 'What the network itself does',
};

export const CATALOG: CatalogRow[] = [
  { id: 'R01', family: 'R', name: 'TestConnectionService.sendTestMessage', purpose: 'connectivity check that real clients call first', style: 'new', contract: 'public', source: 'KSZ' },
  { id: 'R02', family: 'R', name: 'OCMWCPASManageAccess (20050930)', purpose: 'integrate / de-integrate / list an SSIN in the repertory (REGISTER, UNREGISTER, LIST)', style: 'classic', contract: 'public', source: 'KSZ + sectoral repertory' },
  { id: 'R03', family: 'R', name: 'ReferenceManager.consult (20050525)', purpose: 'integrations of a person in other sectors', style: 'classic', contract: 'public', source: 'KSZ' },
  { id: 'R04', family: 'R', name: 'OCMWCPASIdentifyPerson (20050930)', purpose: 'identify by SSIN or phonetic data, verify identity', style: 'classic', contract: 'public', source: 'RR + BIS' },
  { id: 'R05', family: 'R', name: 'PersonService V4', purpose: 'legal data from RR and BIS; no prior integration needed (seed)', style: 'new', contract: 'modelled', source: 'RR + BIS' },
  { id: 'R06', family: 'R', name: 'NRPPersonService', purpose: 'persons living at an address (RR only)', style: 'new', contract: 'modelled', source: 'RR' },
  { id: 'R07', family: 'R', name: 'FamilyComposition', purpose: 'household composition', style: 'new', contract: 'modelled', source: 'RR' },
  { id: 'R08', family: 'R', name: 'OCMWCPASPerformInvestigation (20080604)', purpose: 'social inquiry: legal data, family, address history, waiting register', style: 'classic', contract: 'public', source: 'RR' },
  { id: 'R09', family: 'R', name: 'RetrieveTIGroupsService v2 (and v1) \"TX25\"', purpose: 'full RR file with TI groups', style: 'new', contract: 'public', source: 'RR' },
  { id: 'R10', family: 'R', name: 'SSINInformationService', purpose: 'history of an SSIN (BIS → RR number, replacements)', style: 'new', contract: 'modelled', source: 'KSZ' },
  { id: 'R11', family: 'R', name: 'BisPersonService.registerPerson (new) / ManagePerson.createKSZCitizen (old)', purpose: 'create a BIS number', style: 'new + classic', contract: 'modelled', source: 'KSZ BIS register' },
  { id: 'R12', family: 'R', name: 'CBSSPersonService.updatePerson', purpose: 'update data of a BIS number (e.g. address)', style: 'new', contract: 'modelled', source: 'KSZ BIS register' },
  { id: 'S01', family: 'S', name: 'Dolsis findEmployersByWorker', purpose: 'Dimona employment periods (incl. students, interim)', style: 'new', contract: 'public', source: 'RSZ/ONSS' },
  { id: 'S02', family: 'S', name: 'Dolsis getEmploymentDetail', purpose: 'DmfA quarterly wage and working-time data, 1–4 quarters', style: 'new', contract: 'public', source: 'RSZ/ONSS' },
  { id: 'S03', family: 'S', name: 'Dolsis getEmployerDetail', purpose: 'employer repertory (KBO, type, social secretariat, child benefit fund, curator)', style: 'new', contract: 'public', source: 'RSZ/ONSS' },
  { id: 'S04', family: 'S', name: 'A701 (XMLite) and Dimona L950 (XMLite)', purpose: 'employer attest / Dimona via classic XML flows', style: 'classic', contract: 'partial', source: 'RSZ/ONSS' },
  { id: 'S05', family: 'S', name: 'Dolsis findPostedWorkers / getPostedWorkerDetail', purpose: 'Limosa: foreign workers in Belgium', style: 'new', contract: 'public', source: 'RSZ/ONSS' },
  { id: 'S06', family: 'S', name: 'Dolsis findPostingDocuments / getPostingDocumentDetail', purpose: 'posting (detachering) documents', style: 'new', contract: 'public', source: 'RSZ/ONSS' },
  { id: 'S07', family: 'S', name: 'SelfEmployedService V2', purpose: 'self-employed career since 1956 and contribution payments (seed 001)', style: 'new', contract: 'public', source: 'RSVZ/INASTI' },
  { id: 'S08', family: 'S', name: 'HealthCareInsuranceService', purpose: 'insurability, mutuality, third payer, medical house, GMD doctor (RIZIV number) and insurer (seed 001)', style: 'new', contract: 'public', source: 'NIC/RIZIV' },
  { id: 'S09', family: 'S', name: 'OCMWCPASHealthInsurance (classic)', purpose: 'insurability / indemnity periods', style: 'classic', contract: 'partial', source: 'NIC' },
  { id: 'S10', family: 'S', name: 'TaxAssessmentDataService V2', purpose: 'gross income, dependants, foreign real-estate income', style: 'new', contract: 'public', source: 'FOD FIN' },
  { id: 'S11', family: 'S', name: 'PatrimonyService (and ConsultPatrimonyCPAS \"Cadnet\")', purpose: 'real estate in Belgium', style: 'new', contract: 'public', source: 'FOD FIN' },
  { id: 'S12', family: 'S', name: 'HandiService V2', purpose: 'disability: child handicap, ARR/IT, APA, social cards', style: 'new', contract: 'public', source: 'DGPH / VSB' },
  { id: 'S13', family: 'S', name: 'UnemploymentDataService V3', purpose: 'unemployment periods and payments; the 2015 error code for an ended insertion allowance on \"situation at a date\" queries (seed 001)', style: 'new', contract: 'public', source: 'RVA/ONEM' },
  { id: 'S14', family: 'S', name: 'ChildBenefitsService (and FamilyAllowancesConsult \"Cadaf\")', purpose: 'child-benefit cadastre: files and family, no amounts', style: 'new', contract: 'public', source: 'FAMIFED / Opgroeien / ORINT / IRISCARE' },
  { id: 'S15', family: 'S', name: 'SocialRateInvestigationService', purpose: 'right to the social energy tariff', style: 'new', contract: 'public', source: 'FOD Economie' },
  { id: 'S16', family: 'S', name: 'OCMWCPASPensionRegisterConsult (20090706)', purpose: 'pension cadastre: right and amount', style: 'classic', contract: 'public', source: 'FPD/SFP' },
  { id: 'S17', family: 'S', name: 'Jobseeker', purpose: 'registration as job seeker', style: 'new', contract: 'modelled', source: 'VDAB / FOREM / ACTIRIS / ADG' },
  { id: 'S18', family: 'S', name: 'HdiIndemnityAllowance.ConsultAttest', purpose: 'incapacity for work attests', style: 'new', contract: 'modelled', source: 'RIZIV / NIC' },
  { id: 'S19', family: 'S', name: 'HolidayAttestationService', purpose: 'holiday pay and double holiday pay', style: 'new', contract: 'modelled', source: 'RJV/ONVA' },
  { id: 'S20', family: 'S', name: 'LivingWagesService v2', purpose: 'living-wage (leefloon) periods and amounts per OCMW', style: 'new', contract: 'public', source: 'POD MI' },
  { id: 'P01', family: 'P', name: 'OCMWCPASRegisterAttest', purpose: 'request federal intervention: leefloon', style: 'classic', contract: 'modelled', source: 'POD MI' },
  { id: 'P02', family: 'P', name: 'OCMWCPASWet65Loi65AB', purpose: 'request: equivalent leefloon (Loi65 AB decision)', style: 'classic', contract: 'partial (XSD facts, ServiceId unknown)', source: 'POD MI' },
  { id: 'P03', family: 'P', name: 'OCMWCPASOrganicLaw', purpose: 'request: installation premium', style: 'classic', contract: 'modelled', source: 'POD MI' },
  { id: 'P04', family: 'P', name: 'OCMWCPASRegisterRecoveredAmount', purpose: 'recovered amounts, statistics: leefloon', style: 'classic', contract: 'modelled', source: 'POD MI' },
  { id: 'P05', family: 'P', name: 'OCMWCPASWet65Loi65DF', purpose: 'refunds (forms D1, D2) and recoveries (form F): equivalent leefloon', style: 'classic', contract: 'partial', source: 'POD MI' },
  { id: 'P06', family: 'P', name: 'OCMWCPASStopAttest', purpose: 'stop of a granted leefloon', style: 'classic', contract: 'modelled', source: 'POD MI' },
  { id: 'P07', family: 'P', name: 'OCMWCPASWet65Loi65C', purpose: 'stop / cancellation: equivalent leefloon', style: 'classic', contract: 'partial', source: 'POD MI' },
  { id: 'P08', family: 'P', name: 'OCMWCPASListOfAttestations (20080317)', purpose: 'decisions taken by POD MI', style: 'classic', contract: 'partial', source: 'POD MI' },
  { id: 'P09', family: 'P', name: 'OCMWCPASA036', purpose: 'send a multifunctional attest (benefit type, period of right, competent OCMW)', style: 'classic', contract: 'modelled', source: 'POD MI' },
  { id: 'P10', family: 'P', name: 'OCMWCPASL036 (20060315) / LivingWages', purpose: 'consult multifunctional attests', style: 'classic', contract: 'partial', source: 'POD MI' },
  { id: 'P11', family: 'P', name: 'OCMWCPASHeatingAllocation (20090409)', purpose: 'heating allowance', style: 'classic', contract: 'partial', source: 'POD MI / Fonds mazout' },
  { id: 'P12', family: 'P', name: 'OCMWCPASHouseholdIncome', purpose: 'household income for the heating allowance', style: 'classic', contract: 'modelled', source: 'FOD FIN via KSZ' },
  { id: 'P13', family: 'P', name: 'ElectronicSocialReport (ESV)', purpose: 'decisions of the previously competent OCMW, up to 5 years back (seed 001: phase 1 = leefloon, equivalent, installation premiums with calculation elements)', style: 'new', contract: 'modelled', source: 'other OCMWs' },
  { id: 'P14', family: 'P', name: 'PcsaAlertReaction.motivateDecision', purpose: 'OCMW\'s reaction to a \"knipperlicht\" (fraud alert)', style: 'new', contract: 'public', source: 'POD MI' },
  { id: 'P15', family: 'P', name: 'PCSASocialInquiry (Nova+)', purpose: 'help with the social inquiry, residence-status simulation', style: 'new', contract: 'modelled', source: 'POD MI' },
  { id: 'M01', family: 'M', name: 'ManageCarmed/openCarmed', purpose: 'create an electronic decision on medical costs', style: 'new', contract: 'public' },
  { id: 'M02', family: 'M', name: 'ManageCarmed/modifyCarmed', purpose: 'modify a decision', style: 'new', contract: 'public' },
  { id: 'M03', family: 'M', name: 'ManageCarmed/stopCarmed', purpose: 'stop / retroactively shorten a decision', style: 'new', contract: 'public' },
  { id: 'M04', family: 'M', name: 'ManageCarmed/consultCarmed', purpose: 'consult decisions', style: 'new', contract: 'public' },
  { id: 'M05', family: 'M', name: 'ManageCarmed/evaluateCarmed', purpose: 'simulate a new decision', style: 'new', contract: 'public' },
  { id: 'M06', family: 'M', name: 'ManageCarmed/evaluateModifiedCarmed', purpose: 'simulate a change or cancellation', style: 'new', contract: 'public' },
  { id: 'M07', family: 'M', name: 'ManageCarmed/consultCarmedHistory', purpose: 'decisions with their history', style: 'new', contract: 'public' },
  { id: 'M08', family: 'M', name: 'closeCarmed, removeCarmed, queryCarmedManager, consultCarmedByVersion', purpose: 'the other operations of the same contract', style: 'new', contract: 'public' },
  { id: 'F01', family: 'F', name: 'QualificationCertificateService', purpose: 'LED: diplomas and certificates from Flemish education', style: 'new', contract: 'modelled' },
  { id: 'F02', family: 'F', name: 'VESTA services', purpose: 'Flemish family and home care (about 30 services; cover a representative set, listed by name)', style: 'new', contract: 'modelled' },
  { id: 'F03', family: 'F', name: 'InburgeringService', purpose: 'KBI: newcomers\' integration path', style: 'new', contract: 'modelled' },
  { id: 'F04', family: 'F', name: 'Rent subsidy (huursubsidie, VMSW)', purpose: 'identity of person and partner at the social housing company, company name, file status and number, refusal reason, last payment date and amount (seed 001)', style: 'new', contract: 'modelled' },
  { id: 'F05', family: 'F', name: 'Rent premium (huurpremie, VMSW)', purpose: 'person on the waiting list, company, entry/exit dates, potential entitlement, refusal reason, last payment date and amount (seed 001)', style: 'new', contract: 'modelled' },
  { id: 'N01', family: 'N', name: 'notifyPerson SSIN', purpose: 'legal data in the registers, limited to the SSIN', style: 'notif' },
  { id: 'N02', family: 'N', name: 'notifyFamilyComposition', purpose: 'household composition', style: 'notif' },
  { id: 'N03', family: 'N', name: 'PensionRegisterMutation (PRM)', purpose: 'right to a pension (not the payment)', style: 'notif' },
  { id: 'N04', family: 'N', name: 'PersonnelFile', purpose: 'Dimona: employments', style: 'notif' },
  { id: 'N05', family: 'N', name: 'SelfEmployedCareerNotifications', purpose: 'self-employed career', style: 'notif' },
  { id: 'N06', family: 'N', name: 'eCarmedCalculationNotification', purpose: 'MediPrima settlements: the care settled each month under every decision, as MECA batch files for the managing OCMW', style: 'notif', contract: 'modelled' },
  { id: 'N07', family: 'N', name: 'PensionablePCSABeneficiaries', purpose: 'SSINs known as leefloon beneficiaries with no career known at the pension service', style: 'notif' },
  { id: 'N08', family: 'N', name: 'HDIIndemnityAllowance', purpose: 'periods / attests of incapacity for work', style: 'notif' },
  { id: 'N09', family: 'N', name: 'LEA-Voucher.notifyPayments', purpose: 'service vouchers for unemployed people', style: 'notif' },
  { id: 'N10', family: 'N', name: 'DismissalCompensation', purpose: 'dismissal compensation', style: 'notif' },
  { id: 'N11', family: 'N', name: 'PensionHolidayPay', purpose: 'holiday pay for pensioners', style: 'notif' },
  { id: 'N12', family: 'N', name: 'HdiIndemnityPeriodNotification', purpose: 'announced successor of N08', style: 'notif' },
  { id: 'N13', family: 'N', name: 'MediPrima mutations (MEMU)', purpose: 'batch files telling the managing OCMW that a MediPrima card was suspended (refund code, SSIN or name change)', style: 'notif', contract: 'partial' },
  { id: 'O01', family: 'O', name: 'supplier calls', purpose: 'KSZ asks the OCMW\'s own software: e.g. BailiffSolvencyInquiry (bailiffs), ESV for another OCMW, multifunctional attests, heating and water allowances, child-benefit advances; the emulator plays KSZ calling the vendor\'s endpoint', style: 'supplier', source: 'the OCMW' },
  { id: 'X01', family: 'X', name: 'Routing to the authentic source', purpose: 'Routing to the authentic source: each source keeps its own data; KSZ routes, stores no content (\"only once\")', style: 'capability' },
  { id: 'X02', family: 'X', name: 'Reference directory', purpose: 'Reference directory: persons repertory (who-where-how-when), access-authorization table (who-gets-what), availability table (what-where)', style: 'capability' },
  { id: 'X03', family: 'X', name: 'Finality', purpose: 'Finality: access only while the OCMW manages the person\'s file (integration, quality code, period, phase)', style: 'capability' },
  { id: 'X04', family: 'X', name: 'Proportionality', purpose: 'Proportionality: only the data the authorization allows, per role (social worker, administrative staff, general director, financial director) and legal context', style: 'capability' },
  { id: 'X05', family: 'X', name: 'Logging at every level of the exchange', purpose: 'Logging at every level of the exchange', style: 'capability' },
  { id: 'X06', family: 'X', name: 'Preventive legality check', purpose: 'Preventive legality check: same person everywhere (replaced / cancelled SSINs), authorization of the exchange', style: 'capability' },
  { id: 'X07', family: 'X', name: 'Automatic communication of changes to integrated institutions (N rows)', purpose: 'Automatic communication of changes to integrated institutions (N rows)', style: 'capability' },
  { id: 'X08', family: 'X', name: 'Security of the channel', purpose: 'Security of the channel: HTTP Basic (new), declared identity (classic), WS-Security X.509 signatures (design card)', style: 'capability' },
  { id: 'X09', family: 'X', name: 'Knipperlichten', purpose: 'Knipperlichten: the OCMW is warned when a leefloon applicant also has wages or another benefit', style: 'capability' },
  { id: 'X10', family: 'X', name: 'Derived rights', purpose: 'Derived rights: other institutions can see that an OCMW pays leefloon (attests, LivingWages)', style: 'capability' },
  { id: 'X11', family: 'X', name: 'SSIN / BIS / TER and KBO number rules', purpose: 'SSIN / BIS / TER and KBO number rules', style: 'capability' },
];

export function catalogRow(id: string): CatalogRow | undefined {
  return CATALOG.find((r) => r.id === id);
}

/** How many catalogue rows at least one registered service covers ("N of 85 catalog rows offered"). */
export function coverage(serviceIds: Iterable<string>): { offered: number; total: number; ids: string[] } {
  const offered = new Set(serviceIds);
  const ids = CATALOG.filter((r) => offered.has(r.id)).map((r) => r.id);
  return { offered: ids.length, total: CATALOG.length, ids };
}
