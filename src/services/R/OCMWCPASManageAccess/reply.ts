import type { XmlObject } from '../../../xml/build';
import { SSDN_COMMON_NS } from '../../../soap/ssdn';
import type { Inscription } from '../../../sources/repertory';
import { brusselsDate, Day } from './period';
import type { ManageAccessArgs } from './request';

/** The ManageAccessReply content: OriginalRequest, then one Registrations per inscription (ManageAccessReply.xsd). */
export function manageAccessReply(args: ManageAccessArgs, registrations: Inscription[]): XmlObject {
  const dates = new CommonDates();
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

/**
 * Period dates are in the SSDN Common namespace. Real replies declare it on each date with a
 * fresh prefix, ns4, ns5, ... in document order; the emulator writes them the same way.
 */
class CommonDates {
  private next = 4;

  period(begin: Day, end: Day | null): XmlObject {
    return { ...this.date('StartDate', begin), ...(end === null ? {} : this.date('EndDate', end)) };
  }

  private date(name: string, day: Day): XmlObject {
    const prefix = `ns${this.next++}`;
    return { [`${prefix}:${name}`]: { [`@xmlns:${prefix}`]: SSDN_COMMON_NS, '#text': brusselsDate(day) } };
  }
}
