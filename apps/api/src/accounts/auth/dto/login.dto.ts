import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@klasteris/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { NormaliseEmail } from '../../validation/normalise';

export class LoginDto implements LoginRequest {
  // Not checked as an e-mail: a malformed address simply does not sign in.
  @ApiProperty({ example: 'learner@klasteris.demo' })
  @NormaliseEmail()
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password: string;
}
