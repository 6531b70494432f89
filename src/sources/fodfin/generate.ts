import type { SeedContext } from '../source';
import { CIVIL_STATE, HOUSEHOLD_ROLE } from '../rr';
import { rowWriter } from '../../store/db';
import { FIRST_INCOME_YEAR, FISCAL_STATE, LAST_INCOME_YEAR, type AssessedIncome, type TaxAssessment } from './model';
import { assessIncome, assessmentDate, assessmentNumber } from './rules';
import { hashOf } from '../../domain/hash';
import { PERSONA_FOREIGN_REAL_ESTATE } from './personas';

/**
 * Derives every tax assessment from the sources seeded before this one, so that a social
 * inquiry sees one picture: the income of a year follows its DmfA wages (rsz_dmfa), RVA
 * payments (rva_payment), RSVZ contributions (rsvz_contribution) and leefloon (podmi_living_wage).
 *
 * Who is assessed for income year Y: an active National Register person, 18 or older at the end
 * of Y and alive on January 1 of Y, with a taxable income or a leefloon in Y (a nil assessment),
 * or married/legally cohabiting since before Y with someone who is: the couple then has one
 * joint assessment, the partner with the higher income named first (PRIMARY). The household's
 * children under 25 on January 1 of Y+1 are dependants on the head's assessment (or the
 * partner's when the head has none; on a joint one, both rows). BIS persons file no Belgian
 * tax return here.
 *
 * Rates of the generated population (MODELLED, chosen from the person's SSIN so that adding this
 * source changes no other): 1.5% declare foreign real-estate income (1,500..6,000 EUR a year from
 * a year of their own); 2% of wage earners get arrears of remuneration in a year (5..15% of the
 * year's salaries, taxed separately); 3% of households with dependent children have one with a
 * handicap (counted twice in Belgian tax, shown apart).
 */
export function deriveTaxAssessments({ db, population }: SeedContext): void {
  const generated = new Set(population.map((p) => p.ssin));
  const yearly = (sql: string) => {
    const sums = new Map<string, number>();
    for (const r of db.prepare(sql).all(String(FIRST_INCOME_YEAR), String(LAST_INCOME_YEAR + 1)) as { ssin: string; year: string; amount: number }[]) sums.set(`${r.ssin}/${r.year}`, r.amount);
    return (ssin: string, year: number) => sums.get(`${ssin}/${year}`) ?? 0;
  };
  const dmfa = yearly('SELECT ssin, substr(quarter, 1, 4) AS year, SUM(wage_amount) AS amount FROM rsz_dmfa WHERE quarter >= ? AND quarter < ? GROUP BY ssin, year');
  const rva = yearly('SELECT ssin, substr(month, 1, 4) AS year, SUM(gross_amount) AS amount FROM rva_payment WHERE month >= ? AND month < ? GROUP BY ssin, year');
  const rsvz = yearly('SELECT ssin, substr(quarter, 1, 4) AS year, SUM(amount) AS amount FROM rsvz_contribution WHERE quarter >= ? AND quarter < ? GROUP BY ssin, year');
  const livedOnLeefloon = leefloonYears(db.prepare('SELECT ssin, begin_date, end_date FROM podmi_living_wage').all() as { ssin: string; begin_date: string; end_date: string | null }[]);

  const persons = db.prepare(`SELECT ssin, birth_date, civil_state, civil_state_date, partner_ssin, decease_date, household_id, household_role FROM rr_person WHERE status = 'ACTIVE' ORDER BY ssin`).all() as Person[];
  const children = new Map<number, string[]>();
  const heads = new Map<number, string>();
  for (const p of persons) if (p.household_role === HOUSEHOLD_ROLE.HEAD) heads.set(p.household_id, p.ssin);
  for (const p of persons) if (p.household_role === HOUSEHOLD_ROLE.CHILD) children.set(p.household_id, [...(children.get(p.household_id) ?? []), p.birth_date]);

  const foreign = (ssin: string, year: number): number => {
    const persona = PERSONA_FOREIGN_REAL_ESTATE[ssin];
    if (persona) return year >= persona.since ? persona.yearly : 0;
    const h = hashOf(`foreign/${ssin}`);
    if (!generated.has(ssin) || h % 1000 >= 15) return 0;
    return year >= FIRST_INCOME_YEAR + (h % 5) ? 1500 + (h % 4501) : 0;
  };

  const write = rowWriter<Omit<TaxAssessment, 'id'>>(db, 'fin_tax_assessment', [
    'ssin', 'income_year', 'assessment_number', 'fiscal_state', 'partner_ssin', 'assessment_date', 'gross_salaries', 'unemployment_benefits',
    'self_employed_profit', 'professional_expenses', 'net_professional_income', 'foreign_real_estate_income', 'global_taxable_income',
    'joint_taxable_income', 'arrears_of_remuneration', 'children_dependent', 'children_dependent_handicap', 'other_dependents',
  ]);

  for (let year = FIRST_INCOME_YEAR; year <= LAST_INCOME_YEAR; year++) {
    const taxed = new Map<string, Taxed>();
    for (const p of persons) {
      if (!adultAndAlive(p, year)) continue;
      const contributions = rsvz(p.ssin, year);
      const income = assessIncome(year, { dmfaWages: dmfa(p.ssin, year), rvaPayments: rva(p.ssin, year), rsvzContributions: contributions, foreignRealEstate: foreign(p.ssin, year) });
      const hasBasis = income.global_taxable_income > 0 || livedOnLeefloon.has(`${p.ssin}/${year}`);
      taxed.set(p.ssin, { person: p, income, hasBasis, selfEmployed: contributions > 0 });
    }
    const assessments: Taxed[][] = [];
    const done = new Set<string>();
    for (const t of taxed.values()) {
      if (done.has(t.person.ssin)) continue;
      const partner = jointPartner(t, taxed, year);
      const members = partner ? [t, partner] : [t];
      members.forEach((m) => done.add(m.person.ssin));
      if (!members.some((m) => m.hasBasis)) continue;
      // The first named: the higher global income (on a tie, the lower SSIN).
      members.sort((a, b) => b.income.global_taxable_income - a.income.global_taxable_income || a.person.ssin.localeCompare(b.person.ssin));
      assessments.push(members);
    }
    const assessed = new Set(assessments.flat().map((m) => m.person.ssin));
    for (const members of assessments) {
      const primary = members[0].person;
      const joint = members.length === 2;
      const number = assessmentNumber(primary.ssin, year);
      const date = assessmentDate(primary.ssin, year, members.some((m) => m.selfEmployed));
      const dependants = dependantsOf(members, (household) => assessed.has(heads.get(household) ?? ''), children, year, generated);
      for (const [i, m] of members.entries()) {
        const salaries = m.income.gross_salaries;
        const h = hashOf(`arrears/${m.person.ssin}/${year}`);
        write({
          ssin: m.person.ssin,
          income_year: year,
          assessment_number: number,
          fiscal_state: joint ? (i === 0 ? FISCAL_STATE.PRIMARY : FISCAL_STATE.SECONDARY) : FISCAL_STATE.SINGULAR,
          partner_ssin: joint ? members[1 - i].person.ssin : null,
          assessment_date: date,
          ...m.income,
          joint_taxable_income: joint ? members[0].income.global_taxable_income + members[1].income.global_taxable_income : null,
          arrears_of_remuneration: generated.has(m.person.ssin) && salaries > 0 && h % 100 < 2 ? Math.round((salaries * (5 + (h % 11))) / 100) : 0,
          ...dependants,
          other_dependents: 0,
        });
      }
    }
  }
}

interface Person {
  ssin: string;
  birth_date: string;
  civil_state: number;
  civil_state_date: string | null;
  partner_ssin: string | null;
  decease_date: string | null;
  household_id: number;
  household_role: number;
}

interface Taxed {
  person: Person;
  income: AssessedIncome;
  /** A taxable income or a leefloon in the year. */
  hasBasis: boolean;
  selfEmployed: boolean;
}

const adultAndAlive = (p: Person, year: number) => p.birth_date <= `${year - 18}-12-31` && (!p.decease_date || p.decease_date >= `${year}-01-01`);

/** The partner a person is taxed jointly with in the year: married or legally cohabiting since before it, both assessable. */
function jointPartner(t: Taxed, taxed: Map<string, Taxed>, year: number): Taxed | undefined {
  const p = t.person;
  if (p.civil_state !== CIVIL_STATE.MARRIED && p.civil_state !== CIVIL_STATE.LEGAL_COHABITANT) return undefined;
  if (!p.partner_ssin || (p.civil_state_date && p.civil_state_date >= `${year}-01-01`)) return undefined;
  const partner = taxed.get(p.partner_ssin);
  return partner?.person.partner_ssin === p.ssin ? partner : undefined;
}

/** Which person-years a leefloon period (begin..end, open = still running) touches. */
function leefloonYears(periods: { ssin: string; begin_date: string; end_date: string | null }[]): Set<string> {
  const years = new Set<string>();
  for (const period of periods) {
    const from = Math.max(FIRST_INCOME_YEAR, Number(period.begin_date.slice(0, 4)));
    const to = Math.min(LAST_INCOME_YEAR, period.end_date ? Number(period.end_date.slice(0, 4)) : LAST_INCOME_YEAR);
    for (let y = from; y <= to; y++) years.add(`${period.ssin}/${y}`);
  }
  return years;
}

/**
 * The dependent children of an assessment: the household's children born by the end of the year
 * and under 25 on January 1 after it, counted on the head's assessment (a joint one includes the
 * head's partner), or on the partner's when the head is not assessed that year.
 */
function dependantsOf(
  members: Taxed[],
  headAssessed: (household: number) => boolean,
  children: Map<number, string[]>,
  year: number,
  generated: Set<string>,
): Pick<TaxAssessment, 'children_dependent' | 'children_dependent_handicap'> {
  const head = members.find((m) => m.person.household_role === HOUSEHOLD_ROLE.HEAD);
  const partner = members.find((m) => m.person.household_role === HOUSEHOLD_ROLE.PARTNER);
  const carrier = head ?? (partner && !headAssessed(partner.person.household_id) ? partner : undefined);
  if (!carrier) return { children_dependent: 0, children_dependent_handicap: 0 };
  const household = carrier.person.household_id;
  const dependent = (children.get(household) ?? []).filter((birth) => birth <= `${year}-12-31` && birth > `${year + 1 - 25}-01-01`).length;
  const handicap = dependent > 0 && generated.has(carrier.person.ssin) && hashOf(`handicap/${household}`) % 100 < 3 ? 1 : 0;
  return { children_dependent: dependent, children_dependent_handicap: handicap };
}
