import type { XmlObject } from '../xml/build';

/** What an applied event asks KSZ to tell: a flow about one person, with the flow's payload element. */
export interface Notice {
  flow: string;
  /** The person the notification is about: the recipients are the organisations that integrated them. */
  ssin: string;
  /** The payload's root element name and content (unqualified, as the notification contracts carry them). */
  element: string;
  content: XmlObject;
}

/** An event the sources cannot take (unknown person, no running employment, ...): a 400 that says why. */
export class EventRefused extends Error {}
