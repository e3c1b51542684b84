/**
 * Writing the catalogue: programmes (their creator, when a lecturer, teaches
 * them), modules at a position unique within the programme, and which
 * lecturers teach a programme (admins decide).
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText, PersonRef, ProgrammeModule } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { isUniqueViolation } from '../accounts/unique-violation';
import { CatalogueService } from './catalogue.service';
import { ProgrammeAccess } from './programme-access';
import { type ModuleRow, toModule } from './programme-views';
import { modulePositionTaken, notALecturer, personNotFound } from './programmes.errors';
import { returnedRow } from './returned-row';

export interface NewProgramme {
  title: LocalizedText;
  description: LocalizedText;
}

export interface NewModule {
  title: LocalizedText;
  body: LocalizedText;
  description?: LocalizedText;
  position?: number;
}

const EMPTY_TEXT: LocalizedText = { lt: '', en: '' };

@Injectable()
export class ProgrammeAuthoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProgrammeAccess,
    private readonly catalogue: CatalogueService,
  ) {}

  /** Returns the new programme's id; it goes to the end of the catalogue. */
  async createProgramme(author: AuthenticatedUser, input: NewProgramme): Promise<string> {
    return this.db.transaction(async (manager) => {
      const { id } = returnedRow(
        (await manager.query(
          `INSERT INTO programmes (title, description, position)
         SELECT $1::jsonb, $2::jsonb, coalesce(max(position) + 1, 0) FROM programmes
         RETURNING id`,
          [JSON.stringify(input.title), JSON.stringify(input.description)],
        )) as { id: string }[],
      );
      if (author.role === 'lecturer') {
        await manager.query(`INSERT INTO programme_lecturers (programme_id, user_id) VALUES ($1, $2)`, [id, author.id]);
      }
      return id;
    });
  }

  async addModule(author: AuthenticatedUser, programmeId: string, input: NewModule): Promise<ProgrammeModule> {
    await this.access.assertProgrammeExists(programmeId);
    await this.access.assertTeaches(author, programmeId);
    let row: ModuleRow;
    try {
      row = await this.db.transaction(async (manager) => {
        // One module added at a time per programme, so "after the last" is well defined.
        await manager.query(`SELECT 1 FROM programmes WHERE id = $1 FOR UPDATE`, [programmeId]);
        return returnedRow(
          (await manager.query(
            `INSERT INTO programme_modules (programme_id, title, description, body, position)
           SELECT $1, $2::jsonb, $3::jsonb, $4::jsonb,
                  coalesce($5::int, (SELECT coalesce(max(position), 0) + 1 FROM programme_modules WHERE programme_id = $1))
           RETURNING id, programme_id, title, description, body, position, false AS completed`,
            [
              programmeId,
              JSON.stringify(input.title),
              JSON.stringify(input.description ?? EMPTY_TEXT),
              JSON.stringify(input.body),
              input.position ?? null,
            ],
          )) as ModuleRow[],
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'programme_modules_position_key')) throw modulePositionTaken(input.position ?? 0);
      throw error;
    }
    return toModule(row, [], false);
  }

  async addLecturer(programmeId: string, userId: string): Promise<PersonRef[]> {
    await this.access.assertProgrammeExists(programmeId);
    const [person] = (await this.db.query(`SELECT role FROM users WHERE id = $1 AND deactivated_at IS NULL`, [
      userId,
    ])) as { role: string }[];
    if (!person) throw personNotFound();
    if (person.role !== 'lecturer') throw notALecturer();
    await this.db.query(
      `INSERT INTO programme_lecturers (programme_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [programmeId, userId],
    );
    return this.lecturers(programmeId);
  }

  async removeLecturer(programmeId: string, userId: string): Promise<PersonRef[]> {
    await this.access.assertProgrammeExists(programmeId);
    await this.db.query(`DELETE FROM programme_lecturers WHERE programme_id = $1 AND user_id = $2`, [
      programmeId,
      userId,
    ]);
    return this.lecturers(programmeId);
  }

  private async lecturers(programmeId: string): Promise<PersonRef[]> {
    return (await this.catalogue.lecturersOf([programmeId])).get(programmeId) ?? [];
  }
}
