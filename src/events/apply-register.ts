import { addDays } from '../domain/dates';
import { TI_GROUP_CODES } from '../services/R/RetrieveTIGroupsService/tiGroups';
import type { SourceAccess } from '../sources/registry';
import type { Db } from '../store/db';
import type { SourceEvent } from './input';
import { EventRefused, Notice } from './notice';

type RegisterEvent = Extract<SourceEvent, { type: 'ADDRESS_CHANGE' | 'DECEASE' | 'FAMILY_CHANGE' | 'SSIN_REPLACED' }>;

/** N01 (MODELLED payload): the person and the TI code that changed, as the CPAS software stores them; it then reads the TI itself (R09). */
export const personMutation = (ssin: string, date: string, ti: keyof typeof TI_GROUP_CODES, kind: string, extra: Record<string, string> = {}): Notice => ({
  flow: 'N01',
  ssin,
  element: 'personMutation',
  content: { ssin, mutationDate: date, informationType: { tiCode: TI_GROUP_CODES[ti], tiName: ti }, mutationKind: kind, ...extra },
});

/**
 * The National Register events (and what they mean for the repertory): the data changes where
 * R05, R07, R08, R09 and the others read it. Returns what to notify.
 */
export function applyRegisterEvent(db: Db, sources: SourceAccess, e: RegisterEvent, now: string): Notice[] {
  const person = sources.rr.person(e.ssin);
  if (!person) throw new EventRefused(`ssin: ${e.ssin} is not in the National Register`);
  if (person.status !== 'ACTIVE') throw new EventRefused(`ssin: ${e.ssin} is ${person.status.toLowerCase()}`);
  const touch = (ssin: string) => db.prepare('UPDATE rr_person SET updated = ? WHERE ssin = ?').run(now.slice(0, 10), ssin);
  switch (e.type) {
    case 'ADDRESS_CHANGE': {
      const a = e.address;
      db.prepare('DELETE FROM rr_address WHERE ssin = ? AND begin_date >= ?').run(e.ssin, e.date);
      db.prepare('UPDATE rr_address SET end_date = ? WHERE ssin = ? AND (end_date IS NULL OR end_date >= ?)').run(addDays(e.date, -1), e.ssin, e.date);
      db.prepare(
        `INSERT INTO rr_address (ssin, begin_date, end_date, country, nis_code, postal_code, municipality_nl, municipality_fr, street_nl, street_fr, house_number, box)
         VALUES (?, ?, NULL, 150, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(e.ssin, e.date, a.nisCode ?? null, a.postalCode, a.municipality, a.municipality, a.street, a.street, a.houseNumber, a.box ?? null);
      touch(e.ssin);
      return [personMutation(e.ssin, e.date, 'LegalMainAddresses', 'ADDRESS_CHANGE')];
    }
    case 'DECEASE': {
      if (person.decease_date) throw new EventRefused(`ssin: ${e.ssin} is already deceased (${person.decease_date})`);
      if (e.date < person.birth_date) throw new EventRefused(`date: before the birth date ${person.birth_date}`);
      db.prepare('UPDATE rr_person SET decease_date = ?, decease_place = ? WHERE ssin = ?').run(e.date, e.place ?? person.birth_place, e.ssin);
      touch(e.ssin);
      return [personMutation(e.ssin, e.date, 'Deceases', 'DECEASE')];
    }
    case 'FAMILY_CHANGE':
      return familyChange(db, sources, e, person.household_id);
    case 'SSIN_REPLACED': {
      if (sources.persons.find(e.newSsin)) throw new EventRefused(`newSsin: ${e.newSsin} is already in use`);
      // The person goes on under the new number (with their current address); the old one points to it.
      const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('rr_person') as { name: string }[]).map((c) => c.name).filter((c) => c !== 'ssin');
      db.prepare(`INSERT INTO rr_person (ssin, ${columns.join(', ')}) SELECT ?, ${columns.join(', ')} FROM rr_person WHERE ssin = ?`).run(e.newSsin, e.ssin);
      db.prepare(
        `INSERT INTO rr_address (ssin, begin_date, end_date, country, nis_code, postal_code, municipality_nl, municipality_fr, street_code, street_nl, street_fr, house_number, box)
         SELECT ?, begin_date, end_date, country, nis_code, postal_code, municipality_nl, municipality_fr, street_code, street_nl, street_fr, house_number, box FROM rr_address WHERE ssin = ?`,
      ).run(e.newSsin, e.ssin);
      db.prepare("UPDATE rr_person SET status = 'REPLACED', replaced_by = ? WHERE ssin = ?").run(e.newSsin, e.ssin);
      // The organisations that integrated the old number keep the person under the new one.
      for (const i of sources.repertory.forSsin(e.ssin).filter((i) => i.end_date === null || i.end_date >= e.date))
        sources.repertory.insert({ ...i, ssin: e.newSsin, begin_date: i.begin_date > e.date ? i.begin_date : e.date, last_modified: now.slice(0, 10) });
      touch(e.newSsin);
      return [personMutation(e.ssin, e.date, 'NationalNumber', 'SSIN_REPLACED', { newSsin: e.newSsin })];
    }
  }
}

/**
 * A person joins another household or starts one: the former membership goes to the history,
 * and N02 tells the organisations of everyone in the households before and after.
 */
function familyChange(db: Db, sources: SourceAccess, e: Extract<SourceEvent, { type: 'FAMILY_CHANGE' }>, formerHousehold: number): Notice[] {
  const person = sources.rr.person(e.ssin)!;
  if (e.joinHouseholdOf === e.ssin) throw new EventRefused('joinHouseholdOf: another person than ssin');
  const host = e.joinHouseholdOf ? sources.rr.person(e.joinHouseholdOf) : undefined;
  if (e.joinHouseholdOf && !host) throw new EventRefused(`joinHouseholdOf: ${e.joinHouseholdOf} is not in the National Register`);
  if (person.household_since >= e.date) throw new EventRefused(`date: after the start of the current household (${person.household_since})`);
  const formerMembers = sources.rr.householdAt(e.ssin, addDays(e.date, -1))?.members.map((m) => m.person.ssin) ?? [];
  const household = host ? host.household_id : (db.prepare('SELECT MAX(household_id) + 1 AS id FROM rr_person').get() as { id: number }).id;
  if (household === formerHousehold) throw new EventRefused(`joinHouseholdOf: ${e.joinHouseholdOf} already lives in the same household`);
  db.prepare('INSERT OR REPLACE INTO rr_household_history (ssin, household_id, household_role, begin_date, end_date) VALUES (?, ?, ?, ?, ?)').run(
    e.ssin,
    person.household_id,
    person.household_role,
    person.household_since,
    addDays(e.date, -1),
  );
  db.prepare('UPDATE rr_person SET household_id = ?, household_role = ?, household_since = ?, updated = ? WHERE ssin = ?').run(household, e.role ?? (host ? 4 : 1), e.date, e.date, e.ssin);
  const members = sources.rr.householdAt(e.ssin, e.date)?.members ?? [];
  const composition = { member: members.map((m) => ({ ssin: m.person.ssin, role: m.membership.household_role })) };
  const concerned = [...new Set([e.ssin, ...members.map((m) => m.person.ssin), ...formerMembers])];
  return concerned.map((ssin) => ({
    flow: 'N02',
    ssin,
    element: 'familyComposition',
    content: { ssin, mutationDate: e.date, movedPerson: e.ssin, householdId: household, composition },
  }));
}
