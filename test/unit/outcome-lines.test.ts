import { operationOutcomes, serviceOutcomes } from '../../src/personas/outcome';

describe('outcome lines (src/personas/outcome.ts)', () => {
  it('gives several personas the same answer with .each, in the order given', () => {
    const line = operationOutcomes('R10', 'consultSsinHistory');
    const lines = line.each(['standard', 'employed'], 'DATA_FOUND', 'MSG00000', 'One record.');
    expect(lines.map((o) => o.persona)).toEqual(['standard', 'employed']);
    expect(lines.every((o) => o.service === 'R10' && o.operation === 'consultSsinHistory' && o.expect.code === 'MSG00000')).toBe(true);
    expect(lines[0]).not.toHaveProperty('request');
  });

  it('starts every request from the defaults: values merge (the line wins), include and exclude add up', () => {
    const line = operationOutcomes('S20', 'getLivingWagePeriods', { values: { 'period/beginDate': '2024-01-01' }, exclude: ['a'] });
    const plain = line('standard', 'DATA_FOUND', 'MSG00000', 'x');
    expect(plain.request).toEqual({ values: { 'period/beginDate': '2024-01-01' }, exclude: ['a'] });
    const own = line('standard', 'NO_RESULT', 'MSG00013', 'y', { role: 'ADMIN_STAFF', values: { 'period/beginDate': '2020-01-01', 'period/endDate': '2020-12-31' }, exclude: ['b'], include: ['c'] });
    expect(own.request).toEqual({
      role: 'ADMIN_STAFF',
      values: { 'period/beginDate': '2020-01-01', 'period/endDate': '2020-12-31' },
      exclude: ['a', 'b'],
      include: ['c'],
    });
  });

  it('a service line names its operation and shares the defaults', () => {
    const s20 = serviceOutcomes('S20', { values: { v: '1' } });
    const o = s20('family', 'getLivingWages', 'DATA_FOUND', 'MSG00000', 'z', { values: { w: '2' } });
    expect(o).toMatchObject({ persona: 'family', service: 'S20', operation: 'getLivingWages', request: { values: { v: '1', w: '2' } } });
  });
});
