import { ApiProperty } from '@nestjs/swagger';
import {
  COUNTRIES,
  type Country,
  type CreateOrganisationRequest,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '@klasteris/contracts';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { Trim } from '../../validation/normalise';

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ example: 'Utenos rajono savivaldybė' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiProperty({ enum: COUNTRIES })
  @IsIn(COUNTRIES)
  country: Country;
}
