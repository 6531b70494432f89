import type { AuthorizationRule } from '../services/types';
import { MUNICIPALITIES, ocmwCbe } from '../../fixtures/organisations';

/** Markdown table helpers for the generated docs: cells are escaped so a `|` never breaks a row. */

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function code(text: string): string {
  return `\`${text}\``;
}

const ROLE_WORDS: Record<string, string> = {
  SOCIAL_WORKER: 'social worker',
  ADMIN_STAFF: 'administrative staff',
  GENERAL_DIRECTOR: 'general director',
  FINANCIAL_DIRECTOR: 'financial director',
  SECURITY_ADVISOR: 'security advisor',
  PROGRAM: 'program',
};

export function roles(rule: AuthorizationRule): string {
  return rule.roles.map((r) => ROLE_WORDS[r] ?? r).join(', ');
}

/** Which OCMW a row is for: any, or one by name (the Flemish services have one row per Flemish OCMW). */
export function requester(rule: AuthorizationRule): string {
  if (!rule.requesterCbe) return 'any OCMW';
  const m = MUNICIPALITIES.find((x) => ocmwCbe(x) === rule.requesterCbe);
  return m ? `OCMW ${m.nl}` : code(rule.requesterCbe);
}

export function legalContexts(rule: AuthorizationRule): string {
  return rule.legalContexts.length ? rule.legalContexts.map(code).join(', ') : 'any';
}

/** "blocking, codes 1–9, 40, on the request date" */
export function integration(rule: AuthorizationRule): string {
  if (rule.integrationCheck === 'NONE') return 'none needed';
  const when = rule.periodRule === 'REQUEST_DATE' ? 'on the request date' : 'over the requested period';
  const check = rule.integrationCheck === 'BLOCKING' ? 'blocking' : 'non-blocking';
  const codes = rule.qualityCodes.length ? `codes ${ranges(rule.qualityCodes)}` : 'any code';
  return `${check}, ${codes}, ${when}${rule.minPhase ? `, phase ≥ ${rule.minPhase}` : ''}`;
}

export function dataBlocks(rule: AuthorizationRule): string {
  return rule.dataBlocks.includes('*') ? 'all' : rule.dataBlocks.join(', ');
}

/** 1, 2, 3, 4, 40 → "1–4, 40" */
export function ranges(values: number[]): string {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i + 1 ? `${sorted[i]}–${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.join(', ');
}
