import type { SourceAccess } from '../sources/registry';
import type { Db } from '../store/db';
import type { SourceEvent } from './input';
import { EventRefused, Notice } from './notice';

type SocialEvent = Exclude<SourceEvent, { type: 'ADDRESS_CHANGE' | 'DECEASE' | 'FAMILY_CHANGE' | 'SSIN_REPLACED' }>;

const notice = (flow: string, ssin: string, element: string, content: Notice['content']): Notice => ({ flow, ssin, element, content: { ssin, ...content } });

/**
 * The events of the social databases: a Dimona entry or exit (RSZ), a pension right, the start
 * or end of a self-employed activity (RSVZ), an incapacity (NIC), and three payments no service
 * reads (service vouchers, dismissal compensation, the pensioner's holiday pay) that only their
 * flows carry. The data changes where S01, S07, S08, S16, S18 and the others read it.
 * Payloads MODELLED, N04 after the element names of A950 (contracts-wave2.md §2).
 */
export function applySocialEvent(db: Db, sources: SourceAccess, e: SocialEvent): Notice[] {
  if (!sources.persons.find(e.ssin)) throw new EventRefused(`ssin: ${e.ssin} is in no register`);
  switch (e.type) {
    case 'EMPLOYMENT_START': {
      const employer = db.prepare('SELECT * FROM rsz_employer WHERE cbe_number = ?').get(e.employerCbe) as { noss_number: string; name: string; joint_committee: string } | undefined;
      if (!employer) throw new EventRefused(`employerCbe: ${e.employerCbe} is no employer known to the RSZ`);
      if (db.prepare('SELECT 1 FROM rsz_employment WHERE ssin = ? AND employer_cbe = ? AND (end_date IS NULL OR end_date >= ?)').get(e.ssin, e.employerCbe, e.date))
        throw new EventRefused(`employerCbe: ${e.ssin} already works for ${e.employerCbe} on ${e.date}`);
      db.prepare('INSERT INTO rsz_employment (ssin, employer_cbe, employer_name, noss_number, begin_date, end_date, worker_type, joint_committee, work_regime) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)').run(
        e.ssin,
        e.employerCbe,
        employer.name,
        employer.noss_number,
        e.date,
        e.workerType ?? 'OTH',
        employer.joint_committee,
        e.workRegime ?? 'FULL_TIME',
      );
      return [personnelFile(e.ssin, 'ENTRY', e.date, employer.noss_number, e.employerCbe)];
    }
    case 'EMPLOYMENT_END': {
      const running = db.prepare('SELECT id, noss_number, begin_date FROM rsz_employment WHERE ssin = ? AND employer_cbe = ? AND end_date IS NULL').get(e.ssin, e.employerCbe) as
        | { id: number; noss_number: string; begin_date: string }
        | undefined;
      if (!running) throw new EventRefused(`employerCbe: ${e.ssin} has no running employment at ${e.employerCbe}`);
      if (running.begin_date > e.date) throw new EventRefused(`date: before the employment began (${running.begin_date})`);
      db.prepare('UPDATE rsz_employment SET end_date = ? WHERE id = ?').run(e.date, running.id);
      return [personnelFile(e.ssin, 'EXIT', e.date, running.noss_number, e.employerCbe)];
    }
    case 'PENSION_RIGHT': {
      const institution = e.institution ?? 'SFP';
      const fileId = `${e.ssin}-${institution === 'SFP' ? 'W' : 'S'}`;
      db.prepare(
        `INSERT INTO pension_right (ssin, institution, pillar, advantage_code, periodicity, pension_file_id, pension_start, right_start, right_close, pension_type,
           administrative_situation, employer_type, family_charge_type, advantage_type, household_code, right_origin, index_type, ami_tax_code, career_years, monthly_amount)
         VALUES (?, ?, 'First', ?, 1, ?, ?, ?, NULL, 1, 1, ?, 2, '11', 2, 1, 1, 2, 0, ?)`,
      ).run(e.ssin, institution, institution === 'SFP' ? '01' : '02', fileId, e.date, e.date, institution === 'SFP' ? 1 : 0, e.monthlyAmount);
      // The right, not the payment (N03).
      return [notice('N03', e.ssin, 'pensionRegisterMutation', { pensionFileId: fileId, institution, pillar: 'First', rightStartDate: e.date, mutationKind: 'RIGHT_OPENED' })];
    }
    case 'SELF_EMPLOYED_START': {
      if (db.prepare('SELECT 1 FROM rsvz_career_period WHERE ssin = ? AND end_date IS NULL').get(e.ssin)) throw new EventRefused(`ssin: ${e.ssin} already has a running self-employed activity`);
      const fund = (db.prepare('SELECT fund_number, fund_name FROM rsvz_career_period WHERE ssin = ? ORDER BY begin_date DESC LIMIT 1').get(e.ssin) as { fund_number: string; fund_name: string } | undefined) ?? {
        fund_number: '010',
        fund_name: 'Liantis',
      };
      const occupation = e.occupation ?? 'MAIN_OCCUPATION';
      db.prepare("INSERT INTO rsvz_career_period (ssin, begin_date, end_date, period_type, occupation, equivalence_reason, fund_number, fund_name) VALUES (?, ?, NULL, 'ACTIVITY', ?, NULL, ?, ?)").run(
        e.ssin,
        e.date,
        occupation,
        fund.fund_number,
        fund.fund_name,
      );
      return [notice('N05', e.ssin, 'selfEmployedCareer', { mutationKind: 'START', activity: { beginDate: e.date, occupation }, socialInsuranceFund: { number: fund.fund_number, name: fund.fund_name } })];
    }
    case 'SELF_EMPLOYED_END': {
      const running = db.prepare('SELECT id, begin_date, occupation, fund_number, fund_name FROM rsvz_career_period WHERE ssin = ? AND end_date IS NULL').get(e.ssin) as
        | { id: number; begin_date: string; occupation: string; fund_number: string; fund_name: string }
        | undefined;
      if (!running) throw new EventRefused(`ssin: ${e.ssin} has no running self-employed activity`);
      if (running.begin_date > e.date) throw new EventRefused(`date: before the activity began (${running.begin_date})`);
      db.prepare('UPDATE rsvz_career_period SET end_date = ? WHERE id = ?').run(e.date, running.id);
      return [
        notice('N05', e.ssin, 'selfEmployedCareer', {
          mutationKind: 'END',
          activity: { beginDate: running.begin_date, endDate: e.date, occupation: running.occupation },
          socialInsuranceFund: { number: running.fund_number, name: running.fund_name },
        }),
      ];
    }
    case 'INCAPACITY_START': {
      const insured = sources.nic.situationAt(e.ssin, e.date).insurability;
      if (!insured) throw new EventRefused(`ssin: ${e.ssin} is insured at no mutuality on ${e.date}`);
      const daily = e.dailyGrossAmount ?? 60;
      db.prepare("INSERT INTO nic_incapacity (ssin, kind, begin_date, end_date, insuring_organization, mutuality, reference_daily_wage, percentage, daily_gross_amount) VALUES (?, 'PRIMARY_INCAPACITY', ?, NULL, ?, ?, ?, 60, ?)").run(
        e.ssin,
        e.date,
        insured.insuring_organization,
        insured.mutuality,
        Math.round((daily / 0.6) * 100) / 100,
        daily,
      );
      const period = { beginDate: e.date, kind: 'PRIMARY_INCAPACITY', insuringOrganization: insured.insuring_organization };
      return [notice('N08', e.ssin, 'hdiIndemnityAllowance', { ...period, dailyGrossAmount: daily.toFixed(2) }), notice('N12', e.ssin, 'hdiIndemnityPeriod', { period })];
    }
    case 'LEA_VOUCHER_PAYMENT':
      return [notice('N09', e.ssin, 'leaVoucherPayment', { paymentDate: e.date, vouchers: e.vouchers, amount: e.amount.toFixed(2) })];
    case 'DISMISSAL_COMPENSATION':
      return [notice('N10', e.ssin, 'dismissalCompensation', { paymentDate: e.date, employer: { cbeNumber: e.employerCbe }, amount: e.amount.toFixed(2) })];
    case 'PENSION_HOLIDAY_PAY':
      return [notice('N11', e.ssin, 'pensionHolidayPay', { paymentDate: e.date, amount: e.amount.toFixed(2) })];
  }
}

/** N04, after A950's element names: Activity{NaturalPerson{INSS}, Employer{FirmID{NLOSSRegistrationNbr, CompanyID}}} and the entry or exit. */
function personnelFile(ssin: string, kind: 'ENTRY' | 'EXIT', date: string, noss: string, cbe: string): Notice {
  return {
    flow: 'N04',
    ssin,
    element: 'personnelFileMutation',
    content: {
      mutationKind: kind,
      Activity: { NaturalPerson: { INSS: ssin }, Employer: { FirmID: { NLOSSRegistrationNbr: noss, CompanyID: cbe.replace(/^0/, '') } }, ...(kind === 'ENTRY' ? { EntryDate: date } : { ExitDate: date }) },
    },
  };
}
