// Runs in a worker thread (plain Node, ES module) when the emulator cannot import libxml2-wasm in its
// own thread (under jest's module sandbox): synckit calls this synchronously.
import { runAsWorker } from 'synckit';
import { validate } from './xsd-engine.mjs';

runAsWorker(async (schema, xml, target) => validate(schema, xml, target));
