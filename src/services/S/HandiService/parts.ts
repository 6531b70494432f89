/**
 * The data blocks of HandiService (proportionality works on these): the four parts of a file at a
 * reference date and the payments. v1 calls the recognition part `handicapRecognition`.
 */
export const PARTS = ['evolutionOfRequest', 'handicapRecognitions', 'rights', 'socialCards'] as const;
export type Part = (typeof PARTS)[number];
export const BLOCKS = [...PARTS, 'payments'] as const;
export type Block = (typeof BLOCKS)[number];

/** The payments of at most this many months may be asked at once (HAN00020). */
export const MAX_PAYMENT_MONTHS = 24;
