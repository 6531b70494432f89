/**
 * The two reference servers of the benchmark, each run as its own process (like the emulator):
 *
 *   node dist/bench/refservers.js ceiling --port <p> --reply <file>
 *     a bare node:http server: reads the request body, answers the fixed bytes of <file>
 *     (the emulator's own RetrieveTIGroups v2 reply, so the payload is the same size);
 *
 *   node dist/bench/refservers.js peer --port <p> --reply <file>
 *     node-soap's soap.listen serving our RetrieveTIGroups v2 WSDL (its XSD imports resolve from
 *     wsdl/), with a trivial handler returning a fixed reply object: the same reply as <file>,
 *     turned once into node-soap's object form, serialized again by node-soap on every call.
 *
 * Prints "listening <port>" when ready.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
export const R09_V2_WSDL = path.join(ROOT, 'wsdl', 'R09-RetrieveTIGroupsService', 'v2', 'RetrieveTIGroupsV2.wsdl');
const R09_V2_PATH = '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI';

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) throw new Error(`missing ${name}`);
  return process.argv[i + 1];
}

function ceiling(port: number, reply: Buffer): void {
  const headers = { 'content-type': 'text/xml; charset=utf-8', 'content-length': String(reply.length) };
  const server = http.createServer((req, res) => {
    req.on('data', () => undefined);
    req.on('end', () => {
      res.writeHead(200, headers);
      res.end(reply);
    });
  });
  server.listen(port, '127.0.0.1', () => console.log(`listening ${port}`));
}

async function peer(port: number, replyXml: string): Promise<void> {
  // node-soap is a devDependency of the project; loaded only in this process.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const soap = require('soap') as typeof import('soap');
  const wsdlXml = fs.readFileSync(R09_V2_WSDL, 'utf8');
  let fixed: unknown;
  const services = {
    RetrieveTIGroupsService: {
      RetrieveTIGroupsService: {
        retrieveTI: () => fixed,
      },
    },
  };
  const server = http.createServer((req, res) => {
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // The WSDL (and its imported XSDs) load asynchronously; node-soap calls `callback` once ready.
  const soapServer = await new Promise<import('soap').Server>((resolve, reject) => {
    const srv: import('soap').Server = soap.listen(server, {
      path: R09_V2_PATH,
      services,
      xml: wsdlXml,
      uri: R09_V2_WSDL,
      suppressStack: true,
      enableChunkedEncoding: false,
      callback: (err: unknown) => (err ? reject(err) : resolve(srv)),
    });
  });
  // The fixed reply: the emulator's own reply in node-soap's object form (parsed once, here).
  const { wsdl } = soapServer as unknown as { wsdl: { xmlToObject(xml: string): unknown } };
  const parsed = wsdl.xmlToObject(replyXml) as { Body?: Record<string, unknown> };
  const body = parsed.Body ?? {};
  fixed = body['retrieveTIGroupsResponse'] ?? Object.values(body)[0];
  if (!fixed) throw new Error('could not turn the reply into an object');
  // xsd:dateTime values come back as Date objects that node-soap writes as empty elements: keep the text.
  const cbss = (fixed as { informationCBSS?: Record<string, unknown> }).informationCBSS;
  for (const k of ['timestampReceive', 'timestampReply']) {
    const m = new RegExp(`<${k}>([^<]*)</${k}>`).exec(replyXml);
    if (cbss && m) cbss[k] = m[1];
  }
  console.log(`listening ${port}`);
}

async function main(): Promise<void> {
  const kind = process.argv[2];
  const port = Number(arg('--port'));
  const reply = fs.readFileSync(arg('--reply'));
  if (kind === 'ceiling') ceiling(port, reply);
  else if (kind === 'peer') await peer(port, reply.toString('utf8'));
  else throw new Error(`unknown reference server ${kind}`);
  process.on('SIGTERM', () => process.exit(0));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
