import type { XmlObject } from '../../../xml/build';
import type { HandiFile, HandiPayment } from '../../../sources/handi';
import { card, details, dgphRights, evolution, payment, result } from './file-v2';
import type { Block } from './parts';

/** Why a v1 block holds no data: every block of the v1 file is present, with its data or this reason. */
export type NoDataReason = 'no data in db' | 'not requested' | 'not authorized';
const none = (reason: NoDataReason): XmlObject => ({ noDataReason: reason });

export interface V1Blocks {
  /** The blocks asked. */
  asked: Set<Block>;
  /** The blocks the caller may receive (undefined = all). */
  allowed?: Set<string>;
}

/** The reason a block is empty, or undefined when its data may be given. */
function withheld(block: Block, blocks: V1Blocks): NoDataReason | undefined {
  if (!blocks.asked.has(block)) return 'not requested';
  if (blocks.allowed && !blocks.allowed.has(block)) return 'not authorized';
  return undefined;
}

/**
 * The v1 file (consultFile, consultRightsAndPayments): ssin, address, then evolutionOfRequest,
 * handicapRecognition (the latest in force), rights, socialCards (1..2) and payments (1..24),
 * each holding data or a noDataReason.
 */
export function v1File(ssin: string, file: HandiFile, day: string, payments: HandiPayment[], blocks: V1Blocks, address?: XmlObject): XmlObject {
  const reason = (block: Block, empty: boolean) => withheld(block, blocks) ?? (empty ? 'no data in db' : undefined);
  const recognition = file.recognitions[file.recognitions.length - 1];
  const evolutionData = evolution(file, day, true);
  const r = {
    evolutionOfRequest: reason('evolutionOfRequest', !evolutionData),
    handicapRecognition: reason('handicapRecognitions', !recognition),
    rights: reason('rights', !file.right),
    socialCards: reason('socialCards', file.cards.length === 0),
    payments: reason('payments', payments.length === 0),
  };
  return {
    ssin,
    addressHandicappedPerson: address,
    evolutionOfRequest: r.evolutionOfRequest ? none(r.evolutionOfRequest) : evolutionData,
    handicapRecognition: r.handicapRecognition
      ? none(r.handicapRecognition)
      : {
          dateOfDecision: recognition.decision_date,
          startDateRecognition: recognition.begin_date,
          endDateRecognition: recognition.end_date ?? undefined,
          handicapRecognitionDetails: details(recognition),
          ...result(recognition),
        },
    rights: r.rights ? none(r.rights) : dgphRights(file.right!),
    socialCards: r.socialCards ? [none(r.socialCards)] : file.cards.slice(-2).map((c) => card(c, 'cardType')),
    payments: r.payments ? [none(r.payments)] : payments.slice(-24).map(payment),
  };
}
