/**
 * How the scaffold names what it generates, from the catalog ID, the service name and its
 * version: the folder, the exported declaration, the test file, a source's key and class.
 */

/** FooService -> foo-service; RetrieveTIGroups -> retrieve-ti-groups. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** nic, health-insurance, bisWrites -> nic, healthInsurance, bisWrites (the key services declare). */
export function camel(name: string): string {
  return name.replace(/[-_]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^[A-Z]/, (c) => c.toLowerCase());
}

/** healthInsurance -> health_insurance (table names). */
export function snake(name: string): string {
  return kebab(name).replace(/-/g, '_');
}

export function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The service name without a trailing "Service" (as the test files and exports are named). */
export function baseName(name: string): string {
  return name.length > 'Service'.length && name.endsWith('Service') ? name.slice(0, -'Service'.length) : name;
}

/** ExampleService v1 -> exampleV1Service (as livingWagesV2Service). */
export function declarationExport(name: string, version: string): string {
  const v = version.replace(/^v/, '');
  return `${camel(baseName(name))}V${v}Service`;
}

/** S99 ExampleService -> s99-example.test.ts (the convention of test/e2e/). */
export function e2eTestFile(id: string, name: string): string {
  return `${id.toLowerCase()}-${kebab(baseName(name))}.test.ts`;
}

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(' '),
);

/** A WSDL operation name (an NCName: may hold '-' or '.') as a TypeScript function name. */
export function identifier(name: string): string {
  let id = camel(name.replace(/[^A-Za-z0-9_$]+/g, '-'));
  if (!/^[A-Za-z_$]/.test(id)) id = `op${upperFirst(id)}`;
  return RESERVED.has(id) ? `${id}Operation` : id;
}

/** The names of a source named on the command line (nic, health-insurance): its registry key, folder, exports and table. */
export interface SourceNames {
  key: string;
  folder: string;
  exportName: string;
  className: string;
  table: string;
}

export function sourceNames(name: string): SourceNames {
  const key = camel(name);
  return { key, folder: kebab(key), exportName: `${key}Source`, className: upperFirst(key), table: `${snake(key)}_record` };
}
