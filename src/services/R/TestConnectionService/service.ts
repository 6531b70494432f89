import type { NewStyleService } from '../../types';
import { sendTestMessage } from './handler';

/** R01 TestConnectionService v1 (contracts.md §5.1): real clients call it, without credentials, before anything else. */
export const testConnectionService: NewStyleService = {
  style: 'new',
  id: 'R01',
  name: 'TestConnectionService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/TestConnectionServiceService/sendTestMessage',
  wsdl: 'R01-TestConnectionService/v1/TestConnectionService.wsdl',
  namespace: 'http://kszbcss.fgov.be/intf/TestConnectionServiceService/v1',
  faultElement: 'sendTestMessageFault',
  authentication: 'none',
  operations: [
    {
      name: 'sendTestMessage',
      soapAction: 'http://kszbcss.fgov.be/TestConnectionServiceService/sendTestMessage',
      requestElement: 'sendTestMessageRequest',
      responseElement: 'sendTestMessageResponse',
      handle: sendTestMessage,
    },
  ],
};
