import { readOnce } from '../../src/services/read-once';
import { parseXml } from '../../src/xml/parse';

describe('readOnce', () => {
  const element = (xml: string) => parseXml(xml);
  it('reads a request once however many steps ask, and each request on its own', () => {
    let reads = 0;
    const ssinOf = readOnce((r) => (reads++, r.local));
    const a = element('<a/>');
    expect([ssinOf(a), ssinOf(a), ssinOf(a)]).toEqual(['a', 'a', 'a']);
    expect(reads).toBe(1);
    expect(ssinOf(element('<b/>'))).toBe('b');
    expect(reads).toBe(2);
  });

  it('throws each time for a reading that fails, and keeps no result for it', () => {
    let reads = 0;
    const failing = readOnce(() => {
      reads++;
      throw new Error('invalid');
    });
    const a = element('<a/>');
    expect(() => failing(a)).toThrow('invalid');
    expect(() => failing(a)).toThrow('invalid');
    expect(reads).toBe(2);
  });
});
