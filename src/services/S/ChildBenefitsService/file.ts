import type { XmlObject } from '../../../xml/build';
import type { Bonus, FullFile, PaymentPeriod } from '../../../sources/childbenefits';

/** Labels of the categories the seed uses (the contract documents the codes; the labels are ours). */
const LABELS: Record<string, { nl: string; fr: string }> = {
  BASIC: { nl: 'Basisbedrag', fr: 'Montant de base' },
  SOCIAL: { nl: 'Sociale toeslag', fr: 'Supplément social' },
  SPECIAL_CARE: { nl: 'Zorgtoeslag voor kinderen met een specifieke ondersteuningsbehoefte', fr: 'Supplément pour enfant atteint d’une affection' },
  BIRTH: { nl: 'Startbedrag / kraamgeld', fr: 'Allocation de naissance' },
};

const category = (code: string): XmlObject => {
  const label = LABELS[code];
  return { code, description: label ? [{ '@language': 'NL', '#text': label.nl }, { '@language': 'FR', '#text': label.fr }] : undefined };
};

const periodXml = (p: PaymentPeriod): XmlObject => ({ beginMonth: p.begin_month, endMonth: p.end_month ?? undefined, category: category(p.category) });
const bonusXml = (b: Bonus): XmlObject => ({ paymentDate: b.payment_date, category: category(b.category) });

/** Keeps only what overlaps the months asked. */
const inPeriod = (from: string, until: string | null) => (p: PaymentPeriod) => (p.end_month === null || p.end_month >= from) && (until === null || p.begin_month <= until);

/**
 * One file as the contract gives it: the fund, the file number (none in Flanders), the entitled
 * person (federal files only), the beneficiaries and the children with their payment periods and
 * bonuses. In a Flemish file every period and bonus of the child names its beneficiaries.
 */
export function fileXml(f: FullFile, from: string, until: string | null): XmlObject {
  const flemish = f.authentic_source === 'FLANDERS';
  const beneficiaries = f.members.filter((m) => m.role === 'BENEFICIARY').map((m) => m.ssin);
  const linked = flemish ? { beneficiaries: { beneficiary: beneficiaries.slice(0, 2) } } : {};
  const periodsOf = (ssin: string) => f.periods.filter((p) => p.ssin === ssin).filter(inPeriod(from, until));
  const bonusesOf = (ssin: string) => f.bonuses.filter((b) => b.ssin === ssin && b.payment_date.slice(0, 7) >= from && (until === null || b.payment_date.slice(0, 7) <= until));
  const some = <T>(items: T[]) => (items.length > 0 ? items : undefined);
  return {
    childBenefitsFund: { enterpriseNumber: f.fund_enterprise, description: [{ '@language': 'NL', '#text': f.fund_name }] },
    fileNumber: f.file_number || undefined,
    entitledPersonSsin: f.authentic_source === 'FEDERAL' ? f.entitled_ssin : undefined,
    beneficiaries: {
      beneficiary: beneficiaries.map((ssin) => ({
        ssin,
        // In a Flemish file the beneficiary's periods repeat the child's; they are given with the child.
        paymentPeriods: flemish ? undefined : some(periodsOf(ssin).map(periodXml)) && { paymentPeriod: periodsOf(ssin).map(periodXml) },
      })),
    },
    children: {
      child: f.members
        .filter((m) => m.role === 'CHILD')
        .map((m) => {
          const bonuses = bonusesOf(m.ssin);
          const periods = periodsOf(m.ssin);
          return {
            ssin: m.ssin,
            bonuses: some(bonuses) && { bonus: bonuses.map((b) => ({ ...bonusXml(b), ...linked })) },
            paymentPeriods: some(periods) && { paymentPeriod: periods.map((p) => ({ ...periodXml(p), ...linked })) },
          };
        }),
    },
  };
}
