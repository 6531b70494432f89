import { hitsOf, AlertReaders } from '../../src/sources/alerts/detect';
import { DEFAULT_ALERT_RULES, parseAlertRules } from '../../src/sources/alerts/rules';
import { reminderDayAtOrBefore } from '../../src/sources/alerts';

const SSIN = '85061295131';
const GENT = '0244021019';

/** Readers that hold only the rows a case gives (the rest empty), typed as the real ones. */
function readers(rows: { employments?: object[]; dmfa?: object[]; payments?: object[]; pensions?: object[]; careers?: object[]; incapacities?: object[]; periods?: object[] }): AlertReaders {
  return {
    rsz: { employments: () => rows.employments ?? [], dmfa: () => rows.dmfa ?? [] },
    rva: { payments: () => rows.payments ?? [] },
    pension: { rightsBetween: () => rows.pensions ?? [] },
    rsvz: { careerPeriods: () => rows.careers ?? [] },
    nic: { incapacityPeriods: () => rows.incapacities ?? [] },
    podmi: { periods: () => rows.periods ?? [] },
  } as unknown as AlertReaders;
}
const rule = (id: string, minAmount = 0) => ({ ...DEFAULT_ALERT_RULES.find((r) => r.id === id)!, minAmount });
const grant = { ssin: SSIN, ocmw_cbe: GENT, begin: '2026-04-01', end: '2026-06-30' as string | null };
const hits = (id: string, r: AlertReaders, g = grant, min = 0) => hitsOf(rule(id, min), r, g, '2026-11-16').map((h) => [h.ref, h.begin, h.end, h.amount]);

describe('X09 alert rules crossing an accepted period (src/sources/alerts/detect.ts)', () => {
  it('KL01 DmfA: a quarter with a wage inside the period, all employers added up; not the quarters outside, not a zero wage, not under the threshold', () => {
    const r = readers({
      employments: [{ id: 1, noss_number: 'A' }, { id: 2, noss_number: 'B' }],
      dmfa: [{ quarter: '2026Q1', wage_amount: 100 }, { quarter: '2026Q2', wage_amount: 1200 }, { quarter: '2026Q3', wage_amount: 0 }],
    });
    // Both employers answer the same rows here: the quarter's wage is their sum.
    expect(hits('KL01', r)).toEqual([['DMFA:2026Q2', '2026-04-01', '2026-06-30', 2400]]);
    expect(hits('KL01', r, grant, 2401)).toEqual([]);
  });

  it('KL02 Dimona: an employment overlapping the period, not one that ended before', () => {
    const r = readers({ employments: [{ id: 1, begin_date: '2020-01-01', end_date: '2026-03-31' }, { id: 2, begin_date: '2026-05-10', end_date: null }] });
    expect(hits('KL02', r)).toEqual([['DIMONA:2', '2026-05-10', '2026-06-30', null]]);
  });

  it('KL03 RVA: a month paid inside the period, not one outside', () => {
    const r = readers({ payments: [{ month: '2026-03', gross_amount: 900 }, { month: '2026-06', gross_amount: 450.5 }, { month: '2026-06', gross_amount: 50 }] });
    expect(hits('KL03', r)).toEqual([['RVA:2026-06', '2026-06-01', '2026-06-30', 500.5]]);
  });

  it('KL04 pension, KL06 incapacity: a right running in the period; closed before it: none', () => {
    const pension = readers({ pensions: [{ id: 7, right_start: '2026-05-01', right_close: null, monthly_amount: 1500 }, { id: 8, right_start: '2020-01-01', right_close: '2026-01-31', monthly_amount: 10 }] });
    expect(hits('KL04', pension)).toEqual([['PENSION:7', '2026-05-01', '2026-06-30', 1500]]);
    const nic = readers({ incapacities: [{ id: 3, begin_date: '2026-06-20', end_date: '2026-08-01', daily_gross_amount: 61.2 }, { id: 4, begin_date: '2025-01-01', end_date: '2025-02-01', daily_gross_amount: 61.2 }] });
    expect(hits('KL06', nic)).toEqual([['NIC:3', '2026-06-20', '2026-06-30', 61.2]]);
  });

  it('KL05 self-employed: an activity in the period, not an equivalent (assimilated) period', () => {
    const r = readers({ careers: [{ id: 1, period_type: 'ACTIVITY', begin_date: '2026-06-01', end_date: null }, { id: 2, period_type: 'EQUIVALENT_PERIOD', begin_date: '2026-04-01', end_date: null }] });
    expect(hits('KL05', r)).toEqual([['RSVZ:1', '2026-06-01', '2026-06-30', null]]);
  });

  it('KL07 another OCMW\'s living wage overlapping the period; the deciding OCMW\'s own periods are none', () => {
    const r = readers({ periods: [{ id: 5, ocmw_cbe: '0211002021', begin_date: '2026-01-01', end_date: '2026-04-15', monthly_amount: 876.13 }, { id: 6, ocmw_cbe: GENT, begin_date: '2026-04-01', end_date: null, monthly_amount: 1 }] });
    expect(hits('KL07', r)).toEqual([['PODMI:5', '2026-04-01', '2026-04-15', 876.13]]);
  });

  it('an open period is crossed up to today', () => {
    const r = readers({ employments: [{ id: 1, begin_date: '2020-01-01', end_date: null }] });
    expect(hits('KL02', r, { ...grant, end: null })).toEqual([['DIMONA:1', '2026-04-01', '2026-11-16', null]]);
  });

  it('reminder days are the first of March and of October; rules sent by hand are checked', () => {
    expect(['2026-02-28', '2026-03-01', '2026-09-30', '2026-12-31'].map(reminderDayAtOrBefore)).toEqual(['2025-10-01', '2026-03-01', '2026-03-01', '2026-10-01']);
    expect(parseAlertRules({ rules: DEFAULT_ALERT_RULES })).toEqual(DEFAULT_ALERT_RULES);
    expect(parseAlertRules({ rules: [DEFAULT_ALERT_RULES[0], DEFAULT_ALERT_RULES[0]] })).toMatch(/used twice/);
    expect(parseAlertRules({ rules: [{ ...DEFAULT_ALERT_RULES[0], minAmount: -1 }] })).toMatch(/minAmount/);
    expect(parseAlertRules({ rules: [{ ...DEFAULT_ALERT_RULES[0], alertType: '1' }] })).toMatch(/alertType/);
    expect(parseAlertRules([])).toMatch(/Send/);
  });
});
