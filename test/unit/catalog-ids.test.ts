import { authorizationRowsOf, catalogIdsOf, operationCatalogId } from '../../src/services/catalog-ids';
import { SERVICES } from '../../src/services/registry';
import type { AuthorizationRule, ServiceDef } from '../../src/services/types';

/** A contract that serves several catalog rows, as Dolsis does (only the fields these functions read). */
const multiRow = {
  style: 'new',
  id: 'S01',
  operations: [{ name: 'findEmployersByWorker' }, { name: 'getEmploymentDetail', id: 'S02' }, { name: 'getEmployerDetail', id: 'S03' }],
} as unknown as ServiceDef;

const rule = (operation: string): AuthorizationRule => ({
  deliberation: 'test',
  requesterSector: 17,
  operation,
  legalContexts: [],
  roles: ['SOCIAL_WORKER'],
  qualityCodes: [],
  integrationCheck: 'NONE',
  periodRule: 'REQUEST_DATE',
  minPhase: 0,
  dataBlocks: ['*'],
  validFrom: '2000-01-01',
});

describe('catalog rows of operations (src/services/catalog-ids.ts)', () => {
  it("gives an operation its own row where it declares one, else the service's", () => {
    expect(operationCatalogId(multiRow, 'getEmployerDetail')).toBe('S03');
    expect(operationCatalogId(multiRow, 'findEmployersByWorker')).toBe('S01');
    expect(operationCatalogId(multiRow, 'unknownOperation')).toBe('S01');
    expect(operationCatalogId(multiRow, undefined)).toBe('S01');
    expect(catalogIdsOf(multiRow)).toEqual(['S01', 'S02', 'S03']);
  });

  it('seeds a rule for one operation under its row, and a rule for every operation under each row', () => {
    expect(authorizationRowsOf(multiRow, rule('getEmploymentDetail')).map((r) => r.catalogId)).toEqual(['S02']);
    expect(authorizationRowsOf(multiRow, rule('*')).map((r) => r.catalogId)).toEqual(['S01', 'S02', 'S03']);
  });

  it('keeps every served service whose operations declare no row of their own on its own ID', () => {
    for (const service of SERVICES) {
      if (catalogIdsOf(service).length > 1) continue;
      for (const r of service.authorizations ?? []) expect(authorizationRowsOf(service, r)).toEqual([{ catalogId: service.id, rule: r }]);
    }
  });
});
