import { phoneticKey } from '../../src/domain/phonetic';

describe('phonetic key', () => {
  it('makes spellings that sound alike equal', () => {
    expect(phoneticKey('Janssens')).toBe(phoneticKey('Janssen'));
    expect(phoneticKey('Jansens')).toBe(phoneticKey('JANSSENS'));
    expect(phoneticKey('Maës')).toBe(phoneticKey('Maes'));
    expect(phoneticKey('De Smet')).toBe(phoneticKey('Desmet'));
  });

  it('keeps different names apart', () => {
    expect(phoneticKey('Janssens')).not.toBe(phoneticKey('Peeters'));
    expect(phoneticKey('Claes')).not.toBe(phoneticKey('Wouters'));
  });
});
