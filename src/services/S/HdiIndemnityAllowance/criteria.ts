/** The criteria of consultAttest: ssin and an optional period, read once per request. */
export { criteriaOf, type Criteria } from '../../ssin-period-criteria';
