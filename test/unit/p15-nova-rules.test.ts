import { decideRight, DEFAULT_NOVA_RULES, holds, NovaRule, parseNovaRules, ResidenceFacts } from '../../src/sources/nova';
import { nationalityGroupOf, wholeMonths } from '../../src/services/P/PCSASocialInquiryService/facts';

/** A third-country national with a valid A card in the foreigners register for two years, unless said otherwise. */
function facts(over: Partial<ResidenceFacts> = {}, document: Partial<NonNullable<ResidenceFacts['document']>> | null = {}): ResidenceFacts {
  return {
    nationality: 354,
    nationalityGroup: 'THIRD_COUNTRY',
    register: 'FOREIGNERS',
    document: document === null ? null : { cardType: 'A', ground: 'WORK', begin: '2024-11-01', end: '2027-10-31', ...document },
    stayMonths: 24,
    waitingSituation: null,
    ...over,
  };
}

const decide = (f: ResidenceFacts, rules = DEFAULT_NOVA_RULES) => {
  const d = decideRight(f, rules);
  return `${d.right} ${d.id} ${d.reasonCode}`;
};

describe('P15 Nova+ rules: the default list', () => {
  it.each<[string, ResidenceFacts, string]>([
    ['a Belgian', facts({ nationality: 150, nationalityGroup: 'BELGIAN', register: 'POPULATION', stayMonths: null }, null), 'LIVING_WAGE NV01 RES001'],
    ['a recognised refugee in the foreigners register', facts({}, { ground: 'REFUGEE' }), 'LIVING_WAGE NV02 RES002'],
    ['a recognised stateless person', facts({}, { cardType: 'B', ground: 'STATELESS' }), 'LIVING_WAGE NV03 RES003'],
    ['an EU citizen with permanent residence, even in an early month', facts({ nationality: 111, nationalityGroup: 'EU_EEA', stayMonths: 1 }, { cardType: 'E_PLUS', ground: 'EU_WORKER' }), 'LIVING_WAGE NV04 RES004'],
    ['an EU citizen with an E card after three months', facts({ nationality: 124, nationalityGroup: 'EU_EEA', stayMonths: 3 }, { cardType: 'E', ground: 'EU_WORKER' }), 'LIVING_WAGE NV05 RES005'],
    ['an EU citizen in the first three months', facts({ nationality: 124, nationalityGroup: 'EU_EEA', stayMonths: 2 }, { cardType: 'ANNEX_19', ground: 'EU_WORKER' }), 'NONE NV06 RES006'],
    ['an EU citizen whose annex 19 still runs after three months', facts({ nationality: 124, nationalityGroup: 'EU_EEA', stayMonths: 4 }, { cardType: 'ANNEX_19', ground: 'EU_WORKER' }), 'EQUIVALENT_LIVING_WAGE NV09 RES009'],
    ['a foreign national settled in the population register', facts({ register: 'POPULATION' }, { cardType: 'C', ground: 'LONG_TERM_RESIDENT' }), 'LIVING_WAGE NV07 RES007'],
    ['subsidiary protection', facts({}, { ground: 'SUBSIDIARY_PROTECTION' }), 'EQUIVALENT_LIVING_WAGE NV08 RES008'],
    ['a foreign national in the foreigners register', facts(), 'EQUIVALENT_LIVING_WAGE NV09 RES009'],
    ['an applicant in the waiting register', facts({ register: 'WAITING', waitingSituation: 20, stayMonths: 5 }, null), 'EQUIVALENT_LIVING_WAGE NV10 RES010'],
    ['a person without a residence document (irregular stay)', facts({ register: 'NONE' }, null), 'NONE NV99 RES099'],
    ['a refugee whose document has run out', facts({ register: 'NONE' }, null), 'NONE NV99 RES099'],
  ])('%s', (_what, f, expected) => {
    expect(decide(f)).toBe(expected);
  });

  it('the first enabled rule that holds decides; a disabled one is skipped; none holding is RES999', () => {
    const refugee = facts({}, { ground: 'REFUGEE' });
    const withoutNv02 = DEFAULT_NOVA_RULES.map((r) => (r.id === 'NV02' ? { ...r, enabled: false } : r));
    expect(decide(refugee, withoutNv02)).toBe('EQUIVALENT_LIVING_WAGE NV09 RES009');
    expect(decide(refugee, [])).toBe('NONE NONE RES999');
  });
});

describe('P15 Nova+ conditions', () => {
  it('each condition given must hold; a document condition fails without a document', () => {
    expect(holds({}, facts())).toBe(true);
    expect(holds({ cardTypes: ['A'] }, facts({}, null))).toBe(false);
    expect(holds({ grounds: ['WORK'], registers: ['FOREIGNERS'] }, facts())).toBe(true);
    expect(holds({ grounds: ['WORK'], registers: ['POPULATION'] }, facts())).toBe(false);
    expect(holds({ validDocument: false }, facts({}, null))).toBe(true);
    expect(holds({ validDocument: false }, facts())).toBe(false);
    expect(holds({ minStayMonths: 24 }, facts())).toBe(true);
    expect(holds({ maxStayMonths: 24 }, facts())).toBe(false);
    expect(holds({ maxStayMonths: 3 }, facts({ stayMonths: null }))).toBe(false);
    expect(holds({ waitingSituations: [20, 30] }, facts({ waitingSituation: 30 }))).toBe(true);
    expect(holds({ waitingSituations: [20] }, facts())).toBe(false);
  });

  it('counts whole months of stay and groups nationalities', () => {
    expect(wholeMonths('2025-03-03', '2025-06-02')).toBe(2);
    expect(wholeMonths('2025-03-03', '2025-06-03')).toBe(3);
    expect(wholeMonths('2025-03-03', '2026-11-16')).toBe(20);
    expect(wholeMonths('2025-03-03', '2025-03-03')).toBe(0);
    expect([150, 124, 139, 127, 354, 254].map(nationalityGroupOf)).toEqual(['BELGIAN', 'EU_EEA', 'EU_EEA', 'EU_EEA', 'THIRD_COUNTRY', 'THIRD_COUNTRY']);
  });
});

describe('P15 Nova+ rule lists sent to PUT /_admin/nova/rules', () => {
  it('accepts the default list as it is', () => {
    expect(parseNovaRules({ rules: DEFAULT_NOVA_RULES })).toEqual(DEFAULT_NOVA_RULES);
  });

  it('names the bad field', () => {
    const rule: NovaRule = DEFAULT_NOVA_RULES[0];
    expect(parseNovaRules([])).toMatch(/^Send \{"rules"/);
    expect(parseNovaRules({ rules: [{ ...rule, id: 'a b' }] })).toMatch(/^rules\[0\]\.id:/);
    expect(parseNovaRules({ rules: [{ ...rule, enabled: 'yes' }] })).toMatch(/^rules\[0\]\.enabled:/);
    expect(parseNovaRules({ rules: [{ ...rule, when: { cardTypes: [] } }] })).toMatch(/^rules\[0\]\.when\.cardTypes:/);
    expect(parseNovaRules({ rules: [{ ...rule, when: { validDocument: 1 } }] })).toMatch(/^rules\[0\]\.when\.validDocument:/);
    expect(parseNovaRules({ rules: [{ ...rule, when: { waitingSituations: ['20'] } }] })).toMatch(/^rules\[0\]\.when\.waitingSituations:/);
    expect(parseNovaRules({ rules: [{ ...rule, reasonText: '' }] })).toMatch(/^rules\[0\]\.reasonText:/);
    expect(parseNovaRules({ rules: [rule, { ...rule, id: 'NV02', right: 'RMI' }] })).toMatch(/^rules\[1\]\.right:/);
  });
});
