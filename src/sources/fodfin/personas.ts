import { SSIN } from '../../../fixtures/personas';

/**
 * What FOD Financiën knows of the personas besides what the other sources give it: the
 * property-owner declares the rent of a flat she owns in Spain (foreign real-estate income,
 * box "Inkomsten van in het buitenland gelegen onroerende goederen") from income year 2023.
 */
export const PERSONA_FOREIGN_REAL_ESTATE: Record<string, { since: number; yearly: number }> = {
  [SSIN.propertyOwner]: { since: 2023, yearly: 4200 },
};
