import type { SourceAccess } from '../../../sources/registry';
import type { XmlObject } from '../../../xml/build';
import type { Identity } from '../../../sources/persons';
import type { RrAddress } from '../../../sources/rr';
import { bisStandardAddress, managerLocation, standardAddress } from './person';

/**
 * One AddressHistory (AddressHistory.xsd): the municipalities that managed the person's address
 * and the legal addresses, most recent first. Declared addresses (waiting register) are not kept
 * by the emulator's register, so DeclaredAddresses never appears.
 */
export function addressHistory(app: Pick<SourceAccess, 'rr'>, person: Identity): XmlObject {
  if (!person.rr) {
    const address = person.bis ? bisStandardAddress(person.bis) : undefined;
    return { SocialSecurityUser: person.ssin, LegalAddresses: address ? { StandardAddress: [address] } : undefined };
  }
  const rows = app.rr.addresses(person.ssin).filter((a) => a.country === 150);
  const managers = managerRuns(rows);
  return {
    SocialSecurityUser: person.ssin,
    ManagerLocations: managers.length ? { ManagerLocation: managers.map((m) => managerLocation(m.nis, m.since)) } : undefined,
    LegalAddresses: rows.length ? { StandardAddress: rows.map(standardAddress) } : undefined,
  };
}

/** Consecutive addresses in one municipality form one managing location, dated from the first; most recent first. */
function managerRuns(mostRecentFirst: RrAddress[]): { nis: string; since: string }[] {
  const runs: { nis: string; since: string }[] = [];
  for (const a of [...mostRecentFirst].reverse()) {
    if (!a.nis_code) continue;
    if (runs.length === 0 || runs[runs.length - 1].nis !== a.nis_code) runs.push({ nis: a.nis_code, since: a.begin_date });
  }
  return runs.reverse().slice(0, 100);
}
