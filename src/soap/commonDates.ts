import type { XmlObject } from '../xml/build';
import { SSDN_COMMON_NS } from './ssdn';

/**
 * Period dates of a classic reply, in the SSDN Common namespace. Real replies declare that
 * namespace on each date with a fresh prefix, ns4, ns5, ... in document order (the PHP client
 * finds StartDate and EndDate by the second and third prefix used inside Period); one instance
 * numbers the dates of one reply. `written` says how a day is written (default: as it is).
 */
export class CommonDates {
  private next = 4;

  constructor(private readonly written: (day: string) => string = (day) => day) {}

  period(begin: string, end: string | null): XmlObject {
    return { ...this.date('StartDate', begin), ...(end === null ? {} : this.date('EndDate', end)) };
  }

  private date(name: string, day: string): XmlObject {
    const prefix = `ns${this.next++}`;
    return { [`${prefix}:${name}`]: { [`@xmlns:${prefix}`]: SSDN_COMMON_NS, '#text': this.written(day) } };
  }
}
