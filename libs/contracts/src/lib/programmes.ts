/**
 * The catalogue (programmes, modules, enrolment, progress) and the
 * assignment work around it (submissions, reviews, the review queue).
 */
import type { Locale } from './accounts';
import type { IsoDateTime, LocalizedText, Uuid } from './common';

/**
 * A bilingual text as the API serves it: the sources as written (`lt`, `en`;
 * Markdown for bodies and instructions, `''` where not written yet), sanitised
 * HTML per language, and the languages still missing. Where a language is
 * missing, its `html` shows the other language's text, and the client labels
 * it "not yet translated".
 */
export interface RenderedText extends LocalizedText {
  html: LocalizedText;
  missing: Locale[];
}

/** A person as shown beside content: a lecturer, a reviewer. */
export interface PersonRef {
  id: Uuid;
  displayName: string;
}

export interface ProgrammeProgress {
  completedModules: number;
  totalModules: number;
  /** 0 to 100, rounded down. */
  percent: number;
}

export interface Programme {
  id: Uuid;
  title: RenderedText;
  description: RenderedText;
  /** Order in the catalogue, smallest first. */
  position: number;
  moduleCount: number;
  lecturers: PersonRef[];
  /** The caller (a learner) is enrolled. Always false for other roles. */
  enrolled: boolean;
  /** The caller's progress while enrolled, otherwise null. */
  progress: ProgrammeProgress | null;
  /** The caller may add modules and assignments: they teach it, or they are an admin. */
  canEdit: boolean;
  /** Languages missing from this programme's own texts (title, description). */
  missingTranslations: Locale[];
}

export interface Assignment {
  id: Uuid;
  moduleId: Uuid;
  programmeId: Uuid;
  title: RenderedText;
  /** Markdown. */
  instructions: RenderedText;
  dueAt: IsoDateTime | null;
  createdAt: IsoDateTime;
  missingTranslations: Locale[];
}

export interface ProgrammeModule {
  id: Uuid;
  programmeId: Uuid;
  title: RenderedText;
  description: RenderedText;
  /** Markdown module material. */
  body: RenderedText;
  position: number;
  /** The caller (an enrolled learner) marked it done. */
  completed: boolean;
  assignments: Assignment[];
  /** Languages missing from this module's own texts (title, description, body). */
  missingTranslations: Locale[];
}

export interface ProgrammeDetail extends Programme {
  modules: ProgrammeModule[];
}

/**
 * Bilingual input: each language may be left out or empty while it is not
 * written yet (it then shows as "not yet translated"), but not both.
 */
export type LocalizedTextInput = Partial<LocalizedText>;

export interface CreateProgrammeRequest {
  title: LocalizedTextInput;
  description: LocalizedTextInput;
}

export interface CreateModuleRequest {
  title: LocalizedTextInput;
  /** Markdown. */
  body: LocalizedTextInput;
  description?: LocalizedTextInput;
  /** 1 or more, unique within the programme; left out: after the last module. */
  position?: number;
}

export interface AddLecturerRequest {
  userId: Uuid;
}

/** `POST`/`DELETE /api/programmes/:id/enrolment` */
export interface EnrolmentResponse {
  programmeId: Uuid;
  enrolled: boolean;
  progress: ProgrammeProgress | null;
}

/** `POST`/`DELETE /api/modules/:id/completion` */
export interface ModuleCompletionResponse {
  moduleId: Uuid;
  programmeId: Uuid;
  completed: boolean;
  progress: ProgrammeProgress;
}

export interface CreateAssignmentRequest {
  title: LocalizedTextInput;
  /** Markdown. */
  instructions: LocalizedTextInput;
  dueAt?: IsoDateTime;
}

export type SubmissionStatus = 'submitted' | 'passed' | 'revise';
export type ReviewVerdict = 'passed' | 'revise';
export const REVIEW_VERDICTS = ['passed', 'revise'] as const satisfies readonly ReviewVerdict[];

/**
 * JSON `{body}`, or `multipart/form-data` with a `body` field and a `file`
 * part (see SUBMISSION_FILE_TYPES and the upload limit). The body may be
 * empty when a file is attached.
 */
export interface SubmitAssignmentRequest {
  body: string;
}

export interface ReviewSubmissionRequest {
  verdict: ReviewVerdict;
  /** Plain text; required for "revise". */
  feedback: string;
}

export interface SubmissionLearner extends PersonRef {
  organisationName: string | null;
}

export interface SubmissionFile {
  id: Uuid;
  /** The name it was uploaded with. */
  name: string;
  /** Detected from the content, not taken from the client. */
  mediaType: SubmissionFileType;
  sizeBytes: number;
}

export interface Review {
  id: Uuid;
  submissionId: Uuid;
  verdict: ReviewVerdict;
  feedback: string;
  /** Null once the reviewer's account is erased. */
  reviewer: PersonRef | null;
  createdAt: IsoDateTime;
}

export interface Submission {
  id: Uuid;
  assignmentId: Uuid;
  learner: SubmissionLearner;
  /** Plain text. */
  body: string;
  file: SubmissionFile | null;
  /** 1 for the first hand-in, then one more per resubmission. */
  attempt: number;
  status: SubmissionStatus;
  submittedAt: IsoDateTime;
  /** Handed in after the assignment's due time. */
  late: boolean;
  review: Review | null;
}

/** One submission waiting in a lecturer's review queue. */
export interface ReviewQueueItem {
  submission: Submission;
  assignment: { id: Uuid; title: RenderedText };
  module: { id: Uuid; title: RenderedText };
  programme: { id: Uuid; title: RenderedText };
}

/** What a submitted file may be, recognised by its content (magic bytes). */
export const SUBMISSION_FILE_TYPES = [
  { mediaType: 'application/pdf', extension: 'pdf' },
  { mediaType: 'image/png', extension: 'png' },
  { mediaType: 'image/jpeg', extension: 'jpg' },
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  { mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
] as const;
export type SubmissionFileType = (typeof SUBMISSION_FILE_TYPES)[number]['mediaType'];

/** The upload limit when UPLOAD_MAX_BYTES is not set: 10 MiB. */
export const DEFAULT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const SUBMISSION_BODY_MAX_LENGTH = 20_000;
export const REVIEW_FEEDBACK_MAX_LENGTH = 10_000;
/** Per language, for titles of programmes, modules and assignments. */
export const CONTENT_TITLE_MAX_LENGTH = 200;
/** Per language, for descriptions, module bodies and instructions (Markdown). */
export const CONTENT_TEXT_MAX_LENGTH = 100_000;
