import type { XmlObject } from '../../../xml/build';
import { CommonDates } from '../../../soap/commonDates';
import type { Inscription } from '../../../sources/repertory';
import { brusselsDate } from './period';
import type { ManageAccessArgs } from './request';

/** The ManageAccessReply content: OriginalRequest, then one Registrations per inscription (ManageAccessReply.xsd). */
export function manageAccessReply(args: ManageAccessArgs, registrations: Inscription[]): XmlObject {
  // Real ManageAccess replies write each day with its Brussels offset (2024-03-01+01:00).
  const dates = new CommonDates(brusselsDate);
  return {
    OriginalRequest: {
      SSIN: args.ssin,
      // The reply XSD requires Purpose; a LIST without one is echoed as 0 ("all purposes") [EMU].
      Purpose: args.purpose?.code ?? 0,
      Period: dates.period(args.start, args.end ?? null),
      Action: args.action,
      Register: args.action === 'LIST' ? args.queryRegister : undefined,
    },
    Registrations: registrations.map((i) => ({
      Purpose: i.quality_code,
      Period: dates.period(i.begin_date, i.end_date),
      // The sectoral register knows the OCMW by its municipality's NIS code (real sample: 63023), KSZ by its KBO number.
      OrgUnit: i.register === 'SECONDARY' ? i.nis_code : i.cbe_number,
      Register: i.register,
    })),
  };
}
