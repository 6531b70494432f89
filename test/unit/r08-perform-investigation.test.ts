import { AppContext, createAppContext } from '../../src/app';
import { resolveConfig } from '../../src/config';
import { parseXml } from '../../src/xml/parse';
import { CallContext, ClassicError, ClassicResult } from '../../src/services/types';
import type { XmlObject } from '../../src/xml/build';
import { performInvestigation } from '../../src/services/R/OCMWCPASPerformInvestigation/handler';
import { requestedGroups } from '../../src/services/R/OCMWCPASPerformInvestigation/groups';
import { SSIN } from '../../fixtures/personas';

const NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation';

const request = (ssin: string, flags = '') =>
  parseXml(`<PerformInvestigationRequest xmlns="${NS}"><SocialSecurityUser>${ssin}</SocialSecurityUser>${flags ? `<DataGroups>${flags}</DataGroups>` : ''}</PerformInvestigationRequest>`);

/** The groups present in a reply, and the SSINs of its Citizen elements. */
function shape(result: ClassicResult) {
  const groups = (result.reply?.DataGroups ?? {}) as Record<string, XmlObject | undefined>;
  const present = Object.keys(groups).filter((g) => groups[g] !== undefined);
  const citizens = ((groups.CitizenGroup?.['ns4:Citizen'] as XmlObject[] | undefined) ?? []).map((c) => c['ns4:SocialSecurityUser']);
  return { present, citizens, details: (result.details ?? []).map((d) => d.def.code) };
}

describe('R08 PerformInvestigation: the data groups the interceptor allows (ctx.allowedBlocks)', () => {
  let app: AppContext;
  beforeAll(() => (app = createAppContext(resolveConfig({ dataDir: ':memory:', logLevel: 'silent', population: 60 }))));
  afterAll(() => app.close());

  const call = (ssin: string, flags: string, allowedBlocks?: string[]) => {
    const now = app.clock.now();
    const ctx: CallContext = {
      sources: app.sources,
      clock: app.clock,
      now,
      today: now.toISOString().slice(0, 10),
      ticket: 'UNITTEST0000001',
      audit: {},
      target: app.persons.find(ssin),
      allowedBlocks: allowedBlocks && new Set(allowedBlocks),
    };
    return performInvestigation(request(ssin, flags), ctx) as ClassicResult;
  };

  it('returns every requested group when no restriction is given (all four when none is asked)', () => {
    expect(shape(call(SSIN.familyHead, ''))).toEqual({
      present: ['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup'],
      citizens: [SSIN.familyHead, SSIN.familyPartner, SSIN.familyChild1, SSIN.familyChild2],
      // The WaitRegisterGroup was asked: nobody of the household is in that register.
      details: ['19008001'],
    });
  });

  it('returns only the allowed groups, and no waiting-register summary when that group is filtered', () => {
    const result = shape(call(SSIN.familyHead, '', ['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup']));
    expect(result.present).toEqual(['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup']);
    expect(result.details).toEqual([]);
  });

  it('does not widen to the household when the family composition is filtered out', () => {
    expect(shape(call(SSIN.familyHead, '', ['CitizenGroup', 'AddressHistoryGroup']))).toEqual({
      present: ['CitizenGroup', 'AddressHistoryGroup'],
      citizens: [SSIN.familyHead],
      details: [],
    });
  });

  it('never returns a group that was not asked, even when allowed', () => {
    const all = ['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup', 'WaitRegisterGroup'];
    expect(shape(call(SSIN.standard, '<CitizenGroup>true</CitizenGroup>', all)).present).toEqual(['CitizenGroup']);
  });

  it('refuses when none of the requested groups is allowed (39000013)', () => {
    let error: unknown;
    try {
      call(SSIN.standard, '<WaitRegisterGroup>true</WaitRegisterGroup>', ['CitizenGroup']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClassicError);
    expect((error as ClassicError).details.map((d) => d.def.code)).toEqual(['39000013']);
  });

  it('reads the DataGroups flags: true/1 ask, all four when none is true', () => {
    expect(requestedGroups(request(SSIN.standard, '<CitizenGroup>1</CitizenGroup><WaitRegisterGroup> true </WaitRegisterGroup>'))).toEqual(['CitizenGroup', 'WaitRegisterGroup']);
    expect(requestedGroups(request(SSIN.standard, '<FamilyCompositionGroup>false</FamilyCompositionGroup>'))).toHaveLength(4);
    expect(requestedGroups(request(SSIN.standard))).toEqual(['FamilyCompositionGroup', 'CitizenGroup', 'AddressHistoryGroup', 'WaitRegisterGroup']);
  });
});
