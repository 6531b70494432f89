import type { ClassicService, NewStyleService, ServiceDeclaration, ServiceDef } from './types';
import { resolveServices } from './resolve';
import { testConnectionService } from './R/TestConnectionService/service';
import { manageAccessService } from './R/OCMWCPASManageAccess/service';
import { identifyPersonService } from './R/OCMWCPASIdentifyPerson/service';
import { retrieveTIGroupsV1Service, retrieveTIGroupsV2Service } from './R/RetrieveTIGroupsService/service';
import { unemploymentDataV3Service } from './S/UnemploymentDataService/service';
import { healthCareInsuranceService } from './S/HealthCareInsuranceService/service';
import { referenceManagerService } from './R/ReferenceManager/service';
import { personServiceV4 } from './R/PersonService/service';
import { ssinInformationService } from './R/SSINInformationService/service';
import { bisPersonService } from './R/BisPersonService/service';
import { managePersonService } from './R/ManagePerson/service';
import { cbssPersonService } from './R/CBSSPersonService/service';
import { nrpPersonService } from './R/NRPPersonService/service';
import { familyCompositionService } from './R/FamilyComposition/service';
import { performInvestigationService } from './R/OCMWCPASPerformInvestigation/service';
import { livingWagesV2Service } from './S/LivingWagesService/service';
import { selfEmployedV1Service, selfEmployedV2Service } from './S/SelfEmployedService/service';
import { xmliteService } from './S/XMLite/service';
import { healthInsuranceService } from './S/OCMWCPASHealthInsurance/service';
import { taxAssessmentDataV1Service, taxAssessmentDataV2Service } from './S/TaxAssessmentDataService/service';
import { patrimonyV1Service } from './S/PatrimonyService/service';
import { consultPatrimonyCPASV1Service } from './S/ConsultPatrimonyCPAS/service';
import { dolsis2011Service } from './S/Dolsis2011Service/service';
import { handiV1Service, handiV2Service } from './S/HandiService/service';
import { childBenefitsV1Service } from './S/ChildBenefitsService/service';
import { familyAllowancesConsultService } from './S/FamilyAllowancesConsult/service';
import { qualificationCertificateService } from './F/QualificationCertificateService/service';
import { vestaService } from './F/VestaService/service';
import { inburgeringService } from './F/InburgeringService/service';
import { rentSubsidyService } from './F/RentSubsidyService/service';
import { rentPremiumService } from './F/RentPremiumService/service';
import { jobseekerService } from './S/Jobseeker/service';
import { hdiIndemnityAllowanceService } from './S/HdiIndemnityAllowance/service';
import { holidayAttestationService } from './S/HolidayAttestationService/service';
import { pensionRegisterService } from './S/OCMWCPASPensionRegisterConsult/service';
import { socialRateInvestigationService } from './S/SocialRateInvestigationService/service';
import { registerAttestService } from './P/OCMWCPASRegisterAttest/service';
import { stopAttestService } from './P/OCMWCPASStopAttest/service';
import { loi65ABService } from './P/OCMWCPASWet65Loi65AB/service';
import { loi65CService } from './P/OCMWCPASWet65Loi65C/service';
import { loi65DFService } from './P/OCMWCPASWet65Loi65DF/service';
import { pcsaAlertReactionService } from './P/PcsaAlertReaction/service';
import { electronicSocialReportService } from './P/ElectronicSocialReportService/service';
import { pcsaAlertService } from './X/PcsaAlertService/service';
import { notificationService } from './X/NotificationService/service';
import { eCarmedService } from './M/ECarmedService/service';
import { organicLawService } from './P/OCMWCPASOrganicLaw/service';
import { listOfAttestationsService } from './P/OCMWCPASListOfAttestations/service';
import { registerRecoveredAmountService } from './P/OCMWCPASRegisterRecoveredAmount/service';
import { heatingAllocationService } from './P/OCMWCPASHeatingAllocation/service';
import { householdIncomeService } from './P/OCMWCPASHouseholdIncome/service';
import { a036Service } from './P/OCMWCPASA036/service';
import { l036Service } from './P/OCMWCPASL036/service';
import { pcsaSocialInquiryService } from './P/PCSASocialInquiryService/service';

/**
 * Every service the emulator serves, as declared by its folder. Adding a service = one folder
 * under services/ (`npm run new-service` makes one), its contract under wsdl/, and one line here.
 */
export const DECLARATIONS: ServiceDeclaration[] = [
  testConnectionService,
  manageAccessService,
  identifyPersonService,
  retrieveTIGroupsV1Service,
  retrieveTIGroupsV2Service,
  unemploymentDataV3Service,
  healthCareInsuranceService,
  referenceManagerService,
  personServiceV4,
  ssinInformationService,
  bisPersonService,
  managePersonService,
  cbssPersonService,
  nrpPersonService,
  familyCompositionService,
  performInvestigationService,
  selfEmployedV2Service,
  selfEmployedV1Service,
  xmliteService,
  healthInsuranceService,
  taxAssessmentDataV2Service,
  taxAssessmentDataV1Service,
  livingWagesV2Service,
  patrimonyV1Service,
  consultPatrimonyCPASV1Service,
  dolsis2011Service,
  handiV2Service,
  handiV1Service,
  childBenefitsV1Service,
  familyAllowancesConsultService,
  socialRateInvestigationService,
  qualificationCertificateService,
  vestaService,
  inburgeringService,
  rentSubsidyService,
  rentPremiumService,
  jobseekerService,
  hdiIndemnityAllowanceService,
  holidayAttestationService,
  pensionRegisterService,
  registerAttestService,
  organicLawService,
  registerRecoveredAmountService,
  stopAttestService,
  loi65ABService,
  loi65CService,
  loi65DFService,
  pcsaAlertReactionService,
  electronicSocialReportService,
  pcsaAlertService,
  notificationService,
  eCarmedService,
  listOfAttestationsService,
  heatingAllocationService,
  householdIncomeService,
  a036Service,
  l036Service,
  pcsaSocialInquiryService,
];

/** The declarations completed from their contracts, at start-up (a disagreement throws here). */
export const SERVICES: ServiceDef[] = resolveServices(DECLARATIONS);

export function newStyleServices(): NewStyleService[] {
  return SERVICES.filter((s): s is NewStyleService => s.style === 'new');
}

export function classicServices(): ClassicService[] {
  return SERVICES.filter((s): s is ClassicService => s.style === 'classic');
}

const byPath = new Map(newStyleServices().map((s) => [s.path, s]));
const byServiceId = new Map(classicServices().map((s) => [`${s.serviceId}/${s.version}`, s]));

export function serviceAtPath(path: string): NewStyleService | undefined {
  return byPath.get(path);
}

export function classicService(serviceId: string, version: string): ClassicService | undefined {
  return byServiceId.get(`${serviceId}/${version}`);
}
