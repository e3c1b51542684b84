/** Partner organisations: the public list for the registration form, and creation by admins. */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CreateOrganisationRequest, Organisation } from '@klasteris/contracts';
import { Repository } from 'typeorm';

import { DomainError } from '../../platform/errors/domain-error';
import { isUniqueViolation } from '../unique-violation';
import { OrganisationEntity } from './organisation.entity';

export const toOrganisation = ({ id, name, kind, country }: OrganisationEntity): Organisation => ({ id, name, kind, country });

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  async list(): Promise<Organisation[]> {
    const rows = await this.organisations.createQueryBuilder('organisation').orderBy('lower(organisation.name)').addOrderBy('organisation.id').getMany();
    return rows.map(toOrganisation);
  }

  async exists(id: string): Promise<boolean> {
    return this.organisations.existsBy({ id });
  }

  async create(request: CreateOrganisationRequest): Promise<Organisation> {
    try {
      const saved = await this.organisations.save(this.organisations.create({ name: request.name, kind: request.kind, country: request.country }));
      return toOrganisation(saved);
    } catch (error) {
      if (isUniqueViolation(error, 'organisations_name_key')) {
        throw new DomainError('CONFLICT', `An organisation named "${request.name}" already exists`);
      }
      throw error;
    }
  }
}
