import type { ServicePlan } from '../plan';
import { q, title } from './text';

/**
 * outcomes.ts: what the generated service answers the standard persona on every operation (the
 * row the new source's seed writes for her, or no data), and where the request names a person
 * what the shared checks answer (SSIN replaced, cancelled, unknown; finality).
 */
export function outcomesTs(p: ServicePlan): string {
  const v = p.id.toLowerCase();
  const lines = p.operations.map((o) =>
    p.source.isNew && o.ssinPath
      ? `${v}('standard', ${q(o.name)}, 'DATA_FOUND', 'MSG00000', ${q(`The row the seed writes for her (src/sources/${p.source.folder}/).`)}),`
      : `${v}('standard', ${q(o.name)}, 'NO_DATA_FOUND', 'MSG00100', 'Nothing yet: the generated handler finds no rows (TODO).'),`,
  );
  const personal = p.operations.find((o) => o.ssinPath);
  if (personal) lines.push('...sharedCheckOutcomes(checked, { channel: \'new\', finality: true }),');
  const checked = personal
    ? `\n/** The pipeline's own checks (SSIN status, finality), shown on ${personal.name}. */\nconst checked = operationOutcomes(${q(p.id)}, ${q(personal.name)});\n`
    : '';
  const imports = ['type PersonaOutcome', ...(personal ? ['operationOutcomes'] : []), 'serviceOutcomes', ...(personal ? ['sharedCheckOutcomes'] : [])];
  return `import { ${imports.join(', ')} } from '../../../personas/outcome';

/**
 * ${title(p)}: what it answers each persona, as OCMW Gent's social worker
 * with the explorer's sample request; test/e2e/persona-outcomes.test.ts proves every line over HTTP.
 * TODO: the other personas (fixtures/personas.ts), as the source's data gives them.
 */
const ${v} = serviceOutcomes(${q(p.id)});
${checked}
export const OUTCOMES: PersonaOutcome[] = [
${lines.map((l) => `  ${l}`).join('\n')}
];
`;
}
