import { createAppContext } from '../../src/app';
import { resolveConfig } from '../../src/config';
import { parseXml } from '../../src/xml/parse';
import { ClassicError } from '../../src/services/types';
import { parseXsdDate as dayOf } from '../../src/domain/dates';
import { readConsult } from '../../src/services/R/ReferenceManager/request';
import { qualityCodeLabel, sectorLabel } from '../../src/sources/sectors';
import { SSIN } from '../../fixtures/personas';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/ReferenceManagerFacade';
const C = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common';

describe('integrations in other sectors (the seed behind R03)', () => {
  const app = createAppContext(resolveConfig({ dataDir: ':memory:', logLevel: 'silent', population: 200 }));
  afterAll(() => app.close());
  const rows = (sql: string, ...params: unknown[]) => app.db.prepare(sql).all(...params) as Record<string, unknown>[];

  it('gives the standard and not-integrated personas none (the R02 tests count all their repertory rows)', () => {
    for (const ssin of [SSIN.standard, SSIN.notIntegrated]) expect(app.repertory.forSsin(ssin).filter((i) => i.sector !== 17)).toEqual([]);
  });

  it('writes one RSZ integration per employment and one RVA integration per unemployment right of the generated population', () => {
    const generated = "ssin IN (SELECT ssin FROM rr_person WHERE household_id >= 1000)";
    const key = (r: Record<string, unknown>) => `${r.ssin} ${r.begin_date} ${r.end_date}`;
    const rsz = rows(`SELECT ssin, begin_date, end_date FROM ksz_inscription WHERE sector = 12 AND ${generated} ORDER BY 1, 2`).map(key);
    const employments = rows(`SELECT ssin, begin_date, end_date FROM rsz_employment WHERE ${generated} ORDER BY 1, 2`).map(key);
    expect(rsz.length).toBeGreaterThan(0);
    expect(rsz).toEqual(employments);
    const rva = rows(`SELECT ssin, begin_date, end_date FROM ksz_inscription WHERE sector = 18 AND ${generated} ORDER BY 1, 2`).map(key);
    expect(rva).toEqual(rows(`SELECT ssin, begin_date, end_date FROM rva_right WHERE ${generated} ORDER BY 1, 2`).map(key));
  });

  it('insures nearly everybody at a mutuality and gives children child benefits, all in the PRIMARY register', () => {
    const persons = rows('SELECT COUNT(*) AS n FROM rr_person WHERE household_id >= 1000')[0].n as number;
    const insured = rows('SELECT COUNT(DISTINCT ssin) AS n FROM ksz_inscription WHERE sector = 11')[0].n as number;
    expect(insured / persons).toBeGreaterThan(0.9);
    expect(rows("SELECT COUNT(*) AS n FROM ksz_inscription WHERE sector <> 17 AND register <> 'PRIMARY'")[0].n).toBe(0);
    const child = rows("SELECT p.ssin FROM rr_person p WHERE p.household_id >= 1000 AND p.birth_date > '2008-01-01' LIMIT 1")[0].ssin as string;
    expect(app.repertory.forSsin(child).map((i) => `${i.sector}/${i.quality_code}`)).toEqual(expect.arrayContaining(['7/2']));
  });

  it('is deterministic: the same seed gives the same integrations', () => {
    const again = createAppContext(resolveConfig({ dataDir: ':memory:', logLevel: 'silent', population: 200 }));
    const dump = (db: typeof app.db) => JSON.stringify(db.prepare('SELECT ssin, sector, quality_code, begin_date, end_date FROM ksz_inscription WHERE sector <> 17 ORDER BY ssin, sector, begin_date').all());
    try {
      expect(dump(again.db)).toBe(dump(app.db));
    } finally {
      again.close();
    }
  });

  it('describes sectors and quality codes in Dutch and French, sector 17 from the directory', () => {
    expect(sectorLabel(18)).toEqual({ nl: 'Rijksdienst voor Arbeidsvoorziening', fr: "Office national de l'emploi" });
    expect(qualityCodeLabel(app.directory, 17, 2)).toEqual({ nl: 'Leefloon', fr: "Revenu d'intégration" });
    expect(qualityCodeLabel(app.directory, 11, 2)?.fr).toBe('Personne à charge');
    expect(qualityCodeLabel(app.directory, 12, 902)?.nl).toBe('Voorlopige inschrijving');
    expect(qualityCodeLabel(app.directory, 12, 77)).toBeUndefined();
  });
});

describe('reading a ReferenceManagerRequest', () => {
  const request = (inner: string) => parseXml(`<r:ReferenceManagerRequest xmlns:r="${NS}" xmlns:c="${C}"><r:ConsultOtherSectorsCriteria>${inner}</r:ConsultOtherSectorsCriteria></r:ReferenceManagerRequest>`);
  const period = '<r:RequestedPeriod><c:StartDate>2024-01-01+01:00</c:StartDate><c:EndDate>2024-12-31Z</c:EndDate></r:RequestedPeriod>';
  const reasonOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as ClassicError).details.map((d) => `${d.def.code} ${d.information?.map((i) => i.fieldName).join(',')}`);
    }
    return [];
  };

  it('reads any prefix, defaults QualityCodeRequestor to 902 and FetchDescriptions to true, and keeps the day of a dated timezone', () => {
    expect(readConsult(request(`<r:RequestedSsin>${SSIN.familyHead}</r:RequestedSsin>${period}<r:SectorQualityCodesCombination><r:Sector>11</r:Sector><r:QualityCodes>1</r:QualityCodes></r:SectorQualityCodesCombination>`))).toEqual({
      ssin: SSIN.familyHead,
      qualityCodeRequestor: 902,
      begin: '2024-01-01',
      end: '2024-12-31',
      combinations: [{ sector: 11, qualityCodes: [1] }],
      fetchDescriptions: true,
    });
    expect(dayOf('2024-02-30')).toBeUndefined();
  });

  it('names the missing or invalid field', () => {
    expect(reasonOf(() => readConsult(request(`<r:RequestedSsin>${SSIN.familyHead}</r:RequestedSsin>`)))).toEqual(['31000007 RequestedPeriod']);
    expect(reasonOf(() => readConsult(request(`${period}<r:SectorQualityCodesCombination><r:Sector>1000</r:Sector></r:SectorQualityCodesCombination>`)))).toEqual([
      '31000005 SectorQualityCodesCombination/Sector',
    ]);
    expect(reasonOf(() => readConsult(request(`${period}<r:FetchDescriptions>yes</r:FetchDescriptions>`)))).toEqual(['31000005 FetchDescriptions']);
  });
});
