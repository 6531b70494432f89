/** What the pipeline needs from an HTTP request, and what it gives back. */
export interface IncomingCall {
  body: string;
  authorization?: string;
  soapAction?: string;
}

export interface HttpReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** What the exchange log line says about it (ticket, service, decision, code). */
  summary?: Record<string, unknown>;
}
