#!/usr/bin/env node
import { main } from './new-service/cli';

/** `npm run new-service -- --wsdl FooV1.wsdl --id S99 --source foo` (see --help): a new service from its WSDL. */
process.exitCode = main(process.argv.slice(2));
