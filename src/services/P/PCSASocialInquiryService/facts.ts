import type { NationalRegister, RrPerson } from '../../../sources/rr';
import { WAITING } from '../../../sources/rr';
import { EU_EEA_NATIONALITIES, NationalityGroup, Register, ResidenceFacts } from '../../../sources/nova';

/** Belgium's RR country code. */
const BELGIUM = 150;

/** Whole months from one day to a later one (0 in the first month). */
export function wholeMonths(from: string, to: string): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Math.max(0, to.slice(8, 10) < from.slice(8, 10) ? months - 1 : months);
}

export function nationalityGroupOf(nationality: number): NationalityGroup {
  if (nationality === BELGIUM) return 'BELGIAN';
  return EU_EEA_NATIONALITIES.includes(nationality) ? 'EU_EEA' : 'THIRD_COUNTRY';
}

/**
 * The National Register facts of a person on a day, as Nova+'s rules read them: the nationality;
 * the register (Belgians the population register; a foreign national the register of the
 * residence document valid that day, else the waiting register while a waiting-register file is
 * open, else NONE); the document; the months since the first document or application; the
 * waiting-register situation that day.
 */
export function residenceFacts(rr: NationalRegister, person: RrPerson, day: string): ResidenceFacts {
  const nationalityGroup = nationalityGroupOf(person.nationality);
  const documents = rr.residenceDocuments(person.ssin).filter((d) => d.begin_date <= day);
  const valid = [...documents].reverse().find((d) => d.end_date === null || day <= d.end_date);
  const file = rr.waitingFile(person.ssin);
  const waitingOpen = file !== undefined && file.application_date <= day && (file.file_open === 1 || day < file.situation_date);
  const waitingSituation = waitingOpen ? (file!.situation_date <= day ? file!.situation_code : WAITING.SITUATION.REGISTERED) : null;
  const register: Register = nationalityGroup === 'BELGIAN' ? 'POPULATION' : valid ? valid.register : waitingOpen ? 'WAITING' : 'NONE';
  const starts = [...documents.map((d) => d.begin_date), ...(file && file.application_date <= day ? [file.application_date] : [])].sort();
  return {
    nationality: person.nationality,
    nationalityGroup,
    register,
    document: valid ? { cardType: valid.card_type, ground: valid.ground, begin: valid.begin_date, end: valid.end_date } : null,
    stayMonths: nationalityGroup === 'BELGIAN' || starts.length === 0 ? null : wholeMonths(starts[0], day),
    waitingSituation,
  };
}
