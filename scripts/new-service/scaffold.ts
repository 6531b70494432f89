import * as fs from 'fs';
import * as path from 'path';
import { NewServiceOptions, UsageError } from './args';
import { planService, ServicePlan } from './plan';
import { addToRegistry, RegistryEdit, serviceRegistryEdit, sourceRegistryEdit } from './registry-edit';
import { contextTs, serviceTs } from './templates/service';
import { handlerTs } from './templates/handler';
import { outcomesTs } from './templates/outcomes';
import { sourceTs } from './templates/source';
import { e2eTestTs } from './templates/e2e';
import { docsMd } from './templates/docs';

/** What the scaffold did, by paths relative to the project folder. */
export interface ScaffoldReport {
  plan: ServicePlan;
  created: string[];
  overwritten: string[];
  /** Present already and left as they are (an identical contract file, an existing docs page). */
  kept: string[];
  /** The registries it added a line to. */
  registered: string[];
}

const SERVICES_REGISTRY = 'src/services/registry.ts';
const SOURCES_REGISTRY = 'src/sources/registry.ts';

type File = [relative: string, text: string];

/** The files of the plan: the contract copies, the source, the service folder, the e2e test. */
function generatedFiles(p: ServicePlan): File[] {
  return [
    ...p.contract.copies.map((c): File => [`wsdl/${c.relative}`, c.text]),
    ...(p.source.isNew ? [[`src/sources/${p.source.folder}/index.ts`, sourceTs(p)] as File] : []),
    [`${p.folder}/context.ts`, contextTs(p)],
    [`${p.folder}/service.ts`, serviceTs(p)],
    [`${p.folder}/handler.ts`, handlerTs(p)],
    [`${p.folder}/outcomes.ts`, outcomesTs(p)],
    [p.e2eTest, e2eTestTs(p)],
  ];
}

/**
 * Plans, checks and writes a new service. Everything that can refuse (the WSDL, what exists,
 * the registries' shape) is checked before the first file is written.
 */
export function scaffold(o: NewServiceOptions): ScaffoldReport {
  const plan = planService(o);
  const abs = (rel: string) => path.join(o.root, rel);
  const files = generatedFiles(plan);
  const docs: File = [`docs/services/${plan.id}.md`, docsMd(plan)];

  // What is there already: refused without --force (an identical contract file is no conflict).
  const conflicts: string[] = [];
  if (fs.existsSync(abs(plan.folder))) conflicts.push(`${plan.folder}/`);
  if (plan.source.isNew && fs.existsSync(abs(`src/sources/${plan.source.folder}`))) conflicts.push(`src/sources/${plan.source.folder}/`);
  for (const [rel, text] of files) {
    if (rel.startsWith(`${plan.folder}/`) || rel.startsWith('src/sources/')) continue;
    if (fs.existsSync(abs(rel)) && fs.readFileSync(abs(rel), 'utf8') !== text) conflicts.push(rel);
  }
  const otherService = serviceOnPath(o.root, plan);
  if (otherService) throw new UsageError(`${otherService} serves ${plan.path} already; give another --path`);
  if (conflicts.length > 0 && !o.force) throw new UsageError(`exists already (--force overwrites): ${conflicts.join(', ')}`);

  // Registry lines, edited in memory first: one of an unexpected shape stops the scaffold here.
  const edits: [string, RegistryEdit][] = [[SERVICES_REGISTRY, serviceRegistryEdit(plan.exportName, plan.family, plan.name)]];
  if (plan.source.isNew) edits.push([SOURCES_REGISTRY, sourceRegistryEdit(plan.source.key, plan.source.exportName, plan.source.folder)]);
  const registries: File[] = [];
  for (const [rel, edit] of edits) {
    const text = fs.readFileSync(abs(rel), 'utf8');
    if (text.includes(edit.importLine)) {
      if (!o.force) throw new UsageError(`${rel} registers ${edit.name} already (--force keeps that line)`);
      continue;
    }
    registries.push([rel, addToRegistry(text, rel, edit)]);
  }

  const report: ScaffoldReport = { plan, created: [], overwritten: [], kept: [], registered: registries.map(([rel]) => rel) };
  for (const [rel, text] of [...files, docs]) {
    const exists = fs.existsSync(abs(rel));
    if (exists && (rel === docs[0] || fs.readFileSync(abs(rel), 'utf8') === text)) {
      report.kept.push(rel);
      continue;
    }
    fs.mkdirSync(path.dirname(abs(rel)), { recursive: true });
    fs.writeFileSync(abs(rel), text);
    (exists ? report.overwritten : report.created).push(rel);
  }
  for (const [rel, text] of registries) fs.writeFileSync(abs(rel), text);
  return report;
}

/** The declaration file of another service that declares this path, if one does. */
function serviceOnPath(root: string, plan: ServicePlan): string | undefined {
  const declared = `path: '${plan.path}'`;
  const walk = (dir: string): string | undefined => {
    if (!fs.existsSync(dir)) return undefined;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (entry.isDirectory() && rel !== plan.folder) {
        const found = walk(full);
        if (found) return found;
      } else if (entry.name === 'service.ts' && fs.readFileSync(full, 'utf8').includes(declared)) return rel;
    }
    return undefined;
  };
  return walk(path.join(root, 'src/services'));
}
