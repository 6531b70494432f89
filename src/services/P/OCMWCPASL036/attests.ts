import type { A036Row } from '../../../sources/a036';
import { CATEGORY, LivingWagePeriod } from '../../../sources/podmi';

/** One A036 as L036 lists it: the attest and whether it is an older answer (RecentAnswer X). */
export interface ListedA036 {
  older: boolean;
  ocmw_nis: string;
  status: 0 | 1 | 3;
  attestation_id: string;
  update_attestation_id: string | null;
  creation_date: string;
  begin_date: string;
  end_date: string | null;
  category: 7 | 8;
}

/**
 * The attests of a person L036 shows, in its order (contracts-wave2.md §3: begin date asc, end
 * date asc, creation date desc; an open end sorts last; then the AttestationID, for stable pages):
 * - every A036 the OCMWs sent (P09), of any OCMW; one a later attest corrected or cancelled is an
 *   older answer (X), and the cancellations are listed as such (status 3): the client hides both
 *   by default;
 * - POD MI's living-wage periods as the network knows them now (seeded and declared through P01,
 *   as changed by corrections and P06 stops: read live), as originals of category 7 (leefloon) or
 *   8 (equivalent). Their AttestationID is MODELLED: 8 then the declared form's number, or 9 then
 *   the seeded period's, on 15 digits; their CreationDate is the council's decision date.
 *   A period an OCMW also sent a current A036 for (same OCMW, category and begin date) is listed
 *   once, as that A036: the right is the same, the attest is the OCMW's own word on it.
 * Only those whose validity period overlaps [begin, end].
 */
export function listA036(sent: A036Row[], periods: LivingWagePeriod[], begin: string, end: string): ListedA036[] {
  const fromSent = sent.map(
    (a): ListedA036 => ({
      older: a.updated_by !== null,
      ocmw_nis: a.ocmw_nis,
      status: a.status,
      attestation_id: a.attestation_id,
      update_attestation_id: a.update_attestation_id,
      creation_date: a.creation_date,
      begin_date: a.begin_date,
      end_date: a.end_date,
      category: a.category,
    }),
  );
  const current = fromSent.filter((a) => !a.older && a.status !== 3);
  const attested = (p: LivingWagePeriod, category: 7 | 8) => current.some((a) => a.ocmw_nis === p.ocmw_nis && a.category === category && a.begin_date === p.begin_date);
  const categoryOf = (p: LivingWagePeriod): 7 | 8 => (p.category === CATEGORY.EQUIVALENT ? 8 : 7);
  const fromPodMi = periods.filter((p) => !attested(p, categoryOf(p))).map(
    (p): ListedA036 => ({
      older: false,
      ocmw_nis: p.ocmw_nis,
      status: 0,
      attestation_id: p.id < 0 ? `8${String(-p.id).padStart(14, '0')}` : `9${String(p.id).padStart(14, '0')}`,
      update_attestation_id: null,
      creation_date: p.decision_date,
      begin_date: p.begin_date,
      end_date: p.end_date,
      category: categoryOf(p),
    }),
  );
  const endKey = (d: string | null) => d ?? '9999-12-31';
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...fromSent, ...fromPodMi]
    .filter((a) => a.begin_date <= end && endKey(a.end_date) >= begin)
    .sort(
      (a, b) =>
        cmp(a.begin_date, b.begin_date) || cmp(endKey(a.end_date), endKey(b.end_date)) || cmp(b.creation_date, a.creation_date) || cmp(a.attestation_id, b.attestation_id),
    );
}
