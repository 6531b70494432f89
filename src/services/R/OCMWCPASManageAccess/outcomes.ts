import { type PersonaOutcome, serviceOutcomes } from '../../../personas/outcome';

/** R02 ManageAccess (classic): status = ResultSummary ok, code = the first ReasonCode or the ReturnCode. The sample carries PersonData of the persona as proof. */
const r02 = serviceOutcomes('R02');

export const OUTCOMES: PersonaOutcome[] = [
  r02('standard', 'LIST', 'YES', '0', 'Gent\'s registration, purpose 2 since 2025-01-01, open, in PRIMARY (OrgUnit 0244021019) and SECONDARY (OrgUnit 44021), listed to other OCMWs too; proof: Claes / 1985-06-12, SIS card 6012345678 or eID 592123456789.'),
  r02('not-integrated', 'LIST', 'YES', '0', 'No registrations.'),
  r02('not-integrated', 'REGISTER', 'YES', '0', 'REGISTER with ProofOfAuthentication Wouters / 1979-02-03 succeeds; LIST then shows it in PRIMARY and SECONDARY.'),
  r02('not-integrated', 'UNREGISTER', 'NO', '31000005', 'Gent has no registration of him to end.'),
  r02('integration-expired', 'LIST', 'YES', '0', 'For a period from 2024-09-01 or earlier: purpose 1, 2024-09-01..2024-10-31; from 2024-11-01 on: no registrations.'),
  r02('deceased', 'LIST', 'YES', '0', 'Purpose 2 since 2024-07-01, still open (estate, recovery).'),
  r02('replaced-ssin', 'LIST', 'NO', '31000021', 'SSIN replaced, with NewSSIN 82071595971 in Information.'),
  r02('cancelled-ssin', 'LIST', 'NO', '31000022', 'SSIN cancelled.'),
  r02('bis-person', 'LIST', 'YES', '0', 'Purpose 4 since 2025-02-01; proof by PersonData only (no cards).'),
  r02('unknown-ssin', 'LIST', 'NO', '31000020', 'SSIN unknown.'),
  r02('insertion-allowance-ended', 'LIST', 'YES', '0', 'Gent\'s registration, purpose 2.'),
  r02('employed', 'LIST', 'YES', '0', 'Gent\'s registration, purpose 4 (other aid) since 2026-10-01.'),
  r02('family', 'LIST', 'YES', '0', 'The head with purpose 2 (his wife: purpose 5), both since 2025-03-01.'),
  r02('phonetic-ambiguous', 'LIST', 'YES', '0', 'No registrations (not integrated by any OCMW).'),
];
