import type { FlowRule } from './index';

/** The OCMWs' sector (security.md §2.2). */
const OCMW = 17;

/**
 * The seeded flow rules (MODELLED: the real distribution tables of KSZ are not public): which
 * quality codes of an OCMW's integration (security.md §2.3) let it receive each flow. Every flow
 * goes to files under inquiry (1), living wage (2), its equivalent (3) and other aid (4); the
 * others where the OCMW's task needs them. Editable under /_admin/directory/flow-rules.
 */
export const FLOW_RULES: FlowRule[] = [
  // N01 person data (SSIN, TI codes), N02 household: every file the OCMW keeps on a person, household members (5) included.
  { flow: 'N01', sector: OCMW, qualityCodes: [1, 2, 3, 4, 5, 6, 7, 8, 9], minPhase: 0 },
  { flow: 'N02', sector: OCMW, qualityCodes: [1, 2, 3, 4, 5], minPhase: 0 },
  // N03 a pension right; N11 the pensioner's holiday pay: they change what the OCMW pays.
  { flow: 'N03', sector: OCMW, qualityCodes: [1, 2, 3, 4], minPhase: 0 },
  // N04 Dimona entries and exits: also the persons the OCMW employs (6, article 60).
  { flow: 'N04', sector: OCMW, qualityCodes: [1, 2, 3, 4, 6], minPhase: 0 },
  { flow: 'N05', sector: OCMW, qualityCodes: [1, 2, 3, 4], minPhase: 0 },
  // N07 the periodic list of living-wage beneficiaries without a known career.
  { flow: 'N07', sector: OCMW, qualityCodes: [2, 3], minPhase: 0 },
  { flow: 'N08', sector: OCMW, qualityCodes: [1, 2, 3, 4], minPhase: 0 },
  { flow: 'N09', sector: OCMW, qualityCodes: [2, 3, 4, 6], minPhase: 0 },
  { flow: 'N10', sector: OCMW, qualityCodes: [1, 2, 3, 4], minPhase: 0 },
  { flow: 'N11', sector: OCMW, qualityCodes: [2, 3, 4], minPhase: 0 },
  { flow: 'N12', sector: OCMW, qualityCodes: [1, 2, 3, 4], minPhase: 0 },
];
