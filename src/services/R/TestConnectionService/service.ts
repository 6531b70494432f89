import { SOURCES } from './context';
import type { NewStyleDeclaration } from '../../types';
import { sendTestMessage } from './handler';
import { OUTCOMES } from './outcomes';

/** R01 TestConnectionService v1 (contracts.md §5.1): real clients call it, without credentials, before anything else. */
export const testConnectionService: NewStyleDeclaration<(typeof SOURCES)[number]> = {
  style: 'new',
  id: 'R01',
  name: 'TestConnectionService',
  contract: 'public',
  version: 'v1',
  path: '/SOA4520/TestConnectionServiceService/sendTestMessage',
  wsdl: 'R01-TestConnectionService/v1/TestConnectionService.wsdl',
  authentication: 'none',
  sources: SOURCES,
  outcomes: OUTCOMES,
  operations: [
    {
      name: 'sendTestMessage',
      handle: sendTestMessage,
    },
  ],
};
