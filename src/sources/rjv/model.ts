/** One holiday attest of RJV/ONVA: the holiday pay of one holiday year for one blue-collar worker. */
export interface HolidayAttest {
  id: number;
  ssin: string;
  /** 15 positions: the holiday year and the SSIN (MODELLED numbering). */
  attest_number: string;
  /** The year the holidays are taken and paid (vakantiejaar / exercice de vacances). */
  holiday_year: number;
  /** The year of work that gives them (vakantiedienstjaar / exercice de vacances): holiday_year - 1. */
  reference_year: number;
  /** FULL_TIME when every blue-collar quarter of the reference year was full time, else PART_TIME. */
  regime: 'FULL_TIME' | 'PART_TIME';
  /** DmfA days of the reference year as a blue-collar worker (worker code 015). */
  days_worked: number;
  /** DmfA gross wages of those quarters, euro (at 100 %). */
  gross_wages: number;
  /** Legal holiday days: round(20 × days_worked / 260), at most 20. */
  holiday_days: number;
  /** Single holiday pay: 8 % of 108 % of gross_wages, euro. */
  single_pay: number;
  /** Double holiday pay: 7.38 % of 108 % of gross_wages, euro. */
  double_pay: number;
  creation_date: string;
  /** May of the holiday year. */
  payment_date: string;
}
