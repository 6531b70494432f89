/**
 * The knipperlichten (X09) POD MI raises when it accepts a leefloon or an equivalent leefloon: its
 * cross-source rules as data (MODELLED: the circular of 3 June 2014 names the flows crossed, not
 * the thresholds). A rule names the source it crosses the accepted period with, the alert type
 * it raises and the least amount that counts; GET/PUT /_admin/alerts/rules list and replace them,
 * POST /_admin/reset restores DEFAULT_ALERT_RULES.
 */
export const ALERT_SOURCES = ['DMFA_WAGES', 'DIMONA', 'RVA_PAYMENT', 'PENSION', 'SELF_EMPLOYED', 'INCAPACITY', 'OTHER_OCMW_LEEFLOON'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

export interface AlertRule {
  id: string;
  source: AlertSource;
  enabled: boolean;
  /** The alert type code the alert carries (MODELLED codes, 3 digits). */
  alertType: string;
  /**
   * The least amount (euro) a hit must have to raise an alert: the quarter's gross wage (DMFA_WAGES),
   * the month's gross payment (RVA_PAYMENT), the monthly pension (PENSION), the daily indemnity
   * (INCAPACITY), the other OCMW's monthly leefloon; 0 = any. DIMONA and SELF_EMPLOYED have no amount.
   */
  minAmount: number;
  description: string;
}

export const DEFAULT_ALERT_RULES: AlertRule[] = [
  { id: 'KL01', source: 'DMFA_WAGES', enabled: true, alertType: '101', minAmount: 0, description: 'DmfA: the person earned a wage in a quarter of the accepted period.' },
  { id: 'KL02', source: 'DIMONA', enabled: true, alertType: '102', minAmount: 0, description: 'Dimona: an employment of the person overlaps the accepted period.' },
  { id: 'KL03', source: 'RVA_PAYMENT', enabled: true, alertType: '201', minAmount: 0, description: 'RVA: unemployment allowances paid for a month of the accepted period.' },
  { id: 'KL04', source: 'PENSION', enabled: true, alertType: '301', minAmount: 0, description: 'Pension register: a pension right runs during the accepted period.' },
  { id: 'KL05', source: 'SELF_EMPLOYED', enabled: true, alertType: '401', minAmount: 0, description: 'RSVZ: a self-employed activity overlaps the accepted period.' },
  { id: 'KL06', source: 'INCAPACITY', enabled: true, alertType: '501', minAmount: 0, description: 'NIC: an incapacity or invalidity allowance overlaps the accepted period.' },
  { id: 'KL07', source: 'OTHER_OCMW_LEEFLOON', enabled: true, alertType: '601', minAmount: 0, description: 'POD MI: another OCMW grants a living wage for an overlapping period.' },
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a rule list sent to PUT /_admin/alerts/rules; returns it, or a message naming the problem. */
export function parseAlertRules(body: unknown): AlertRule[] | string {
  const list = isObject(body) ? body.rules : undefined;
  if (!Array.isArray(list)) return 'Send {"rules": [{"id": "KL01", "source": "DMFA_WAGES", …}]} (GET gives the current rules).';
  const out: AlertRule[] = [];
  for (const [i, raw] of list.entries()) {
    const at = `rules[${i}]`;
    if (!isObject(raw)) return `${at}: a rule is an object.`;
    const { id, source, enabled, alertType, minAmount, description } = raw;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,20}$/.test(id)) return `${at}.id: 1 to 20 letters, digits, - or _.`;
    if (out.some((r) => r.id === id)) return `${at}.id: ${id} is used twice.`;
    if (typeof source !== 'string' || !(ALERT_SOURCES as readonly string[]).includes(source)) return `${at}.source: one of ${ALERT_SOURCES.join(', ')}.`;
    if (typeof enabled !== 'boolean') return `${at}.enabled: true or false.`;
    if (typeof alertType !== 'string' || !/^[0-9]{3}$/.test(alertType)) return `${at}.alertType: 3 digits.`;
    if (typeof minAmount !== 'number' || !Number.isFinite(minAmount) || minAmount < 0) return `${at}.minAmount: a number of euro, 0 or more.`;
    if (typeof description !== 'string' || description.trim() === '') return `${at}.description: a text.`;
    out.push({ id, source: source as AlertSource, enabled, alertType, minAmount, description });
  }
  return out;
}
