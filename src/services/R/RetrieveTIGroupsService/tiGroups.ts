import { Prefixed, XmlObject } from '../../../xml/build';
import { CIVIL_STATE, HOUSEHOLD_ROLE, NationalRegister, RrAddress, RrPerson } from '../../../sources/rr';
import * as L from '../../../sources/rr/labels';
import { numberOnly, personName, personNumber, rnDate, RN25_NS, RN25_PREFIX } from './rn25';

/**
 * Builds the rrn_it_implicit block of a TX25 reply: the person's National Register file as TI
 * groups (one per information type, IT code in the Type attribute), from the RR tables.
 * `history` false keeps only the current record of every multi-valued group; true adds the
 * closed ones the RR tables know (earlier addresses and municipalities, the civil state at birth).
 */
export interface TiOptions {
  language: L.Language;
  history: boolean;
  /** For the century of a number the file only names (birth date and sex read from it). */
  today: Date;
  /** The IT groups the caller may receive (proportionality); undefined = all. */
  allowedGroups?: Set<string>;
}

/** The IT code of each group element the file can hold: these are the service's data blocks. */
export const TI_GROUP_CODES: Record<string, string> = {
  NationalNumber: '000',
  FileOwner: '001',
  Names: '010',
  LegalMainAddresses: '020',
  Nationalities: '031',
  Occupations: '070',
  BirthPlace: '100',
  Filiations: '110',
  CivilStates: '120',
  FamilyMembers: '140',
  HeadOfFamily: '141',
  Deceases: '150',
  IdentityCards: '195',
  CreationDate: '253',
  LastUpdateDate: '254',
};

export function buildTiGroups(rr: NationalRegister, p: RrPerson, opts: TiOptions): Prefixed {
  const b = new FileBuilder(rr, p, opts);
  const file: XmlObject = {
    NationalNumber: b.nationalNumber(),
    FileOwner: b.residences(),
    Names: b.names(),
    LegalMainAddresses: b.legalMainAddresses(),
    Nationalities: b.nationalities(),
    Occupations: b.occupations(),
    BirthPlace: b.birthPlace(),
    Filiations: b.filiations(),
    CivilStates: b.civilStates(),
    ...b.household(),
    Deceases: b.deceases(),
    IdentityCards: b.identityCards(),
    CreationDate: it('253', 'A1', { Date: rnDate(p.created) }),
    LastUpdateDate: it('254', 'A1', { Date: rnDate(p.updated) }),
  };
  const allowed = opts.allowedGroups;
  const shown = allowed ? Object.fromEntries(Object.entries(file).filter(([group]) => allowed.has(TI_GROUP_CODES[group]))) : file;
  return new Prefixed(RN25_PREFIX, { [`@xmlns:${RN25_PREFIX}`]: RN25_NS, ...shown });
}

/** One IT record: the Type and Structure attributes, then its content. */
function it(type: string, structure: string, content: XmlObject): XmlObject {
  return { '@Type': type, '@Structure': structure, ...content };
}

/** A CodeLabelType / CodeMaybeLabelType. */
const codeLabel = (code: string, label?: string): XmlObject => ({ Code: code, Label: label });

class FileBuilder {
  private readonly lang: L.Language;
  /** Most recent first. */
  private readonly allAddresses: RrAddress[];

  constructor(
    private readonly rr: NationalRegister,
    private readonly p: RrPerson,
    private readonly opts: TiOptions,
  ) {
    this.lang = opts.language;
    this.allAddresses = rr.addresses(p.ssin);
  }

  /** The addresses to show: all with history, else the current one (or the last known). */
  private addresses(): RrAddress[] {
    if (this.opts.history) return this.allAddresses;
    const current = this.allAddresses.filter((a) => a.end_date === null);
    return current.length > 0 ? current : this.allAddresses.slice(0, 1);
  }

  private currentAddress(): RrAddress | undefined {
    return this.allAddresses.find((a) => a.end_date === null) ?? this.allAddresses[0];
  }

  /** A Belgian municipality by NIS code (Place1), falling back to the labels stored with an address. */
  private place(nis: string, address?: RrAddress): XmlObject {
    const m = L.municipality(nis);
    const stored = address ? (this.lang === 'fr' ? address.municipality_fr : address.municipality_nl) : undefined;
    return codeLabel(nis, m?.[this.lang] ?? stored ?? undefined);
  }

  /** Place1 for a Belgian municipality we can name, else Place2 (country and the place as text). */
  private placeChoice(name: string | null, country: number): XmlObject {
    const nis = country === 150 ? L.municipalityByName(name) : undefined;
    if (nis) return { Place1: this.place(nis) };
    return { Place2: { Country: codeLabel(String(country), L.countryLabel(country, this.lang)), Graphic: name ?? undefined } };
  }

  private number(p: RrPerson): XmlObject {
    return personNumber(p);
  }

  /** A certificate number of the civil registry (modelled: derived from the SSIN's day counter). */
  private actNumber(): string {
    return '00' + this.p.ssin.slice(6, 9);
  }

  // ------------------------------------------------------------ the groups, by IT code

  /** IT000 */
  nationalNumber(): XmlObject {
    return it('000', 'A1', { NationalNumber: this.number(this.p) });
  }

  /** IT001: the municipality of residence; consecutive addresses in one municipality are one record. */
  residences(): XmlObject | undefined {
    const runs: { key: string; address: RrAddress; since: string }[] = [];
    for (const a of this.allAddresses) {
      const key = a.country === 150 && a.nis_code ? a.nis_code : `country:${a.country}`;
      const last = runs[runs.length - 1];
      if (last && last.key === key) last.since = a.begin_date;
      else runs.push({ key, address: a, since: a.begin_date });
    }
    const shown = this.opts.history ? runs : runs.slice(0, 1);
    if (shown.length === 0) return undefined;
    return {
      Residences: shown.map(({ address: a, since }) => {
        const belgian = a.country === 150 && a.nis_code;
        return it('001', 'A1', {
          Date: rnDate(since),
          Residence: belgian ? this.place(a.nis_code!, a) : codeLabel(String(a.country), L.countryLabel(a.country, this.lang)),
          Fusion: '0',
          Language: belgian ? (L.municipality(a.nis_code!)?.regime ?? '2') : '2',
        });
      }),
    };
  }

  /** IT010 */
  names(): XmlObject {
    return { Name: [it('010', 'A1', { Date: rnDate(this.p.birth_date), Name: personName(this.p) })] };
  }

  /** IT020: Belgian main addresses, most recent first (no DelDate: the next record closes one, as in the captures). */
  legalMainAddresses(): XmlObject | undefined {
    const belgian = this.addresses().filter((a) => a.country === 150);
    if (belgian.length === 0) return undefined;
    return {
      LegalMainAddress: belgian.map((a) => {
        const street = (this.lang === 'fr' ? a.street_fr : a.street_nl) ?? a.street_nl ?? a.street_fr ?? '';
        return it('020', a.box ? 'B1' : 'A1', {
          Date: rnDate(a.begin_date),
          Address: {
            ZipCode: a.postal_code ?? '',
            Street: a.street_code ? { Code: a.street_code, Label: street } : { Graphic: street },
            HouseNumber: a.house_number ?? '',
            Box: a.box ?? undefined,
          },
        });
      }),
    };
  }

  /** IT031: the nationality, held since birth as far as the RR tables tell. */
  nationalities(): XmlObject {
    const n = this.p.nationality;
    return {
      Nationality: [it('031', 'B1', { Date: rnDate(this.p.birth_date), Nationality: codeLabel(String(n), L.nationalityLabel(n, this.lang)) })],
    };
  }

  /** IT070, when the occupation is known; dated from the registration at the current address (modelled). */
  occupations(): XmlObject | undefined {
    if (!this.p.occupation) return undefined;
    const o = L.occupation(this.p.occupation, this.lang);
    const since = this.currentAddress()?.begin_date ?? this.p.created;
    return {
      Occupation: [
        it('070', 'A1', {
          Date: rnDate(since),
          Occupation: codeLabel(o.code, o.label),
          SocialCategory: codeLabel(o.category, o.categoryLabel),
        }),
      ],
    };
  }

  /** IT100 */
  birthPlace(): XmlObject {
    const nis = this.p.birth_place_nis;
    const place = nis ? { Place1: this.place(nis) } : this.placeChoice(this.p.birth_place, this.p.birth_country);
    return it('100', 'A1', { Date: rnDate(this.p.birth_date), ActNumber: this.actNumber(), ...place });
  }

  /** IT110: child of the parents in rr_filiation (Parent1 the father, Parent2 the mother). */
  filiations(): XmlObject | undefined {
    const filiations = this.rr.parents(this.p.ssin);
    const parent = (type: 'FATHER' | 'MOTHER') => {
      const f = filiations.find((x) => x.parent_type === type);
      const person = f ? this.rr.person(f.parent_ssin) : undefined;
      // RelatedPersonType needs a name: a parent unknown to the RR cannot be shown.
      return person ? { NationalNumber: this.number(person), Name: personName(person) } : undefined;
    };
    const [father, mother] = [parent('FATHER'), parent('MOTHER')];
    if (!father && !mother) return undefined;
    return {
      Filiation: [
        it('110', 'C1', {
          Date: rnDate(this.p.birth_date),
          FiliationType: codeLabel(L.FILIATION_CHILD, L.filiationTypeLabel(L.FILIATION_CHILD, this.lang)),
          Parent1: father,
          Parent2: mother,
        }),
      ],
    };
  }

  /** IT120: the current civil state (with the spouse or legal partner), and with history the single state at birth. */
  civilStates(): XmlObject {
    const p = this.p;
    const withPartner = (p.civil_state === CIVIL_STATE.MARRIED || p.civil_state === CIVIL_STATE.LEGAL_COHABITANT) && p.partner_ssin;
    const partner = withPartner ? this.rr.person(p.partner_ssin!) : undefined;
    const since = p.civil_state === CIVIL_STATE.SINGLE ? p.birth_date : (p.civil_state_date ?? p.created);
    const state = (code: number, date: string, spouse?: XmlObject) =>
      it('120', spouse ? 'B1' : 'A1', { Date: rnDate(date), CivilState: codeLabel(String(code), L.civilStateLabel(code, this.lang)), Spouse: spouse });
    const records = [
      state(
        p.civil_state,
        since,
        withPartner
          ? { NationalNumber: partner ? this.number(partner) : numberOnly(p.partner_ssin!, this.opts.today), Name: partner ? personName(partner) : undefined }
          : undefined,
      ),
    ];
    if (this.opts.history && p.civil_state !== CIVIL_STATE.SINGLE && since > p.birth_date) {
      records.push(state(CIVIL_STATE.SINGLE, p.birth_date));
    }
    return { CivilState: records };
  }

  /**
   * IT140 in the file of the household's reference person: their own role, then every other
   * member; IT141 in the file of any other member: their role and the reference person.
   */
  household(): { FamilyMembers?: XmlObject; HeadOfFamily?: XmlObject } {
    const p = this.p;
    const living = this.rr
      .household(p.household_id)
      .filter((m) => m.ssin === p.ssin || (m.status === 'ACTIVE' && m.decease_date === null));
    const head = living.find((m) => m.household_role === HOUSEHOLD_ROLE.HEAD);
    const role = (m: RrPerson) => {
      const code = L.familyRoleCode(m.household_role);
      return codeLabel(code, L.familyRoleLabel(code, m.gender, this.lang));
    };
    if (!head || head.ssin === p.ssin) {
      const self = it('140', 'A2', { Date: rnDate(p.household_since), Housing: codeLabel('00'), FamilyRole: role({ ...p, household_role: HOUSEHOLD_ROLE.HEAD }) });
      const others = living
        .filter((m) => m.ssin !== p.ssin)
        .map((m) => it('140', 'B1', { Date: rnDate(m.household_since), FamilyRole: role(m), NationalNumber: this.number(m), Name: personName(m) }));
      return { FamilyMembers: { FamilyMember: [self, ...others] } };
    }
    return {
      HeadOfFamily: {
        HeadOfFamily: [it('141', 'A1', { Date: rnDate(p.household_since), FamilyRole: role(p), NationalNumber: this.number(head), Name: personName(head) })],
      },
    };
  }

  /** IT150, for a deceased person; the place is where they died, else their last municipality. */
  deceases(): XmlObject | undefined {
    if (!this.p.decease_date) return undefined;
    const last = this.currentAddress();
    const place = this.p.decease_place
      ? this.placeChoice(this.p.decease_place, 150)
      : last?.nis_code
        ? { Place1: this.place(last.nis_code, last) }
        : { Place2: { Country: codeLabel('150', L.countryLabel(150, this.lang)) } };
    return { Decease: [it('150', 'A1', { Date: rnDate(this.p.decease_date), Decease: { ActNumber: this.actNumber(), ...place } })] };
  }

  /** IT195, when the identity card is known: issued ten years before it expires, where the person then lived. */
  identityCards(): XmlObject | undefined {
    const p = this.p;
    if (!p.id_card) return undefined;
    const issued = p.id_card_valid_to ? `${Number(p.id_card_valid_to.slice(0, 4)) - 10}${p.id_card_valid_to.slice(4)}` : p.updated;
    const then =
      this.allAddresses.find((a) => a.begin_date <= issued && (a.end_date === null || a.end_date >= issued)) ?? this.currentAddress();
    return {
      IdentityCard: [
        it('195', 'A1', {
          Date: rnDate(issued),
          TypeOfCard: codeLabel(L.EID_CARD_TYPE, L.cardTypeLabel(L.EID_CARD_TYPE, this.lang)),
          CardNumber: p.id_card,
          Delivery: then?.nis_code ? { Place: this.place(then.nis_code, then) } : undefined,
          ExpiryDate: p.id_card_valid_to ? rnDate(p.id_card_valid_to) : undefined,
        }),
      ],
    };
  }
}
