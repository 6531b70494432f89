import type { Db, SourceSchema } from '../store/db';
import type { SourceModule } from './source';
import { directorySource } from './directory';
import { authorizationsSource } from './authorizations';
import { repertorySource } from './repertory';
import { rrSource } from './rr';
import { bisSource } from './bis';
import { personsSource } from './persons';
import { rszSource } from './rsz';
import { rvaSource } from './rva';
import { nicSource } from './nic';
import { bisWritesSource } from './bis-writes';
import { mutationsSource } from './mutations';
import { ssinHistorySource } from './ssin-history';
import { podmiSource } from './podmi';
import { rsvzSource } from './rsvz';
import { cadastreSource } from './cadastre';
import { fodfinSource } from './fodfin';
import { employmentSource } from './employment';
import { rjvSource } from './rjv';
import { handiSource } from './handi';
import { ledSource } from './led';
import { vestaSource } from './vesta';
import { kbiSource } from './kbi';
import { vmswSource } from './vmsw';
import { childBenefitsSource } from './childbenefits';
import { soctarSource } from './soctar';
import { pensionSource } from './pension';
import { heatingSource } from './heating';
import { a036Source } from './a036';
import { alertsSource } from './alerts';
import { novaSource } from './nova';
import { mediprimaSource } from './mediprima';
import { notificationsSource } from './notifications';

/**
 * Every source, by the name services declare it with. Their schemas are created in this order
 * (and emptied in reverse); adding a source = its folder and one line here.
 */
export const SOURCES = {
  directory: directorySource,
  authorizations: authorizationsSource,
  repertory: repertorySource,
  rr: rrSource,
  bis: bisSource,
  persons: personsSource,
  rsz: rszSource,
  rva: rvaSource,
  nic: nicSource,
  mutations: mutationsSource,
  bisWrites: bisWritesSource,
  ssinHistory: ssinHistorySource,
  podmi: podmiSource,
  rsvz: rsvzSource,
  cadastre: cadastreSource,
  handi: handiSource,
  childbenefits: childBenefitsSource,
  led: ledSource,
  vesta: vestaSource,
  kbi: kbiSource,
  vmsw: vmswSource,
  // After rva and rr: a registration follows each unemployment right, at the residence's service.
  employment: employmentSource,
  // After rsz: its holiday attests are derived from the DmfA.
  rjv: rjvSource,
  // After rr, rsz and rsvz: its rights and amounts are derived from the careers.
  pension: pensionSource,
  // After podmi, handi, the pension source and rr: its rights and contracts are derived from them.
  soctar: soctarSource,
  // The OCMWs' heating-allowance decisions (P11); nothing seeded.
  heating: heatingSource,
  // The multifunctional attests (A036) the OCMWs send (P09); nothing seeded.
  a036: a036Source,
  // The knipperlichten (X09) POD MI raises on its decisions; only the rules are seeded.
  alerts: alertsSource,
  // Nova+'s residence-status rules (P15); only the rules are seeded.
  nova: novaSource,
  // MediPrima's decisions on medical costs (M01–M08) and its batch files (N13, N06); the personas' cards are seeded.
  mediprima: mediprimaSource,
  // The events at the sources, the flow rules and the organisations' outboxes (X07, N01–N12); only the rules are seeded.
  notifications: notificationsSource,
  // Last: its assessments are derived from the rsz, rva, podmi and rsvz rows seeded before it.
  fodfin: fodfinSource,
} satisfies Record<string, SourceModule>;

export type SourceName = keyof typeof SOURCES;
/** Each source's reader/writer, by name. */
export type SourceAccess = { [K in SourceName]: ReturnType<(typeof SOURCES)[K]['open']> };

export const SOURCE_NAMES = Object.keys(SOURCES) as SourceName[];

export function sourceSchemas(): SourceSchema[] {
  return SOURCE_NAMES.flatMap((name) => {
    const schema = (SOURCES[name] as SourceModule).schema;
    return schema ? [schema] : [];
  });
}

const opened = new WeakMap<Db, SourceAccess>();

/** Every source opened on one database, once (their statements are prepared per database). */
export function openSources(db: Db): SourceAccess {
  let access = opened.get(db);
  if (!access) {
    access = Object.fromEntries(SOURCE_NAMES.map((name) => [name, SOURCES[name].open(db)])) as SourceAccess;
    opened.set(db, access);
  }
  return access;
}

/** Only the sources a service declared: what its handlers receive. */
export function pickSources<N extends SourceName>(access: SourceAccess, names: readonly N[]): Pick<SourceAccess, N> {
  const picked = {} as Pick<SourceAccess, N>;
  for (const name of names) picked[name] = access[name];
  return picked;
}
