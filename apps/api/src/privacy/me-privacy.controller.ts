/** REST: the signed-in person's own data (`GET /api/me/export`) and erasing their account (`DELETE /api/me`). */
import { Controller, Delete, Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { PersonalDataExport } from '@klasteris/contracts';
import type { Request, Response } from 'express';

import { CurrentUser, SignedIn } from '../accounts/access.decorators';
import { clearRefreshCookie } from '../accounts/auth/refresh-cookie';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { AccountErasureService } from './erasure/account-erasure.service';
import { PersonalDataExportService } from './export/personal-data-export.service';

@ApiTags('me')
@ApiBearerAuth()
@SignedIn()
@Controller('me')
export class MePrivacyController {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly erasure: AccountErasureService,
  ) {}

  /** A download: the browser saves it as klasteris-<date>.json. */
  @Get('export')
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PersonalDataExport> {
    const data = await this.exports.export(user.id);
    response.setHeader('Content-Disposition', `attachment; filename="klasteris-${data.exportedAt.slice(0, 10)}.json"`);
    response.setHeader('Cache-Control', 'no-store');
    return data;
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account is erased; its messages stay, shown as "deleted user".' })
  async erase(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.erasure.erase(user);
    clearRefreshCookie(request, response);
  }
}
