/**
 * What the KBI (Kruispuntbank Inburgering of the Agentschap Integratie en Inburgering) records of
 * a newcomer's integration path, MODELLED. `obligation`: OBLIGED (inburgeringsplichtig), ENTITLED
 * (rechthebbend: may follow the path), EXEMPTED (vrijgesteld); `status` of the path: IN_PROGRESS,
 * COMPLETED (integration certificate delivered), STOPPED, SUSPENDED.
 */
export type Obligation = 'OBLIGED' | 'ENTITLED' | 'EXEMPTED';
export type PathStatus = 'IN_PROGRESS' | 'COMPLETED' | 'STOPPED' | 'SUSPENDED';

export interface KbiPath {
  ssin: string;
  /** The registration (onthaal) at an office of the agency. */
  registration_date: string;
  office_name: string;
  office_municipality: string;
  obligation: Obligation;
  /** Why the person is obliged, entitled or exempted, as the agency words it. */
  legal_ground: string;
  obligation_since: string;
  status: PathStatus;
  /** The trajectory counselling (trajectbegeleiding): who and when. */
  counselling_office: string | null;
  counselling_begin: string | null;
  counselling_end: string | null;
  certificate_number: string | null;
  /** The integration certificate (inburgeringsattest). */
  certificate_date: string | null;
}

/** CIVIC_ORIENTATION: maatschappelijke oriëntatie; DUTCH_SECOND_LANGUAGE: a course of Dutch as a second language (NT2) to a CEFR level. */
export type CourseKind = 'CIVIC_ORIENTATION' | 'DUTCH_SECOND_LANGUAGE';
export type CourseResult = 'IN_PROGRESS' | 'PASSED' | 'FAILED' | 'STOPPED';

export interface KbiCourse {
  id: number;
  ssin: string;
  kind: CourseKind;
  provider: string;
  begin_date: string;
  end_date: string | null;
  /** The language the civic orientation course was given in (its contact language). */
  course_language: string | null;
  /** NT2: the CEFR level the course leads to (A1..B2). */
  target_level: string | null;
  result: CourseResult;
  /** The day of the test or exam that gave the result. */
  test_date: string | null;
}
