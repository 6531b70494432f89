import { resolveNewStyle, resolveServices } from '../../src/services/resolve';
import { DECLARATIONS, SERVICES } from '../../src/services/registry';
import { retrieveTIGroupsV2Service } from '../../src/services/R/RetrieveTIGroupsService/service';
import { manageAccessService } from '../../src/services/R/OCMWCPASManageAccess/service';
import type { NewStyleDeclaration } from '../../src/services/types';
import type { SourceName } from '../../src/sources/registry';

/** Services are declared from their contract: what the WSDL says is read, and a disagreement stops the start-up. */
describe('service declarations resolved from their contracts', () => {
  const r09 = retrieveTIGroupsV2Service as NewStyleDeclaration;

  it('reads the namespace, SOAPAction and element names from the WSDL', () => {
    const resolved = resolveNewStyle(r09);
    expect(resolved.namespace).toBe('http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2');
    expect(resolved.operations[0]).toMatchObject({
      name: 'retrieveTI',
      id: 'R09',
      soapAction: 'http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI',
      requestElement: 'retrieveTIGroupsRequest',
      responseElement: 'retrieveTIGroupsResponse',
      faultElement: 'retrieveTIGroupsFault',
    });
  });

  it('refuses a path the soap:address does not give', () => {
    expect(() => resolveNewStyle({ ...r09, path: '/SOA4520/RetrieveTIGroupsService/v3/retrieveTI' })).toThrow(/soap:address says \/SOA4520\/RetrieveTIGroupsService\/v2\/retrieveTI/);
  });

  it('refuses an operation the WSDL does not have, and a WSDL operation without a handler', () => {
    expect(() => resolveNewStyle({ ...r09, operations: [...r09.operations, { ...r09.operations[0], name: 'retrieveEverything' }] })).toThrow(/retrieveEverything is not in the WSDL/);
    expect(() => resolveNewStyle({ ...r09, operations: [] })).toThrow(/retrieveTI has no handler/);
  });

  it('refuses an unknown source and a missing WSDL', () => {
    expect(() => resolveNewStyle({ ...r09, sources: ['rr', 'nowhere' as SourceName] })).toThrow(/unknown source 'nowhere'/);
    expect(() => resolveNewStyle({ ...r09, wsdl: 'R09-RetrieveTIGroupsService/v9/None.wsdl' })).toThrow(/no such WSDL/);
  });

  it('refuses two services on one path and two classic services with one ServiceId/Version', () => {
    expect(() => resolveServices([r09, { ...r09, id: 'X99', name: 'Copy' }])).toThrow(/both claim path/);
    expect(() => resolveServices([manageAccessService, { ...manageAccessService, id: 'X98' }])).toThrow(/both claim ServiceId\/Version OCMWCPASManageAccess\/20050930/);
  });

  it('resolves every registered declaration, classic root elements from their schemas', () => {
    expect(SERVICES).toHaveLength(DECLARATIONS.length);
    const r02 = SERVICES.find((s) => s.id === 'R02');
    expect(r02).toMatchObject({ namespace: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess', requestElement: 'ManageAccessRequest', replyElement: 'ManageAccessReply' });
  });
});

describe('a handler gets what its service declared', () => {
  it('receives only the declared sources, opened on the exchange database', () => {
    const { createAppContext } = require('../../src/app');
    const { resolveConfig } = require('../../src/config');
    const { callContextOf, openExchange } = require('../../src/pipeline/exchange');
    const app = createAppContext(resolveConfig({ dataDir: ':memory:', logLevel: 'silent', population: 20 }));
    try {
      const ex = openExchange(app, 'new', { body: '' }, 'ticket');
      ex.service = SERVICES.find((s) => s.id === 'S13');
      const ctx = callContextOf(ex);
      expect(Object.keys(ctx.sources)).toEqual(['rva']);
      expect(ctx.sources.rva).toBe(app.sources.rva);
    } finally {
      app.close();
    }
  });
});
