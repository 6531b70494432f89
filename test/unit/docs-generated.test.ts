import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generatedFiles, replaceBetween, staleFiles } from '../../src/docs/generate';
import { PROJECT_ROOT } from '../../src/paths';
import { SERVICES } from '../../src/services/registry';
import { OUTCOMES } from '../../src/personas/outcomes';

describe('npm run docs', () => {
  it('leaves nothing stale: the committed README and service pages are what the registry says', () => {
    expect(staleFiles(PROJECT_ROOT)).toEqual([]);
  });

  it('names a file whose generated part was edited by hand, and restores it without touching the prose', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-'));
    fs.mkdirSync(path.join(tmp, 'docs/services'), { recursive: true });
    fs.copyFileSync(path.join(PROJECT_ROOT, 'README.md'), path.join(tmp, 'README.md'));
    for (const f of fs.readdirSync(path.join(PROJECT_ROOT, 'docs/services'))) fs.copyFileSync(path.join(PROJECT_ROOT, 'docs/services', f), path.join(tmp, 'docs/services', f));
    const page = path.join(tmp, 'docs/services/S08.md');
    const edited = fs.readFileSync(page, 'utf8').replace('| getInsuranceOrganizationInformations | S08 |', '| getInsuranceOrganisationInformation | S08 |') + '\nA hand-written line after the facts.\n';
    fs.writeFileSync(page, edited);
    fs.unlinkSync(path.join(tmp, 'docs/services/R01.md'));
    expect(staleFiles(tmp).sort()).toEqual(['docs/services/R01.md', 'docs/services/S08.md']);
    const restored = generatedFiles(tmp).find((f) => f.path === 'docs/services/S08.md')!.content;
    expect(restored).toContain('| getInsuranceOrganizationInformations | S08 |');
    expect(restored).toContain('A hand-written line after the facts.');
    expect(generatedFiles(tmp).find((f) => f.path === 'docs/services/R01.md')!.content).toMatch(/^### R01 /);
  });

  it('carries every registered operation and every persona outcome into the pages', () => {
    const pages = generatedFiles(PROJECT_ROOT);
    for (const s of SERVICES) {
      const page = pages.find((p) => p.path === `docs/services/${s.id}.md`)!.content;
      for (const op of s.style === 'new' ? s.operations.map((o) => o.soapAction) : [s.serviceId]) expect(page).toContain(op);
    }
    for (const o of OUTCOMES) {
      const page = pages.find((p) => p.path === `docs/services/${o.service}.md`)!.content;
      expect(page).toContain(`| \`${o.persona}\` | ${o.operation} | ${o.expect.status} | ${o.expect.code} |`);
    }
  });

  it('refuses a file without its markers, naming it', () => {
    expect(() => replaceBetween('no markers here', 'facts', 'x', 'docs/services/X99.md')).toThrow('docs/services/X99.md: the markers <!-- generated:facts:start -->');
  });
});
