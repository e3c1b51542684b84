import type { IsoDateTime, LocalizedText, Uuid } from './common';

export interface ProgrammeModule {
  id: Uuid;
  programmeId: Uuid;
  title: LocalizedText;
  body: LocalizedText;
  position: number;
}

export interface Programme {
  id: Uuid;
  title: LocalizedText;
  description: LocalizedText;
  enrolled?: boolean;
}

export interface ProgrammeDetail extends Programme {
  modules: ProgrammeModule[];
}

export interface CreateProgrammeRequest {
  title: LocalizedText;
  description: LocalizedText;
}

export interface CreateModuleRequest {
  title: LocalizedText;
  body: LocalizedText;
  position: number;
}

export interface CreateAssignmentRequest {
  title: LocalizedText;
  instructions: LocalizedText;
  dueAt?: IsoDateTime;
}

export type SubmissionStatus = 'submitted' | 'passed' | 'revise';
export type ReviewVerdict = 'passed' | 'revise';

export interface SubmitAssignmentRequest {
  body: string;
}

export interface ReviewSubmissionRequest {
  verdict: ReviewVerdict;
  feedback: string;
}
