/**
 * The codes of PcsaAlertReaction (MODELLED: POD MI's lists are not public, contracts-wave2.md §3
 * P14). MOTIVATION_CODES are the follow-up codes an OCMW answers an alert with; REACTION_ERRORS
 * the errors of a motivationResponse, each with its message in NL, FR, DE and EN.
 */
export const MOTIVATION_CODES: Record<string, string> = {
  '1': 'The income was already known and taken into account in the decision.',
  '2': 'The income was not known: the decision is revised.',
  '3': 'The income was not known: the aid unduly paid is being recovered.',
  '4': 'After verification the periods do not overlap (an error in the source data).',
  '5': 'The income does not count for the living wage (exempted income, art. 35 socio-professional exemption).',
  '99': 'Other reason: the comment explains it (mandatory).',
};

type Messages = { NL: string; FR: string; DE: string; EN: string };

export const REACTION_ERRORS = {
  UNKNOWN_ALERT: {
    code: 'PAR00001',
    NL: 'Onbekend knipperlicht: geen alarm met dit alertId en dit formNumber.',
    FR: 'Clignotant inconnu : aucune alerte avec cet alertId et ce formNumber.',
    DE: 'Unbekannter Warnhinweis: kein Alarm mit dieser alertId und dieser formNumber.',
    EN: 'Unknown alert: no alert with this alertId and formNumber.',
  },
  OTHER_PCSA: {
    code: 'PAR00002',
    NL: 'Dit knipperlicht is voor een ander OCMW.',
    FR: 'Ce clignotant est destiné à un autre CPAS.',
    DE: 'Dieser Warnhinweis ist für ein anderes ÖSHZ bestimmt.',
    EN: 'This alert belongs to another PCSA.',
  },
  ALREADY_MOTIVATED: {
    code: 'PAR00003',
    NL: 'Dit knipperlicht werd al gemotiveerd.',
    FR: 'Ce clignotant a déjà été motivé.',
    DE: 'Dieser Warnhinweis wurde bereits begründet.',
    EN: 'This alert was already motivated.',
  },
  UNKNOWN_CODE: {
    code: 'PAR00004',
    NL: 'Onbekende motiveringscode.',
    FR: 'Code de motivation inconnu.',
    DE: 'Unbekannter Begründungscode.',
    EN: 'Unknown motivation code.',
  },
  COMMENT_REQUIRED: {
    code: 'PAR00005',
    NL: 'Bij code 99 is een commentaar verplicht.',
    FR: 'Un commentaire est obligatoire avec le code 99.',
    DE: 'Bei Code 99 ist ein Kommentar erforderlich.',
    EN: 'Code 99 needs a comment.',
  },
  NOT_INTEGRATED: {
    code: 'PAR00006',
    NL: 'De persoon van dit knipperlicht is vandaag niet geïntegreerd door uw OCMW.',
    FR: "La personne de ce clignotant n'est pas intégrée aujourd'hui par votre CPAS.",
    DE: 'Die Person dieses Warnhinweises ist heute nicht von Ihrem ÖSHZ integriert.',
    EN: 'The person of this alert is not integrated by your PCSA today.',
  },
} satisfies Record<string, { code: string } & Messages>;
export type ReactionError = (typeof REACTION_ERRORS)[keyof typeof REACTION_ERRORS];

/** Both lists as the explorer shows them on the service's page. */
export const CODE_LISTS = [
  { title: 'Motivation codes (MODELLED)', codes: Object.entries(MOTIVATION_CODES).map(([code, meaning]) => ({ code, meaning })) },
  { title: 'Errors of a motivationResponse (MODELLED)', codes: Object.values(REACTION_ERRORS).map((e) => ({ code: e.code, meaning: e.EN })) },
];
