/**
 * Adds a line to a registry file (src/services/registry.ts, src/sources/registry.ts): its import
 * after the last local import, its entry at the end of the list. The edit is made on the text and
 * refused when the file no longer has the shape it expects, so a hand-edited registry is never
 * silently mangled.
 */
export class RegistryShapeError extends Error {}

export interface RegistryEdit {
  /** e.g. `import { fooV1Service } from './S/FooService/service';` */
  importLine: string;
  /** The line that opens the list, e.g. `export const DECLARATIONS: ServiceDeclaration[] = [` */
  listOpening: string;
  /** The line that closes it, e.g. `];` or `} satisfies Record<string, SourceModule>;` */
  listClosing: RegExp;
  /** The entry, without indentation and trailing comma, e.g. `fooV1Service` or `nic: nicSource` */
  entry: string;
  /** The name that must not be registered already. */
  name: string;
}

export function addToRegistry(text: string, file: string, edit: RegistryEdit): string {
  const fail = (message: string): never => {
    throw new RegistryShapeError(`${file}: ${message}`);
  };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  if (new RegExp(`\\b${edit.name}\\b`).test(text)) fail(`${edit.name} is registered already`);

  let lastImport = -1;
  lines.forEach((line, i) => {
    if (/^import .* from '\.\/[^']*';$/.test(line)) lastImport = i;
  });
  if (lastImport < 0) fail('no local import to add the new one after');
  lines.splice(lastImport + 1, 0, edit.importLine);

  const open = lines.findIndex((line) => line.trimEnd() === edit.listOpening);
  if (open < 0) fail(`no line '${edit.listOpening}'`);
  const close = lines.findIndex((line, i) => i > open && edit.listClosing.test(line));
  if (close < 0) fail(`the list opened by '${edit.listOpening}' is not closed`);
  const previous = lines[close - 1];
  if (close - 1 > open && !previous.trimEnd().endsWith(',')) lines[close - 1] = `${previous.trimEnd()},`;
  const indent = close - 1 > open ? (previous.match(/^\s*/)?.[0] ?? '  ') : '  ';
  lines.splice(close, 0, `${indent}${edit.entry},`);
  return lines.join(eol);
}

export function serviceRegistryEdit(exportName: string, family: string, folder: string): RegistryEdit {
  return {
    importLine: `import { ${exportName} } from './${family}/${folder}/service';`,
    listOpening: 'export const DECLARATIONS: ServiceDeclaration[] = [',
    listClosing: /^\];\s*$/,
    entry: exportName,
    name: exportName,
  };
}

export function sourceRegistryEdit(key: string, exportName: string, folder: string): RegistryEdit {
  return {
    importLine: `import { ${exportName} } from './${folder}';`,
    listOpening: 'export const SOURCES = {',
    listClosing: /^\}( satisfies .*)?;\s*$/,
    entry: `${key}: ${exportName}`,
    name: exportName,
  };
}
