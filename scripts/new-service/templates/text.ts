import type { ServicePlan } from '../plan';

/** A TypeScript single-quoted string literal. */
export const q = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Text safe inside a block comment. */
export const c = (s: string): string => s.replace(/\*\//g, '* /');

/** S99 ExampleService v1 */
export const title = (p: ServicePlan): string => `${p.id} ${p.name} ${p.version}`;

/** A property access or call on a name that may not be an identifier (a WSDL operation name). */
export const member = (name: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${q(name)}]`);

/** `childText(request, 'criteria', 'ssin')` for a path below the request root. */
export const childTextCall = (path: string[]): string => `childText(request, ${path.map(q).join(', ')})`;

/** An object key for an XML local name (which may hold '-' or '.'). */
export const key = (name: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : q(name));
