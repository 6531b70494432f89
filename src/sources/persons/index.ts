import type { SourceModule } from '../source';
import { BisPerson, BisRegister } from '../bis';
import { NationalRegister, RrPerson } from '../rr';

/**
 * One view on a person's identity across the two registers KSZ consults: the National Register
 * (origin RN_RR) first, then the KSZ BIS register (origin BCSS_KSZ).
 */
export type Origin = 'RN_RR' | 'BCSS_KSZ';

export interface Identity {
  origin: Origin;
  ssin: string;
  lastName: string;
  firstName: string;
  middleName?: string;
  birthDate: string;
  gender?: number;
  nationality: number;
  deceaseDate?: string;
  status: 'ACTIVE' | 'REPLACED' | 'CANCELED';
  replacedBy?: string;
  sisCard?: string;
  idCard?: string;
  rr?: RrPerson;
  bis?: BisPerson;
}

export function fromRr(p: RrPerson): Identity {
  return {
    origin: 'RN_RR',
    ssin: p.ssin,
    lastName: p.last_name,
    firstName: p.first_name,
    middleName: p.middle_name ?? undefined,
    birthDate: p.birth_date,
    gender: p.gender,
    nationality: p.nationality,
    deceaseDate: p.decease_date ?? undefined,
    status: p.status,
    replacedBy: p.replaced_by ?? undefined,
    sisCard: p.sis_card ?? undefined,
    idCard: p.id_card ?? undefined,
    rr: p,
  };
}

export function fromBis(p: BisPerson): Identity {
  return {
    origin: 'BCSS_KSZ',
    ssin: p.ssin,
    lastName: p.last_name,
    firstName: p.first_name,
    birthDate: p.birth_date,
    gender: p.gender ?? undefined,
    nationality: p.nationality,
    deceaseDate: p.decease_date ?? undefined,
    status: p.status,
    replacedBy: p.replaced_by ?? undefined,
    bis: p,
  };
}

export class Persons {
  constructor(
    private readonly rr: NationalRegister,
    private readonly bis: BisRegister,
  ) {}

  find(ssin: string): Identity | undefined {
    const r = this.rr.person(ssin);
    if (r) return fromRr(r);
    const b = this.bis.person(ssin);
    return b ? fromBis(b) : undefined;
  }

  byPhonetic(key: string): Identity[] {
    return [...this.rr.byPhonetic(key).map(fromRr), ...this.bis.byPhonetic(key).map(fromBis)];
  }
}

/** A view over the two registers: no tables of its own. */
export const personsSource: SourceModule<Persons> = {
  name: 'persons',
  open: (db) => new Persons(new NationalRegister(db), new BisRegister(db)),
};
