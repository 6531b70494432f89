import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { main } from '../../scripts/new-service/cli';
import { PROJECT_ROOT } from '../../src/paths';
import type { NewStyleDeclaration, ServiceDef } from '../../src/services/types';

/**
 * `npm run new-service` (scripts/new-service/), run in-process with --root into a temporary copy
 * of what a service touches (src, fixtures, wsdl, test/helpers, the tsconfig; node_modules
 * linked), never into this tree, from the fixture contract test/fixtures/scaffold/ExampleV1.wsdl:
 * - S99 ExampleService on a new source `example`;
 * - S98 OtherExampleService, the same contract on another --path, on the existing source podmi.
 * The copy is made and scaffolded while the tests are collected, so that the generated e2e test
 * can run as a part of this file.
 */

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/scaffold/ExampleV1.wsdl');

/** One folder per checkout, made anew on each run: its files keep their paths, so jest's transform cache serves them again. */
function projectCopy(): string {
  const root = path.join(os.tmpdir(), `ksz-new-service-${createHash('sha1').update(PROJECT_ROOT).digest('hex').slice(0, 10)}`);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root);
  for (const part of ['src', 'fixtures', 'wsdl', 'test/helpers', 'package.json', 'tsconfig.json']) {
    fs.cpSync(path.join(PROJECT_ROOT, part), path.join(root, part), { recursive: true, filter: (f) => !f.includes('.embedded-schema.xsd') });
  }
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

const ROOT = projectCopy();

function run(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main([...args, '--root', ROOT], { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const S99 = ['--wsdl', FIXTURE, '--id', 'S99', '--family', 'S', '--source', 'example'];
const S98 = ['--wsdl', FIXTURE, '--id', 'S98', '--name', 'OtherExampleService', '--source', 'podmi', '--path', '/SOA4520/OtherExampleService/v1/consult'];
const first = run(...S99);
const second = run(...S98);

const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const S99_FILES = [
  'wsdl/S99-ExampleService/v1/ExampleV1.wsdl',
  'wsdl/S99-ExampleService/v1/ExampleV1.xsd',
  'src/sources/example/index.ts',
  'src/services/S/ExampleService/service.ts',
  'src/services/S/ExampleService/context.ts',
  'src/services/S/ExampleService/handler.ts',
  'src/services/S/ExampleService/outcomes.ts',
  'test/e2e/s99-example.test.ts',
  'docs/services/S99.md',
];

afterAll(() => fs.rmSync(ROOT, { recursive: true, force: true }));

describe('npm run new-service', () => {
  it('writes the service folder, its new source, the contract copies, an e2e test and the docs page', () => {
    expect(first).toMatchObject({ code: 0, err: '' });
    for (const file of S99_FILES) expect([file, fs.existsSync(path.join(ROOT, file))]).toEqual([file, true]);
    // The shared CommonV3 schema is the project's: referred to, not copied.
    expect(fs.existsSync(path.join(ROOT, 'wsdl/S99-ExampleService/common'))).toBe(false);
    expect(read('wsdl/S99-ExampleService/v1/ExampleV1.xsd')).toBe(fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/scaffold/ExampleV1.xsd'), 'utf8'));
    expect(read('docs/services/S99.md')).toMatch(/<!-- generated:facts:start -->\n<!-- generated:facts:end -->/);
    expect(read('src/services/registry.ts')).toMatch(/import \{ exampleV1Service \} from '\.\/S\/ExampleService\/service';[\s\S]*\n {2}livingWagesV2Service,\n(?: {2}\w+,\n)* {2}exampleV1Service,\n/);
    expect(read('src/sources/registry.ts')).toMatch(/import \{ exampleSource \} from '\.\/example';[\s\S]*\n {2}example: exampleSource,\n\} satisfies/);
  });

  it('reads the person and the reply shape from the schemas: targetSsin, the criteria echoed, DATA_FOUND from the source', () => {
    expect(read('src/services/S/ExampleService/service.ts')).toContain("targetSsin: (request) => childText(request, 'criteria', 'ssin')?.trim() ?? '',");
    const handler = read('src/services/S/ExampleService/handler.ts');
    expect(handler).toContain("...replyHead(request, ctx, { legalContextRequired: true }),\n    criteria: child(request, 'criteria'),\n    status: rows.length > 0 ? DATA_FOUND() : NO_DATA_FOUND(),\n    // TODO: exampleRecord");
    expect(handler).toContain('ctx.sources.example.recordsOf(ctx.target.ssin)');
    expect(read('src/services/S/ExampleService/outcomes.ts')).toContain("s99('standard', 'consultExample', 'DATA_FOUND', 'MSG00000'");
  });

  it('on an existing source, writes no source and answers no data until the handler reads it; --path sets the copy’s soap:address', () => {
    expect(second).toMatchObject({ code: 0, err: '' });
    expect(second.out.split('Next:')[0]).not.toContain('src/sources/');
    expect(read('src/services/S/OtherExampleService/context.ts')).toContain("export const SOURCES = ['podmi'] as const;");
    expect(read('src/services/S/OtherExampleService/outcomes.ts')).toContain("s98('standard', 'consultExample', 'NO_DATA_FOUND', 'MSG00100'");
    expect(read('wsdl/S98-OtherExampleService/v1/ExampleV1.wsdl')).toContain('<soap:address location="http://localhost:8080/SOA4520/OtherExampleService/v1/consult"/>');
    expect(read('src/sources/registry.ts').match(/podmiSource/g)).toHaveLength(2);
  });

  it('makes declarations that resolve against their WSDL, as the start-up does', () => {
    const { resolveServices } = require(path.join(ROOT, 'src/services/resolve')) as typeof import('../../src/services/resolve');
    const { exampleV1Service } = require(path.join(ROOT, 'src/services/S/ExampleService/service')) as { exampleV1Service: NewStyleDeclaration };
    const [resolved] = resolveServices([exampleV1Service]);
    expect(resolved).toMatchObject({ id: 'S99', path: '/SOA4520/ExampleService/v1/consult', namespace: 'http://kszbcss.fgov.be/intf/ExampleService/v1' });
    expect(resolved.style === 'new' && resolved.operations.map((o) => [o.name, o.soapAction, o.requestElement, o.faultElement])).toEqual([
      ['consultExample', 'http://kszbcss.fgov.be/ExampleService/consultExample', 'consultExampleRequest', 'exampleFault'],
      ['consultExampleHistory', 'http://kszbcss.fgov.be/ExampleService/consultExampleHistory', 'consultExampleHistoryRequest', 'exampleFault'],
    ]);
    // The copy's registry, with both new lines, resolves at import as the emulator's start-up does.
    const { SERVICES } = require(path.join(ROOT, 'src/services/registry')) as { SERVICES: ServiceDef[] };
    expect(SERVICES.filter((s) => ['S98', 'S99'].includes(s.id)).map((s) => s.name)).toEqual(['ExampleService', 'OtherExampleService']);
  });

  it('makes files tsc accepts', () => {
    const files = [
      ...S99_FILES.filter((f) => f.endsWith('.ts')),
      'src/services/S/OtherExampleService/service.ts',
      'test/e2e/s98-other-example.test.ts',
      'src/services/registry.ts',
      'src/sources/registry.ts',
    ];
    // Incremental, with its build info next to the copy: a run on unchanged sources checks only what changed.
    const compilerOptions = { noEmit: true, incremental: true, tsBuildInfoFile: `${ROOT}.tsbuildinfo` };
    fs.writeFileSync(path.join(ROOT, 'tsconfig.check.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions, include: [], files }));
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.check.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  describe('bad input: a clear message, exit code 2, nothing written', () => {
    const registries = () => [read('src/services/registry.ts'), read('src/sources/registry.ts')];

    test.each([
      ['a missing WSDL', ['--wsdl', path.join(ROOT, 'nowhere.wsdl'), '--id', 'S97', '--source', 'example'], /--wsdl .*nowhere\.wsdl: no such file/],
      ['a WSDL that is a folder', ['--wsdl', ROOT, '--id', 'S97', '--source', 'example'], /: not a file/],
      ['a schema given as the WSDL', ['--wsdl', FIXTURE.replace(/\.wsdl$/, '.xsd'), '--id', 'S97', '--source', 'example'], /not a WSDL 1\.1 definitions document/],
      ['an ID not like S20', ['--wsdl', FIXTURE, '--id', 'S9', '--source', 'example'], /--id 'S9' is not a catalog ID/],
      ['an ID of three digits', ['--wsdl', FIXTURE, '--id', 'S100', '--source', 'example'], /--id 'S100' is not a catalog ID/],
      ['no --source', ['--wsdl', FIXTURE, '--id', 'S97'], /--source is required/],
      ['an unknown option', ['--wsdl', FIXTURE, '--id', 'S97', '--source', 'example', '--colour'], /unknown option '--colour'/],
      ['the folder of an earlier run, without --force', S99, /exists already \(--force overwrites\): src\/services\/S\/ExampleService\//],
      ['a path another service declares', [...S99.slice(0, 3), 'S97', '--name', 'ThirdService', '--source', 'example2'], /src\/services\/S\/ExampleService\/service\.ts serves \/SOA4520\/ExampleService\/v1\/consult already/],
    ])('%s', (_what, args, message) => {
      const before = registries();
      const result = run(...args);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(registries()).toEqual(before);
      expect(fs.existsSync(path.join(ROOT, 'src/services/S/ThirdService'))).toBe(false);
    });

    it('--force writes the same files again and registers nothing twice', () => {
      const before = S99_FILES.map(read);
      const again = run(...S99, '--force');
      expect(again).toMatchObject({ code: 0, err: '' });
      expect(S99_FILES.map(read)).toEqual(before);
      expect(read('src/services/registry.ts').match(/exampleV1Service/g)).toHaveLength(2);
      expect(read('src/sources/registry.ts').match(/exampleSource/g)).toHaveLength(2);
    });
  });

  describe('the generated e2e test, run on the copy', () => {
    // Registers its describe block here: a soap client on the published ?wsdl of the copy's emulator.
    require(path.join(ROOT, 'test/e2e/s99-example.test.ts'));
  });
});
