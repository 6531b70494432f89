import { decide, DEFAULT_RULES, Facts, parseRuleSet } from '../../src/sources/podmi/rules';
import { derivedPeriods } from '../../src/sources/podmi/derive';
import { EquivalentFile, equivalentFiles } from '../../src/sources/podmi/refunds';
import type { Attest, DeclaredForm } from '../../src/sources/podmi';

const GENT = '0244021019';
const ANTWERPEN = '0211002021';

const formB = (f: Partial<DeclaredForm> = {}): DeclaredForm => ({
  attest_id: '024402101980001', form_type: 'B', ocmw_cbe: GENT, ocmw_nis: '44021', ssin: '85061295131', message_status: 0,
  entry_date: '2026-01-01', end_date: null, council_decision: 'GRANTED', beneficiary_category: 2, monthly_amount: 1314.2, decision_date: '2025-12-20',
  decision_nature: null, original_form: null, recovery_type: null, recovered_amount: null, recovery_begin: null, recovery_end: null, ...f,
});
const facts = (f: Partial<Facts> = {}): Facts => ({
  integrations: [{ quality_code: 2, begin_date: '2025-01-01', end_date: null }],
  grants: [],
  deathDate: null,
  addresses: [{ nis_code: '44021', begin_date: '2010-01-01', end_date: null }],
  sameStartExists: false,
  premiums: [],
  equivalentFiles: [],
  ...f,
});
const rules = DEFAULT_RULES.rules;

describe('POD MI rule engine (src/sources/podmi/rules.ts)', () => {
  it('grants an installation premium (form I) once in a lifetime: refused when one was already granted, by any OCMW', () => {
    const premium = formB({ form_type: 'I', council_decision: null, beneficiary_category: null, monthly_amount: null });
    expect(decide(premium, facts(), rules)).toEqual({ evaluation: 'ACCEPTED', granted_begin: null, granted_end: null, errors: [], amounts: null });
    const again = decide(premium, facts({ premiums: [{ attest_id: '021100202180001', ocmw_cbe: ANTWERPEN, entry_date: '2020-05-01' }] }), rules);
    expect([again.evaluation, again.errors.map((e) => [e.code, e.rule])]).toEqual(['REFUSED', [['I00101', 'PMI050']]]);
    expect(decide({ ...premium, decision_date: null }, facts(), rules).errors.map((e) => e.code)).toEqual(['I00011']);
  });

  it('accepts a complete grant by the integrating OCMW, open-ended', () => {
    expect(decide(formB(), facts(), rules)).toEqual({ evaluation: 'ACCEPTED', granted_begin: '2026-01-01', granted_end: null, errors: [], amounts: null });
  });

  it('refuses with an error per missing mandatory field group, and without a period', () => {
    const d = decide(formB({ beneficiary_category: null, monthly_amount: null }), facts(), rules);
    expect(d.evaluation).toBe('REFUSED');
    expect(d.errors.map((e) => [e.code, e.rule])).toEqual([['B00011', 'PMI001'], ['B00012', 'PMI002']]);
    expect(d.errors[0].description).toMatch(/BeneficiaryCategory/);
    expect(d.granted_begin).toBeNull();
    // A refusal by the council needs no amount.
    expect(decide(formB({ council_decision: 'REFUSED', monthly_amount: null }), facts(), rules)).toMatchObject({ evaluation: 'ACCEPTED', granted_begin: null, errors: [] });
  });

  it('refuses when the OCMW has not integrated the person with quality code 2 on the start date', () => {
    expect(decide(formB(), facts({ integrations: [{ quality_code: 4, begin_date: '2025-01-01', end_date: null }] }), rules).errors.map((e) => e.code)).toEqual(['B00101']);
    expect(decide(formB(), facts({ integrations: [{ quality_code: 2, begin_date: '2025-01-01', end_date: '2025-12-31' }] }), rules).evaluation).toBe('REFUSED');
  });

  it('refuses when another OCMW grants an overlapping period, not when its grant ended before', () => {
    expect(decide(formB(), facts({ grants: [{ ocmw_cbe: ANTWERPEN, begin: '2024-03-01', end: null }] }), rules).errors.map((e) => e.code)).toEqual(['B00102']);
    expect(decide(formB(), facts({ grants: [{ ocmw_cbe: ANTWERPEN, begin: '2024-03-01', end: '2025-12-31' }] }), rules).evaluation).toBe('ACCEPTED');
    expect(decide(formB(), facts({ grants: [{ ocmw_cbe: GENT, begin: '2025-01-01', end: null }] }), rules).evaluation).toBe('ACCEPTED');
  });

  it('accepts in part up to the death, and refuses a start after it', () => {
    expect(decide(formB(), facts({ deathDate: '2026-03-10' }), rules)).toMatchObject({ evaluation: 'PARTIALLYACCEPTED', granted_begin: '2026-01-01', granted_end: '2026-03-10' });
    expect(decide(formB({ end_date: '2026-02-28' }), facts({ deathDate: '2026-03-10' }), rules).evaluation).toBe('ACCEPTED');
    expect(decide(formB(), facts({ deathDate: '2025-12-01' }), rules)).toMatchObject({ evaluation: 'REFUSED', granted_begin: null });
  });

  it('accepts in part up to a move to another municipality, following consecutive addresses in the same one', () => {
    const addresses = [
      { nis_code: '44021', begin_date: '2010-01-01', end_date: '2026-02-14' },
      { nis_code: '44021', begin_date: '2026-02-15', end_date: '2026-05-31' },
      { nis_code: '11002', begin_date: '2026-06-01', end_date: null },
    ];
    const d = decide(formB(), facts({ addresses }), rules);
    expect(d).toMatchObject({ evaluation: 'PARTIALLYACCEPTED', granted_end: '2026-05-31' });
    expect(d.errors.map((e) => e.code)).toEqual(['B00202']);
    expect(decide(formB({ entry_date: '2026-07-01' }), facts({ addresses, integrations: [{ quality_code: 2, begin_date: '2025-01-01', end_date: null }] }), rules).evaluation).toBe('REFUSED');
  });

  it('judges corrections: an original on a live start date and a correction of nothing are refused', () => {
    expect(decide(formB(), facts({ sameStartExists: true }), rules).errors.map((e) => e.code)).toEqual(['B00005']);
    expect(decide(formB({ message_status: 1 }), facts({ sameStartExists: false }), rules).evaluation).toBe('REFUSED');
    expect(decide(formB({ message_status: 1 }), facts({ sameStartExists: true }), rules).evaluation).toBe('ACCEPTED');
  });

  it('refuses a stop when nothing runs on its effective date', () => {
    const c = formB({ form_type: 'C', council_decision: null, beneficiary_category: null, monthly_amount: null, decision_nature: 2, entry_date: '2026-06-01' });
    expect(decide(c, facts({ grants: [{ ocmw_cbe: GENT, begin: '2026-01-01', end: null }] }), rules).evaluation).toBe('ACCEPTED');
    expect(decide(c, facts({ grants: [{ ocmw_cbe: ANTWERPEN, begin: '2026-01-01', end: null }] }), rules).errors.map((e) => e.code)).toEqual(['C00101']);
  });

  it('follows the rules as data: a disabled rule does not apply, an edited evaluation does', () => {
    const off = rules.map((r) => (r.id === 'PMI011' ? { ...r, enabled: false } : r));
    expect(decide(formB(), facts({ grants: [{ ocmw_cbe: ANTWERPEN, begin: '2024-03-01', end: null }] }), off).evaluation).toBe('ACCEPTED');
    const strict = rules.map((r) => (r.id === 'PMI020' ? { ...r, evaluation: 'REFUSED' as const } : r));
    expect(decide(formB(), facts({ deathDate: '2026-03-10' }), strict).evaluation).toBe('REFUSED');
  });

  it('validates an edited rule set by hand, naming the problem', () => {
    expect(parseRuleSet(DEFAULT_RULES)).toEqual(DEFAULT_RULES);
    expect(parseRuleSet({ rules: [] })).toEqual({ decisionDelayDays: 0, rules: [] });
    expect(parseRuleSet('x')).toMatch(/Send/);
    expect(parseRuleSet({ decisionDelayDays: -1, rules: [] })).toMatch(/decisionDelayDays/);
    expect(parseRuleSet({ rules: [{ ...rules[0], kind: 'NOPE' }] })).toMatch(/^rules\[0\]: kind/);
    expect(parseRuleSet({ rules: [{ ...rules[5], evaluation: 'PARTIALLYACCEPTED' }] })).toMatch(/^rules\[0\]: evaluation: REFUSED for kind INTEGRATION/);
    expect(parseRuleSet({ rules: [rules[0], rules[0]] })).toMatch(/used twice/);
    expect(parseRuleSet({ rules: [{ ...rules[0], errorCode: 'TOOLONG1' }] })).toMatch(/errorCode/);
    expect(parseRuleSet({ rules: [{ ...rules[0], params: { formType: 'B', fields: ['Nope'] } }] })).toMatch(/params.fields/);
    expect(parseRuleSet({ rules: [{ ...rules[5], params: { qualityCodes: [] } }] })).toMatch(/qualityCodes/);
  });
});

describe('POD MI on the Loi 65 refunds and recoveries (P05: PMI070-PMI074)', () => {
  const file = (f: Partial<EquivalentFile> = {}): EquivalentFile => ({
    attest_id: '024402106520001', ocmw_cbe: GENT, suffix: 0, begin: '2026-11-01', end: '2027-04-30', category: 3, aids: ['FinancialAid', 'MedicalAndPharmaceuticalCosts'], ...f,
  });
  type Line = { key: string; amount: number; number?: string };
  const refund = (lines: Line[], f: Partial<DeclaredForm> = {}, extra: { totalAmount?: number; doubleMaximum?: boolean } = {}): DeclaredForm => ({
    ...formB({ attest_id: '0244021065D0001', form_type: 'D1', entry_date: '2026-12-01', council_decision: null, beneficiary_category: null, monthly_amount: null, decision_date: null, suffix: 0, ...f }),
    details: JSON.stringify({ lines, totalAmount: extra.totalAmount ?? lines.reduce((s, l) => s + l.amount, 0), doubleMaximum: extra.doubleMaximum ?? false }),
  });
  const judged = (form: DeclaredForm, files = [file()], set = rules) => {
    const d = decide(form, facts({ equivalentFiles: files }), set);
    return { evaluation: d.evaluation, codes: d.errors.map((e) => e.code), amounts: d.amounts && d.amounts.lines.map((l) => [l.key, l.accepted, l.percentage]), total: d.amounts?.total };
  };

  it('accepts a D1 of a month the file covers, the amounts of granted aids in full at 100 %', () => {
    expect(judged(refund([{ key: 'FinancialAid', amount: 150000 }, { key: 'MedicalCosts', amount: 2000 }]))).toEqual({
      evaluation: 'ACCEPTED', codes: [], amounts: [['FinancialAid', 150000, 100], ['MedicalCosts', 2000, 100]], total: 152000,
    });
  });

  it('refuses a refund without a file of the declaring OCMW for the month, the beneficiary or the date, and one whose total is wrong', () => {
    expect(judged(refund([{ key: 'FinancialAid', amount: 1000 }]), [])).toMatchObject({ evaluation: 'REFUSED', codes: ['D10101'], amounts: null });
    expect(judged(refund([{ key: 'FinancialAid', amount: 1000 }], { entry_date: '2027-05-01' })).codes).toEqual(['D10101']);
    expect(judged(refund([{ key: 'FinancialAid', amount: 1000 }]), [file({ ocmw_cbe: ANTWERPEN })]).codes).toEqual(['D10101']);
    // The file's last month counts, whichever day in it the file ends.
    expect(judged(refund([{ key: 'FinancialAid', amount: 1000 }], { entry_date: '2027-04-01' }), [file({ end: '2027-04-03' })]).evaluation).toBe('ACCEPTED');
    const bill = [{ key: 'HospitalizationcostsBill', amount: 50000, number: 'F1' }];
    expect(judged(refund(bill, { form_type: 'D2', entry_date: '2026-12-10', suffix: 1 }), [file({ suffix: 1 })]).evaluation).toBe('ACCEPTED');
    expect(judged(refund(bill, { form_type: 'D2', entry_date: '2026-12-10', suffix: 2 }), [file({ suffix: 1 })]).codes).toEqual(['D10101']);
    expect(judged(refund([{ key: 'FinancialAid', amount: 1000 }], {}, { totalAmount: 999 }))).toMatchObject({ evaluation: 'REFUSED', codes: ['D10011'] });
  });

  it('accepts in part: aids the B1 did not grant at 0, the financial aid up to the scale (twice with DoubleMaximum); refused when nothing granted is left', () => {
    expect(judged(refund([{ key: 'FinancialAid', amount: 1000 }, { key: 'HousingCosts', amount: 40000 }]))).toMatchObject({
      evaluation: 'PARTIALLYACCEPTED', codes: ['D10102'], amounts: [['FinancialAid', 1000, 100], ['HousingCosts', 0, 0]], total: 1000,
    });
    expect(judged(refund([{ key: 'HousingCosts', amount: 40000 }]))).toMatchObject({ evaluation: 'REFUSED', codes: ['D10102'], amounts: null });
    // Category 3 (family): 1,776.07 euro a month in the modelled scale.
    expect(judged(refund([{ key: 'FinancialAid', amount: 200000 }]))).toMatchObject({ evaluation: 'PARTIALLYACCEPTED', codes: ['D10103'], amounts: [['FinancialAid', 177607, 100]] });
    expect(judged(refund([{ key: 'FinancialAid', amount: 200000 }], {}, { doubleMaximum: true }))).toMatchObject({ evaluation: 'ACCEPTED', total: 200000 });
    // A secondary beneficiary's row grants no financial aid; social aids are granted per beneficiary.
    expect(judged(refund([{ key: 'FinancialAid', amount: 1000 }, { key: 'PartnerAids/Art61Amount', amount: 500 }]), [file({ aids: ['FinancialAid', 'PartnerAids/Art61'] })]).evaluation).toBe('ACCEPTED');
    expect(judged(refund([{ key: 'FinancialAid', amount: 1000 }, { key: 'PrimaryBeneficiaryAids/Art61Amount', amount: 500 }]), [file({ aids: ['FinancialAid', 'PartnerAids/Art61'] })]).codes).toEqual(['D10102']);
  });

  it('follows the rules as data: PMI072 off accepts every amount, set to REFUSED refuses the form', () => {
    const lines = [{ key: 'FinancialAid', amount: 1000 }, { key: 'HousingCosts', amount: 40000 }];
    expect(judged(refund(lines), [file()], rules.map((r) => (r.id === 'PMI072' ? { ...r, enabled: false } : r)))).toMatchObject({ evaluation: 'ACCEPTED', total: 41000 });
    expect(judged(refund(lines), [file()], rules.map((r) => (r.id === 'PMI072' ? { ...r, evaluation: 'REFUSED' as const } : r))).evaluation).toBe('REFUSED');
    expect(typeof parseRuleSet({ rules: [rules.find((r) => r.id === 'PMI072')!] })).toBe('object');
    expect(parseRuleSet({ rules: [{ ...rules.find((r) => r.id === 'PMI071')!, evaluation: 'PARTIALLYACCEPTED' }] })).toMatch(/evaluation: REFUSED for kind REFUND_WITHOUT_FILE/);
  });

  it('refuses a recovery (F65) whose period of recovering meets no file of the OCMW and beneficiary', () => {
    const recovery = (begin: string, end: string | null, suffix = 0) =>
      refund([], { form_type: 'F65', entry_date: '2027-06-01', suffix, original_form: '1', recovery_type: '01', recovered_amount: 30000, recovery_begin: begin, recovery_end: end });
    expect(judged(recovery('2027-04-01', '2027-05-31'))).toEqual({ evaluation: 'ACCEPTED', codes: [], amounts: null, total: undefined });
    expect(judged(recovery('2027-05-01', '2027-05-31')).codes).toEqual(['F10101']);
    expect(judged(recovery('2027-04-01', null, 1)).codes).toEqual(['F10101']);
  });

  it('reads the files from the B1 rows: a form C65 of the same OCMW and suffix ends them the day before, refused rows are none', () => {
    const row = (id: number, f: Partial<DeclaredForm>, evaluation: 'ACCEPTED' | 'REFUSED' = 'ACCEPTED'): Attest => ({
      form: { ...formB({ attest_id: `A${id}`, ...f }), id, received_at: `2026-11-0${id}T10:00:00.000Z`, superseded_by: null },
      decision: { attest_id: `A${id}`, reference: `SPP000000${id}`, evaluation, granted_begin: null, granted_end: null, errors: [], amounts: null, decided_at: '', visible_from: '' },
    });
    const b1 = { form_type: 'B1' as const, entry_date: '2026-11-01', end_date: '2027-04-30', suffix: 1, beneficiary_category: 3, details: JSON.stringify({ requestedAids: ['FinancialAid', 'HousingCosts'], socialAids: { PartnerAids: ['Art61'] } }) };
    const files = equivalentFiles([row(1, b1), row(2, { form_type: 'C65', entry_date: '2027-02-01', suffix: 1 }), row(3, { ...b1, attest_id: 'x', suffix: 2 }, 'REFUSED')]);
    expect(files.map((f) => [f.attest_id, f.suffix, f.begin, f.end, f.aids])).toEqual([['A1', 1, '2026-11-01', '2027-01-31', ['HousingCosts', 'PartnerAids/Art61']]]);
  });
});

describe('derived living-wage periods (src/sources/podmi/derive.ts)', () => {
  const attest = (id: number, f: Partial<DeclaredForm>, d: Partial<Attest['decision']> = {}, receivedAt = `2026-0${id}-01T10:00:00.000Z`): Attest => ({
    form: { ...formB({ attest_id: `A${id}`, ...f }), id, received_at: receivedAt, superseded_by: null },
    decision: { attest_id: `A${id}`, reference: `SPP000000${id}`, evaluation: 'ACCEPTED', granted_begin: f.entry_date ?? '2026-01-01', granted_end: null, errors: [], amounts: null, decided_at: receivedAt, visible_from: receivedAt, ...d },
  });
  const seeded = [{ id: 7, ssin: '85061295131', ocmw_cbe: GENT, ocmw_nis: '44021', region: 'FLANDERS' as const, category: 'LIVING_WAGE' as const, beneficiary_category: 2 as const, monthly_amount: 1314.2, begin_date: '2025-01-01', end_date: null, decision_date: '2025-01-21' }];
  const view = (p: ReturnType<typeof derivedPeriods>) => p.map((x) => [x.ocmw_cbe, x.begin_date, x.end_date]);

  it('a change ends the earlier period the day before; a stop ends what it finds; only visible decisions count', () => {
    const b = attest(2, { entry_date: '2026-02-01' });
    expect(view(derivedPeriods(seeded, [b], '2026-12-01'))).toEqual([[GENT, '2025-01-01', '2026-01-31'], [GENT, '2026-02-01', null]]);
    expect(view(derivedPeriods(seeded, [b], '2026-01-15'))).toEqual([[GENT, '2025-01-01', null]]);
    const c = attest(3, { form_type: 'C', entry_date: '2026-05-01', council_decision: null }, { granted_begin: null });
    expect(view(derivedPeriods(seeded, [b, c], '2026-12-01'))).toEqual([[GENT, '2025-01-01', '2026-01-31'], [GENT, '2026-02-01', '2026-04-30']]);
    // A stop effective on the start of a period removes it.
    const c2 = attest(4, { form_type: 'C', entry_date: '2026-02-01', council_decision: null }, { granted_begin: null });
    expect(view(derivedPeriods(seeded, [b, c2], '2026-12-01'))).toEqual([[GENT, '2025-01-01', '2026-01-31']]);
    // Refused and superseded forms count for nothing.
    const refused = attest(5, { entry_date: '2026-03-01' }, { evaluation: 'REFUSED', granted_begin: null });
    const superseded = { ...attest(6, { entry_date: '2026-04-01' }), form: { ...attest(6, { entry_date: '2026-04-01' }).form, superseded_by: 'A9' } };
    expect(view(derivedPeriods(seeded, [refused, superseded], '2026-12-01'))).toEqual([[GENT, '2025-01-01', null]]);
  });
});
