import { decide, DEFAULT_RULES, Facts, parseRuleSet } from '../../src/sources/podmi/rules';
import { derivedPeriods } from '../../src/sources/podmi/derive';
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
  ...f,
});
const rules = DEFAULT_RULES.rules;

describe('POD MI rule engine (src/sources/podmi/rules.ts)', () => {
  it('grants an installation premium (form I) once in a lifetime: refused when one was already granted, by any OCMW', () => {
    const premium = formB({ form_type: 'I', council_decision: null, beneficiary_category: null, monthly_amount: null });
    expect(decide(premium, facts(), rules)).toEqual({ evaluation: 'ACCEPTED', granted_begin: null, granted_end: null, errors: [] });
    const again = decide(premium, facts({ premiums: [{ attest_id: '021100202180001', ocmw_cbe: ANTWERPEN, entry_date: '2020-05-01' }] }), rules);
    expect([again.evaluation, again.errors.map((e) => [e.code, e.rule])]).toEqual(['REFUSED', [['I00101', 'PMI050']]]);
    expect(decide({ ...premium, decision_date: null }, facts(), rules).errors.map((e) => e.code)).toEqual(['I00011']);
  });

  it('accepts a complete grant by the integrating OCMW, open-ended', () => {
    expect(decide(formB(), facts(), rules)).toEqual({ evaluation: 'ACCEPTED', granted_begin: '2026-01-01', granted_end: null, errors: [] });
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

describe('derived living-wage periods (src/sources/podmi/derive.ts)', () => {
  const attest = (id: number, f: Partial<DeclaredForm>, d: Partial<Attest['decision']> = {}, receivedAt = `2026-0${id}-01T10:00:00.000Z`): Attest => ({
    form: { ...formB({ attest_id: `A${id}`, ...f }), id, received_at: receivedAt, superseded_by: null },
    decision: { attest_id: `A${id}`, reference: `SPP000000${id}`, evaluation: 'ACCEPTED', granted_begin: f.entry_date ?? '2026-01-01', granted_end: null, errors: [], decided_at: receivedAt, visible_from: receivedAt, ...d },
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
