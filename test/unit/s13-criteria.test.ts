import { parseXml } from '../../src/xml/parse';
import { StatusError } from '../../src/services/types';
import { criteriaOf, monthSpan, parseMonth, readCriteria } from '../../src/services/S/UnemploymentDataService/criteria';
import { parseXsdDate as parseDate } from '../../src/domain/dates';

const request = (criteria: string) =>
  parseXml(`<u:consultRightsRequest xmlns:u="http://kszbcss.fgov.be/intf/UnemploymentDataService/v3"><legalContext>x</legalContext>${criteria}</u:consultRightsRequest>`);

/** The StatusError a reading throws: code and the first information. */
function refusal(fn: () => unknown): { value: string; code: string; fieldName?: string; fieldValue?: string } {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof StatusError)) throw e;
    return { value: e.value, code: e.def.code, fieldName: e.information[0]?.fieldName, fieldValue: e.information[0]?.fieldValue };
  }
  throw new Error('no refusal');
}

describe('S13 search criteria', () => {
  it('reads xs:date and xs:gYearMonth values, timezones included, and rejects impossible ones', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2024-05-15+02:00')).toBe('2024-05-15');
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('15/05/2024')).toBeUndefined();
    expect(parseMonth('2024-12Z')).toBe('2024-12');
    expect(parseMonth('2024-13')).toBeUndefined();
  });

  it('reads the criteria of one request once: every step that asks gets the same reading', () => {
    const r = request('<searchCriteria><ssin>1</ssin><date>2024-05-15</date></searchCriteria>');
    const first = criteriaOf(r, 'D');
    expect(first).toEqual({ ssin: '1', date: '2024-05-15' });
    expect(criteriaOf(r, 'D')).toBe(first);
    expect(criteriaOf(request('<searchCriteria><ssin>1</ssin></searchCriteria>'), 'D')).not.toBe(first);
  });

  it('counts months inclusively', () => {
    expect(monthSpan({ start: '2024-01', end: '2024-01' })).toBe(1);
    expect(monthSpan({ start: '2023-11', end: '2024-02' })).toBe(4);
  });

  it('reads each shape', () => {
    expect(readCriteria(request('<searchCriteria><ssin>85061295193</ssin></searchCriteria>'), 'D')).toEqual({ ssin: '85061295193' });
    expect(readCriteria(request('<searchCriteria><ssin>1</ssin><date>2024-05-15</date></searchCriteria>'), 'D')).toEqual({ ssin: '1', date: '2024-05-15' });
    expect(
      readCriteria(request('<searchCriteria><ssin>1</ssin><period><startMonth>2024-01</startMonth><endMonth>2024-06</endMonth></period><allAllowance>1</allAllowance></searchCriteria>'), 'MA'),
    ).toEqual({ ssin: '1', months: { start: '2024-01', end: '2024-06' }, allAllowance: true });
    expect(
      readCriteria(request('<searchCriteria><ssin>1</ssin><period><beginDate>2024-01-01</beginDate><endDate>2024-01-01</endDate></period></searchCriteria>'), 'P'),
    ).toEqual({ ssin: '1', period: { begin: '2024-01-01', end: '2024-01-01' } });
  });

  it('refuses missing or malformed criteria with NO_RESULT MSG00008 naming the field', () => {
    expect(refusal(() => readCriteria(request(''), 'S'))).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008', fieldName: 'searchCriteria' });
    expect(refusal(() => readCriteria(request('<searchCriteria/>'), 'S'))).toMatchObject({ code: 'MSG00008', fieldName: 'searchCriteria/ssin' });
    expect(refusal(() => readCriteria(request('<searchCriteria><ssin>1</ssin></searchCriteria>'), 'M'))).toMatchObject({ fieldName: 'searchCriteria/period' });
    expect(
      refusal(() => readCriteria(request('<searchCriteria><ssin>1</ssin><period><startMonth>2024-1</startMonth><endMonth>2024-06</endMonth></period></searchCriteria>'), 'M')),
    ).toMatchObject({ fieldName: 'searchCriteria/period/startMonth', fieldValue: '2024-1' });
    expect(
      refusal(() => readCriteria(request('<searchCriteria><ssin>1</ssin><period><beginDate>2024-01-01</beginDate></period></searchCriteria>'), 'P')),
    ).toMatchObject({ fieldName: 'searchCriteria/period/endDate' });
    expect(
      refusal(() => readCriteria(request('<searchCriteria><ssin>1</ssin><period><startMonth>2024-01</startMonth><endMonth>2024-06</endMonth></period><allAllowance>2</allAllowance></searchCriteria>'), 'MA')),
    ).toMatchObject({ fieldName: 'searchCriteria/allAllowance', fieldValue: '2' });
  });

  it('refuses a period that ends before it begins', () => {
    const months = '<period><startMonth>2024-06</startMonth><endMonth>2024-05</endMonth></period>';
    const dates = '<period><beginDate>2024-06-02</beginDate><endDate>2024-06-01</endDate></period>';
    for (const [criteria, shape] of [[months, 'M'], [dates, 'P']] as const) {
      expect(refusal(() => readCriteria(request(`<searchCriteria><ssin>1</ssin>${criteria}</searchCriteria>`), shape))).toMatchObject({
        code: 'MSG00008',
        fieldName: 'searchCriteria/period',
        fieldValue: 'Invalid Period: the enddate lies before the begindate',
      });
    }
  });
});
