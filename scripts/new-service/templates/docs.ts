import { CATALOG } from '../../../src/explorer/catalog';
import type { ServicePlan } from '../plan';
import { title } from './text';

/**
 * docs/services/<ID>.md: the page's frame, with the empty markers `npm run docs` fills with the
 * facts of the registry (endpoints, operations, authorization rows, persona outcomes).
 */
export function docsMd(p: ServicePlan): string {
  const row = CATALOG.find((r) => r.id === p.id);
  const purpose = row ? `${row.purpose.charAt(0).toUpperCase()}${row.purpose.slice(1)} (catalogue: ${row.name}). TODO: more on what it answers, to whom,` : 'TODO: what the service answers, to whom,';
  return `### ${title(p)} (modelled)

${purpose} from which authentic source (\`${p.source.key}\`).

<!-- generated:facts:start -->
<!-- generated:facts:end -->

TODO: per operation the criteria, the result elements and the rules behind them; what the
emulated data holds and which personas show it (\`${p.folder}/outcomes.ts\`).

Codes: \`MSG00000\` data found, \`MSG00100\` no data found; the refusals of the interceptor are in the
README ("Finality and proportionality: the interceptor").
`;
}
