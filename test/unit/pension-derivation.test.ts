import { deriveGrapa, deriveRights, type Careers, type Pensioner } from '../../src/sources/pension/derive';
import { paymentsOf } from '../../src/sources/pension/payments';
import { employeePension, pensionDate, unityOfCareer, withMinimum, FULL_CAREER_YEARS } from '../../src/sources/pension/rules';

/** A worker born in 1955 (pension on 2020-07-01), single, with one full-time job from `from` to his pension. */
const worker = (over: Partial<Pensioner> = {}): Pensioner => ({ ssin: '55061500123', birthDate: '1955-06-15', deceaseDate: null, rate: 'SINGLE', cohabiting: false, ...over });
const career = (from: string, monthlyWage = 2500, jointCommittee = '200'): Careers => ({
  employee: [{ begin: from, end: '2020-06-30', fraction: 1, monthlyWage, jointCommittee }],
  selfEmployed: { years: 0, yearlyIncome: 0 },
});
const employeeRight = (p: Pensioner, c: Careers, on = '2026-01-01') => deriveRights(p, c, on).find((r) => r.row.advantage_code === '01');

describe('the pension derived from the career', () => {
  it('starts the first day of the month after the legal pension age, later for the younger generations', () => {
    expect(pensionDate('1955-06-15')).toBe('2020-07-01');
    expect(pensionDate('1959-12-03')).toBe('2025-01-01');
    expect(pensionDate('1960-01-20') > '2026-01-01').toBe(true);
    expect(pensionDate('1963-05-01')).toBe('2029-06-01');
    expect(pensionDate('1964-05-01')).toBe('2031-06-01');
  });

  it('gives nothing to a person under the pension age on the reference date, or who died before it', () => {
    expect(deriveRights(worker({ birthDate: '1960-03-01' }), career('1985-01-01'), '2026-01-01')).toEqual([]);
    expect(deriveRights(worker(), career('1985-01-01'), '2020-06-30')).toEqual([]);
    expect(deriveRights(worker({ deceaseDate: '2019-12-31' }), career('1985-01-01'), '2026-01-01')).toEqual([]);
    expect(deriveRights(worker(), { employee: [], selfEmployed: { years: 0, yearlyIncome: 0 } }, '2026-01-01')).toEqual([]);
  });

  it('pays more for a longer career and a higher wage, up to the wage ceiling', () => {
    const short = employeeRight(worker(), career('2000-01-01'))!;
    const long = employeeRight(worker(), career('1980-01-01'))!;
    expect(long.amount2024).toBeGreaterThan(short.amount2024);
    expect(long.row.career_years).toBeGreaterThan(short.row.career_years);
    const richer = employeeRight(worker(), career('1980-01-01', 3500))!;
    expect(richer.amount2024).toBeGreaterThan(long.amount2024);
    const capped = (wage: number) => employeePension([{ begin: '1980-01-01', end: '2020-06-30', fraction: 1, monthlyWage: wage }], '2020-07-01', 'SINGLE').monthly;
    expect(capped(20000)).toBe(capped(30000));
    // Half time counts half.
    const half = employeePension([{ begin: '1980-01-01', end: '2020-06-30', fraction: 0.5, monthlyWage: 3500 }], '2020-07-01', 'SINGLE');
    expect(half.monthly).toBeCloseTo(richer.amount2024 / 2, 0);
  });

  it('pays the household rate more than the single rate, and counts no more than 45 years', () => {
    const single = employeeRight(worker(), career('1985-01-01', 3000))!;
    const household = employeeRight(worker({ rate: 'HOUSEHOLD' }), career('1985-01-01', 3000))!;
    expect(household.amount2024).toBeGreaterThan(single.amount2024);
    expect(household.row.household_code).toBe(1);
    expect(single.row.household_code).toBe(2);
    const sixty = employeePension([{ begin: '1960-01-01', end: '2020-06-30', fraction: 1, monthlyWage: 3000 }], '2020-07-01', 'SINGLE');
    const fortyFive = employeePension([{ begin: '1975-07-01', end: '2020-06-30', fraction: 1, monthlyWage: 3000 }], '2020-07-01', 'SINGLE');
    expect(sixty.years).toBe(FULL_CAREER_YEARS);
    expect(sixty.monthly).toBeCloseTo(fortyFive.monthly, 0);
    expect(unityOfCareer(40, 20)).toBe(5);
  });

  it('raises a long career to the minimum pension, not a short one', () => {
    expect(withMinimum(500, 40, 40, 'SINGLE')).toBeGreaterThan(500);
    expect(withMinimum(500, 20, 20, 'SINGLE')).toBe(500);
  });

  it('closes the rights on the day of death and pays up to that month, the first months late with their arrears', () => {
    const rights = deriveRights(worker({ deceaseDate: '2024-03-10' }), career('1980-01-01'), '2026-01-01');
    expect(rights.every((r) => r.row.right_close === '2024-03-10')).toBe(true);
    const [payments] = paymentsOf(rights);
    const regular = payments.filter((p) => p.holiday === 0);
    expect(regular[regular.length - 1].reference_start).toBe('2024-03');
    expect(regular[0].reference_start).toBe('2020-07');
    expect(regular[0].payment_month > regular[0].reference_start).toBe(true);
    for (const p of payments) expect(p.precomptable).toBeCloseTo(p.gross - p.ami_amount - p.solidarity_amount, 2);
    // The holiday allowance comes with the May pension of the years after the first.
    expect(payments.filter((p) => p.holiday === 1).map((p) => p.reference_start)).toEqual(['2021-05', '2022-05', '2023-05']);
  });

  it('adds the GRAPA to a low pension only, less for a person living with a partner', () => {
    const low = worker();
    const lowRights = deriveRights(low, career('2010-01-01', 2000), '2026-01-01');
    const single = deriveGrapa(low, lowRights)!;
    expect(single.row.advantage_code).toBe('30');
    const cohabiting = deriveGrapa({ ...low, cohabiting: true }, lowRights)!;
    expect(cohabiting.amount2024).toBeLessThan(single.amount2024);
    expect(deriveGrapa(low, deriveRights(low, career('1975-01-01', 4000), '2026-01-01'))).toBeUndefined();
  });

  it('adds a sector plan (second pillar) for the years in its joint committee since 2004 only', () => {
    const textile = deriveRights(worker(), career('1980-01-01', 2500, '120'), '2026-01-01').find((r) => r.row.pillar === 'Second')!;
    expect([textile.row.institution, textile.kind]).toEqual(['FUND_TEXTILE', 'ANNUITY']);
    const construction = deriveRights(worker(), career('1980-01-01', 2500, '124'), '2026-01-01').find((r) => r.row.pillar === 'Second')!;
    expect([construction.kind, construction.row.periodicity]).toEqual(['CAPITAL', 'K']);
    expect(deriveRights(worker(), career('1980-01-01', 2500, '200'), '2026-01-01').some((r) => r.row.pillar === 'Second')).toBe(false);
    const later = deriveRights(worker(), career('2012-01-01', 2500, '120'), '2026-01-01').find((r) => r.row.pillar === 'Second')!;
    expect(later.amount2024).toBeLessThan(textile.amount2024);
  });
});
