import { FOREIGN, LAST_NAMES } from '../../fixtures/generator';
import { PERSONAS } from '../../fixtures/personas';

describe('persona names stay out of the generated population (fixtures/generator.ts)', () => {
  const generated = [...Object.values(LAST_NAMES).flat(), ...FOREIGN.map((f) => f.last)];

  it.each(PERSONAS.filter((p) => p.key !== 'unknown-ssin').map((p) => [p.key, p.name]))('%s (%s) has a surname no generated person has', (_key, name) => {
    for (const last of generated) expect(name.endsWith(` ${last}`)).toBe(false);
  });

  it('gives every persona a surname of its own', () => {
    const surnames = PERSONAS.filter((p) => p.key !== 'unknown-ssin').map((p) => p.name.split(' ').slice(1).join(' '));
    expect(new Set(surnames).size).toBe(surnames.length);
  });
});
