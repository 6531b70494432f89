/**
 * The RR country codes of the EU, EEA and Swiss nationalities (free movement of persons), after the
 * Belgian country code list; 139 is the code the emulator's population uses for Poland besides
 * 122. Read by P15's residence-status rules and the residence documents' generator.
 */
export const EU_EEA_NATIONALITIES: readonly number[] = [
  103, 105, 106, 107, 108, 109, 110, 111, 113, 114, 115, 116, 119, 122, 123, 124, 126, 128, 129, 135, 136, 137, 139, 140, 141, 146, 147,
  // EEA and Switzerland: Iceland, Liechtenstein, Norway, Switzerland.
  117, 118, 121, 127,
];
