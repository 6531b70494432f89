// In-process cost of one call through the emulator's pipeline (no HTTP): what each experiment of
// this folder saves, measured without the noise of three processes sharing two cores.
//
//   node [-r bench/experiments/<patch>.js ...] bench/experiments/pipeline.js <dataDir> [iterations]
//
// <dataDir> is an emulator data directory (seeded if empty, 10,000 persons). Prints microseconds
// per call (CPU of all threads, and wall time; best of 5 rounds) for R09 v2 with Basic, R04 by SSIN, ManageAccess REGISTER+UNREGISTER,
// and R09 v2 WS-Security signed (messages signed ahead, one per call; fewer iterations).
'use strict';
const path = require('path');
const dist = path.join(__dirname, '..', '..', 'dist');
const { createAppContext } = require(path.join(dist, 'src', 'app'));
const { resolveConfig } = require(path.join(dist, 'src', 'config'));
const { handleNewStyle } = require(path.join(dist, 'src', 'pipeline', 'newStyle'));
const { handleClassic } = require(path.join(dist, 'src', 'pipeline', 'classic'));
const { serviceAtPath } = require(path.join(dist, 'src', 'services', 'registry'));
const rq = require(path.join(dist, 'bench', 'lib', 'requests'));

const dataDir = process.argv[2];
const n = Number(process.argv[3] ?? 2000);
const app = createAppContext(resolveConfig({ dataDir, population: 10000, logLevel: 'silent' }));
const r09 = rq.retrieveTiBasic(rq.PERSONA.standard);
const r04 = rq.identifyBySsin(rq.PERSONA.standard);
const [reg, unreg] = rq.writePair(500);
const service = serviceAtPath(r09.path);
const call = (r) => ({ body: r.body, authorization: r.headers.authorization, soapAction: r.headers.soapaction });

const cases = {
  'R09 v2 Basic': () => handleNewStyle(app, service, call(r09)),
  'R04 bySSIN': () => handleClassic(app, call(r04)),
  'R02 REGISTER+UNREGISTER': () => {
    handleClassic(app, call(reg));
    return handleClassic(app, call(unreg));
  },
};

// Signed messages, one per call (the emulator refuses replays), when src/security is there.
let signedPool;
try {
  const security = require(path.join(dist, 'src', 'security'));
  security.ensureOrganisationCertificates(app);
  const creds = security.organisationCredentials(app, rq.GENT.cbeNumber);
  const count = 5 * Math.ceil(n / 4) + 60;
  signedPool = Array.from({ length: count }, () => security.signSoapEnvelope(rq.retrieveTiEnvelope(rq.PERSONA.standard), creds));
  let next = 0;
  cases['R09 v2 signed'] = () => handleNewStyle(app, service, { body: signedPool[next++], soapAction: r09.headers.soapaction });
} catch (e) {
  console.error('no signed case:', e.message);
}

function check(name, reply) {
  if (reply.status !== 200 || /ok="NO"|:Fault>|<value>NO_/.test(reply.body)) throw new Error(`${name}: not a success: ${reply.body.slice(0, 300)}`);
}

async function main() {
  // XSD validation in this thread, as the server does it (src/server.ts listen).
  await require(path.join(dist, 'src', 'validation', 'xsd')).loadXsdInProcess();
  // Let preloaded experiments finish loading.
  await new Promise((r) => setTimeout(r, 500));
  const out = {};
  for (const [name, fn] of Object.entries(cases)) {
    const iterations = name.includes('signed') ? Math.ceil(n / 4) : n;
    check(name, fn());
    for (let i = 0; i < (name.includes('signed') ? 50 : 200); i++) fn();
    let best = Infinity;
    let bestWall = Infinity;
    for (let round = 0; round < 5; round++) {
      await new Promise((r) => setImmediate(r)); // let batched work (audit) flush between rounds
      const t = process.cpuUsage();
      const w = performance.now();
      for (let i = 0; i < iterations; i++) fn();
      await new Promise((r) => setImmediate(r));
      const u = process.cpuUsage(t);
      bestWall = Math.min(bestWall, ((performance.now() - w) * 1000) / iterations);
      best = Math.min(best, (u.user + u.system) / iterations);
    }
    out[name] = `${Math.round(best)} cpu / ${Math.round(bestWall)} wall`;
  }
  console.log(JSON.stringify(out));
  app.close();
  process.exit(0);
}
main();
