import type { XmlElement } from '../xml/node';

/**
 * A reading of a request's criteria done once per request: an operation's validate step, its
 * REQUESTED_PERIOD rule, its data blocks and its handler all ask for it while one request is
 * served and get the same result (kept as long as the request element lives). A reading that
 * fails throws each time it is asked for.
 */
export function readOnce<T>(read: (request: XmlElement) => T): (request: XmlElement) => T {
  const kept = new WeakMap<XmlElement, T>();
  return (request) => {
    if (kept.has(request)) return kept.get(request) as T;
    const value = read(request);
    kept.set(request, value);
    return value;
  };
}
