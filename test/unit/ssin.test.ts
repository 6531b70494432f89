import { checkSsin, formatSsin, isValidSsin, makeSsin } from '../../src/domain/ssin';
import { isValidKbo, makeKbo, formatKbo } from '../../src/domain/kbo';

const TODAY = new Date('2026-11-22T00:00:00Z');

describe('SSIN rules (contracts.md §7)', () => {
  it('accepts the public example numbers', () => {
    expect(isValidSsin('68060105329', TODAY)).toBe(true);
    expect(isValidSsin('85073003328', TODAY)).toBe(true);
  });

  it('rejects a wrong check digit and wrong formats', () => {
    expect(checkSsin('68060105328', TODAY)).toEqual({ ok: false, problem: 'checksum' });
    expect(checkSsin('6806010532', TODAY)).toEqual({ ok: false, problem: 'format' });
    expect(checkSsin('6806010532a', TODAY)).toEqual({ ok: false, problem: 'format' });
  });

  it('rejects months outside the RR, BIS and TER ranges and a zero RR counter', () => {
    expect(checkSsin(makeSsin('1980-01-01', 1).replace(/^(\d{2})01/, '$115'), TODAY).ok).toBe(false);
    const zeroCounter = '800101000';
    expect(checkSsin(zeroCounter + String(97 - (Number(zeroCounter) % 97)).padStart(2, '0'), TODAY)).toEqual({ ok: false, problem: 'structure' });
  });

  it('applies the 2000 rule: the 9 digits are prefixed with 2 for births from 2000', () => {
    const s = makeSsin('2010-09-15', 1);
    const nine = s.slice(0, 9);
    expect(Number(s.slice(9))).toBe(97 - Number(BigInt('2' + nine) % 97n));
    const info = checkSsin(s, TODAY);
    expect(info.ok && info.info.birthDate).toBe('2010-09-15');
    expect(info.ok && info.info.century).toBe(2000);
  });

  it('does not take a 2000-rule match for a birth in the future', () => {
    // 50-01-01 would be 2050: only the 1900 reading may count.
    const nine = '500101001';
    const only2000 = nine + String(97 - Number(BigInt('2' + nine) % 97n)).padStart(2, '0');
    expect(isValidSsin(only2000, TODAY)).toBe(false);
  });

  it('derives the gender from the counter and BIS/TER from the month', () => {
    const male = checkSsin(makeSsin('1985-06-12', 951), TODAY);
    expect(male.ok && male.info).toMatchObject({ kind: 'RR', gender: 1, birthDate: '1985-06-12' });
    const bis = checkSsin(makeSsin('1993-03-17', 963, 'BIS'), TODAY);
    expect(bis.ok && bis.info).toMatchObject({ kind: 'BIS', gender: undefined, birthDate: '1993-03-17' });
    const ter = checkSsin(makeSsin('1993-03-17', 964, 'TER'), TODAY);
    expect(ter.ok && ter.info).toMatchObject({ kind: 'TER', gender: 2 });
    expect(makeSsin('1993-03-17', 963, 'BIS').slice(2, 4)).toBe('23');
    expect(makeSsin('1993-03-17', 963, 'TER').slice(2, 4)).toBe('43');
  });

  it('accepts incomplete birth dates (month or day 00)', () => {
    const s = makeSsin('1982-07-00', 959, 'BIS');
    const c = checkSsin(s, TODAY);
    expect(c.ok && c.info.birthDate).toBe('1982-07-00');
  });

  it('formats the eID way', () => {
    expect(formatSsin('68060105329')).toBe('68.06.01-053.29');
  });
});

describe('KBO / BCE numbers', () => {
  it('builds and checks the modulo-97 check digits', () => {
    const kbo = makeKbo('02440210');
    expect(kbo).toHaveLength(10);
    expect(isValidKbo(kbo)).toBe(true);
    expect(isValidKbo(kbo.slice(0, 8) + String((Number(kbo.slice(8)) + 1) % 100).padStart(2, '0'))).toBe(false);
    expect(isValidKbo('2' + kbo.slice(1))).toBe(false);
    expect(formatKbo('0212344876')).toBe('0212.344.876');
    expect(isValidKbo('0212344876')).toBe(true);
  });
});
