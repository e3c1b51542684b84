/**
 * Handing in assignments and reading hand-ins. A learner enrolled in the
 * programme hands in text and optionally one file (checked by content,
 * stored under DATA_DIR/uploads); again only after a "revise" verdict. The
 * programme's lecturers see every submission, a learner their own history.
 */
import type { ReadStream } from 'node:fs';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Submission, SubmissionFileType } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { isUniqueViolation } from '../accounts/unique-violation';
import { ProgrammeAccess } from '../programmes/programme-access';
import { notTeaching } from '../programmes/programmes.errors';
import { returnedRow } from '../programmes/returned-row';
import { AssignmentNotifications } from './assignment-notifications';
import { AssignmentsService } from './assignments.service';
import {
  assignmentPassed,
  emptySubmission,
  fileNotFound,
  fileTypeRefused,
  submissionNotFound,
  submissionWaiting,
} from './assignments.errors';
import { SUBMISSION_COLUMNS, SUBMISSION_FROM, type SubmissionRow, toSubmission } from './submission-view';
import { detectFileType } from './uploads/file-type';
import { displayName, type UploadedFilePart } from './uploads/uploaded-file';
import { type StoredBytes, UploadStore } from './uploads/upload-store';

export interface NewSubmission {
  /** Trimmed plain text; may be empty when a file is attached. */
  body: string;
  file?: UploadedFilePart;
}

interface CheckedFile {
  part: UploadedFilePart;
  mediaType: SubmissionFileType;
}

export interface SubmissionFileDownload {
  name: string;
  mediaType: SubmissionFileType;
  sizeBytes: number;
  stream: ReadStream;
}

@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProgrammeAccess,
    private readonly assignments: AssignmentsService,
    private readonly uploads: UploadStore,
    private readonly notifications: AssignmentNotifications,
  ) {}

  async submit(learner: AuthenticatedUser, assignmentId: string, input: NewSubmission): Promise<Submission> {
    const assignment = await this.assignments.row(assignmentId);
    await this.access.assertEnrolledLearner(learner, assignment.programme_id);
    const file = input.file ? checkFile(input.file) : null;
    if (input.body === '' && !file) throw emptySubmission();
    await this.assertMayHandIn(learner.id, assignmentId);

    // Bytes first, the record second; a failed record takes the bytes with it.
    const stored = file ? await this.uploads.save(file.part.buffer) : null;
    let submissionId: string;
    try {
      submissionId = await this.insert(learner.id, assignmentId, input.body, file, stored);
    } catch (error) {
      if (stored) await this.uploads.remove(stored.storageKey);
      // A concurrent hand-in got there first.
      if (isUniqueViolation(error, 'submissions_open_key') || isUniqueViolation(error, 'submissions_attempt_key')) {
        throw submissionWaiting();
      }
      throw error;
    }

    const submission = toSubmission(await this.row(submissionId));
    await this.notifications.submissionMade({
      submissionId,
      learnerName: submission.learner.displayName,
      assignmentTitle: assignment.title,
      moduleTitle: assignment.module_title,
      attempt: submission.attempt,
      lecturerIds: await this.access.lecturerIds(assignment.programme_id),
    });
    return submission;
  }

  /** Lecturers of the programme: every submission; anyone else: their own, oldest first. */
  async list(viewer: AuthenticatedUser, assignmentId: string): Promise<Submission[]> {
    const assignment = await this.assignments.row(assignmentId);
    const teaches = await this.access.teaches(viewer, assignment.programme_id);
    if (!teaches && viewer.role !== 'learner') throw notTeaching();
    const rows = (await this.db.query(
      `SELECT ${SUBMISSION_COLUMNS} FROM ${SUBMISSION_FROM}
        WHERE s.assignment_id = $1 AND ($2::boolean OR s.learner_id = $3)
        ORDER BY s.submitted_at, s.id`,
      [assignmentId, teaches, viewer.id],
    )) as SubmissionRow[];
    return rows.map(toSubmission);
  }

  /** The learner's own submission, or one of a programme the viewer teaches; NOT_FOUND otherwise. */
  async get(viewer: AuthenticatedUser, submissionId: string): Promise<Submission> {
    return toSubmission(await this.visibleRow(viewer, submissionId));
  }

  async file(viewer: AuthenticatedUser, submissionId: string): Promise<SubmissionFileDownload> {
    const row = await this.visibleRow(viewer, submissionId);
    const [file] = (await this.db.query(`SELECT storage_key FROM stored_files WHERE id = $1`, [row.file_id])) as {
      storage_key: string;
    }[];
    if (!file || !row.file_name || !row.file_media_type || row.file_size === null) throw fileNotFound();
    return {
      name: row.file_name,
      mediaType: row.file_media_type,
      sizeBytes: row.file_size,
      stream: this.uploads.open(file.storage_key),
    };
  }

  async row(submissionId: string): Promise<SubmissionRow> {
    const [row] = (await this.db.query(`SELECT ${SUBMISSION_COLUMNS} FROM ${SUBMISSION_FROM} WHERE s.id = $1`, [
      submissionId,
    ])) as SubmissionRow[];
    if (!row) throw submissionNotFound();
    return row;
  }

  private async visibleRow(viewer: AuthenticatedUser, submissionId: string): Promise<SubmissionRow> {
    const [row] = (await this.db.query(
      `SELECT ${SUBMISSION_COLUMNS}, m.programme_id FROM ${SUBMISSION_FROM}
         JOIN programme_modules m ON m.id = a.module_id
        WHERE s.id = $1`,
      [submissionId],
    )) as (SubmissionRow & { programme_id: string })[];
    if (!row) throw submissionNotFound();
    if (row.learner_id !== viewer.id && !(await this.access.teaches(viewer, row.programme_id))) {
      throw submissionNotFound();
    }
    return row;
  }

  /** A clear refusal before any bytes are written; the unique index decides races. */
  private async assertMayHandIn(learnerId: string, assignmentId: string): Promise<void> {
    const [open] = (await this.db.query(
      `SELECT status FROM submissions
        WHERE assignment_id = $1 AND learner_id = $2 AND status IN ('submitted', 'passed') LIMIT 1`,
      [assignmentId, learnerId],
    )) as { status: 'submitted' | 'passed' }[];
    if (open?.status === 'passed') throw assignmentPassed();
    if (open) throw submissionWaiting();
  }

  private insert(
    learnerId: string,
    assignmentId: string,
    body: string,
    file: CheckedFile | null,
    stored: StoredBytes | null,
  ): Promise<string> {
    return this.db.transaction(async (manager) => {
      let fileId: string | null = null;
      if (file && stored) {
        const row = returnedRow(
          (await manager.query(
            `INSERT INTO stored_files (owner_id, storage_key, original_name, media_type, size_bytes, sha256)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
            [
              learnerId,
              stored.storageKey,
              displayName(file.part.originalname),
              file.mediaType,
              file.part.size,
              stored.sha256,
            ],
          )) as { id: string }[],
        );
        fileId = row.id;
      }
      const row = returnedRow(
        (await manager.query(
          `INSERT INTO submissions (assignment_id, learner_id, attempt, body, file_id)
         SELECT $1, $2, coalesce(max(attempt), 0) + 1, $3, $4
           FROM submissions WHERE assignment_id = $1 AND learner_id = $2
         RETURNING id`,
          [assignmentId, learnerId, body, fileId],
        )) as { id: string }[],
      );
      return row.id;
    });
  }
}

function checkFile(part: UploadedFilePart): CheckedFile {
  const mediaType = part.size > 0 ? detectFileType(part.buffer) : null;
  if (mediaType === null) throw fileTypeRefused();
  return { part, mediaType };
}
