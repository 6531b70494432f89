import * as fs from 'fs';
import * as path from 'path';
import { parseXml } from '../../src/xml/parse';
import { classicReplyXml } from '../../src/soap/ssdn';
import { ClassicError } from '../../src/services/types';
import type { Directory } from '../../src/sources/directory';
import type { Identity } from '../../src/sources/persons';
import type { Inscription } from '../../src/sources/repertory';
import { QUALITY_CODES } from '../../fixtures/organisations';
import { readRequest } from '../../src/services/R/OCMWCPASManageAccess/request';
import { manageAccessReply } from '../../src/services/R/OCMWCPASManageAccess/reply';
import { birthDatesMatch, fold, proofMatches } from '../../src/services/R/OCMWCPASManageAccess/proof';
import { manageAccessService } from '../../src/services/R/OCMWCPASManageAccess/service';
import { resolveClassic } from '../../src/services/resolve';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples', 'R02');
const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

/** Just what readRequest needs of the directory: the seeded sector-17 quality codes. */
const directory = {
  qualityCode: (sector: number, code: number) => {
    const q = QUALITY_CODES.find((c) => c.code === code);
    return sector === 17 && q ? { sector, code, label_nl: q.nl, label_fr: q.fr, max_period: q.max } : undefined;
  },
} as unknown as Directory;

/** The person of the public samples (Lino's demo data), as the registers would know him. */
const SAFFRE: Identity = {
  origin: 'RN_RR',
  ssin: '68060105329',
  lastName: 'Saffre',
  firstName: 'Luc Johannes',
  birthDate: '1968-06-01',
  nationality: 150,
  status: 'ACTIVE',
  sisCard: '1234567890',
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    if (e instanceof ClassicError) return e.details[0].def.code;
    throw e;
  }
}

describe('R02 request reading and reply shape, on the public samples', () => {
  it('reads the REGISTER sample (mar/common prefixes) and its proof matches the person', () => {
    const args = readRequest(parseXml(sample('manage-access-register.xml')), directory, 17);
    expect(args).toMatchObject({ ssin: '68060105329', action: 'REGISTER', start: '2024-03-01', end: '2024-04-30', queryRegister: 'SECONDARY' });
    expect(args.purpose).toMatchObject({ code: 1, max_period: 'P2M' });
    expect(args.sector).toBeUndefined(); // Sector is ignored for REGISTER
    expect(proofMatches(args.proof, SAFFRE)).toBe(true);
    expect(proofMatches(args.proof, { ...SAFFRE, firstName: 'Johannes Luc' })).toBe(false);
  });

  it('reads the LIST sample (ns1/ns2 prefixes, no Purpose); either piece of proof suffices', () => {
    const args = readRequest(parseXml(sample('manage-access-list.xml')), directory, 17);
    expect(args).toMatchObject({ action: 'LIST', start: '2024-01-01', sector: 17, queryRegister: 'SECONDARY' });
    expect(args.purpose).toBeUndefined();
    expect(proofMatches(args.proof, SAFFRE)).toBe(true);
    expect(proofMatches(args.proof, { ...SAFFRE, sisCard: undefined })).toBe(true);
    expect(proofMatches(args.proof, { ...SAFFRE, sisCard: undefined, birthDate: '1968-06-02' })).toBe(false);
  });

  it('refuses what the XSD or the purpose rules forbid, naming the code', () => {
    const register = sample('manage-access-register.xml');
    const read = (xml: string) => () => readRequest(parseXml(xml), directory, 17);
    expect(codeOf(read(register))).toBeUndefined();
    expect(codeOf(read(register.replace(/<mar:Action>REGISTER</, '<mar:Action>DELETE<')))).toBe('31000005');
    expect(codeOf(read(register.replace(/<mar:Action>REGISTER<\/mar:Action>/, '')))).toBe('31000007');
    expect(codeOf(read(register.replace('2024-04-30', '2024-05-01')))).toBe('31000005');
    // Purpose 2 allows one year: 2024-03-01..2025-02-28 at most.
    expect(codeOf(read(register.replace('<mar:Purpose>1<', '<mar:Purpose>2<').replace('2024-04-30', '2025-02-28')))).toBeUndefined();
    expect(codeOf(read(register.replace('<mar:Purpose>1<', '<mar:Purpose>2<').replace('2024-04-30', '2025-03-01')))).toBe('31000005');
    expect(codeOf(read(register.replace('<mar:Purpose>1<', '<mar:Purpose>99<')))).toBe('31000005');
    expect(codeOf(read(register.replace('<mar:Purpose>1<', '<mar:Purpose>x<')))).toBe('31000005');
    expect(codeOf(read(register.replace('1968-06-01', '01/06/1968')))).toBe('31000005');
    expect(codeOf(read(register.replace(/<mar:LastName>SAFFRE<\/mar:LastName>/, '')))).toBe('31000007');
    expect(codeOf(read(register.replace(/<mar:PersonData>[\s\S]*<\/mar:PersonData>/, '<mar:SISCardNumber>12345</mar:SISCardNumber>')))).toBe('31000005');
  });

  it('builds the same reply as the real sample for the same registration', () => {
    const args = readRequest(parseXml(sample('manage-access-register.xml')), directory, 17);
    const inscription: Inscription = {
      id: 1,
      ssin: '68060105329',
      sector: 17,
      sub_sector: 1,
      cbe_number: '0263023022',
      nis_code: '63023',
      quality_code: 1,
      phase: 0,
      begin_date: '2024-03-01',
      end_date: '2024-04-30',
      register: 'SECONDARY',
      last_modified: '2024-03-01',
    };
    const ours = classicReplyXml(resolveClassic(manageAccessService).namespace, resolveClassic(manageAccessService).replyElement, manageAccessReply(args, [inscription]));
    const real = sample('manage-access-reply.xml')
      .replace(/<\?xml[^>]*\?>/, '')
      .replace(/>\s+</g, '><')
      .trim();
    expect(ours).toBe(real);
  });

  it('compares names without case, accents or separators, and incomplete birth dates part by part', () => {
    expect(fold('Dé Smet-Bakkali')).toBe('desmetbakkali');
    expect(fold("D'HONDT")).toBe(fold('Dhondt'));
    expect(birthDatesMatch('1979-02-00', '1979-02-03')).toBe(true);
    expect(birthDatesMatch('1979-00-00', '1979-02-03')).toBe(true);
    expect(birthDatesMatch('1982-07-15', '1982-07-00')).toBe(true);
    expect(birthDatesMatch('1979-03-00', '1979-02-03')).toBe(false);
    expect(birthDatesMatch('1978-02-03', '1979-02-03')).toBe(false);
  });
});
