import type { SourceAccess } from '../sources/registry';

export interface Recipient {
  cbe: string;
  qualityCode: number;
}

/**
 * The organisations a flow about a person reaches on a day (the M-flow rule, X03/X07): those
 * whose integration of the person runs that day, in a sector the flow has a rule for, with one of
 * its quality codes and at least its phase. One per organisation, its lowest quality code.
 * Who integrated the person only later, or whose integration ended before, gets nothing
 * (in the classic network that sender would have been refused with -300020).
 */
export function recipients(sources: Pick<SourceAccess, 'repertory' | 'notifications'>, flow: string, ssin: string, date: string): Recipient[] {
  const rules = sources.notifications.flowRules(flow);
  const byCbe = new Map<string, number>();
  for (const i of sources.repertory.find({ ssin, overlapping: { begin: date, end: date } })) {
    const rule = rules.find((r) => r.sector === i.sector);
    if (!rule || !rule.qualityCodes.includes(i.quality_code) || i.phase < rule.minPhase) continue;
    byCbe.set(i.cbe_number, Math.min(byCbe.get(i.cbe_number) ?? Infinity, i.quality_code));
  }
  return [...byCbe].sort(([a], [b]) => a.localeCompare(b)).map(([cbe, qualityCode]) => ({ cbe, qualityCode }));
}
