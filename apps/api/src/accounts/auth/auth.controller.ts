/** REST: register, sign in, refresh (cookie), sign out. Cookies are handled here, nowhere else. */
import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthResponse, RefreshResponse } from '@klasteris/contracts';
import type { Request, Response } from 'express';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../../platform/prepare-runtime';
import { CurrentUser, Public, SignedIn } from '../access.decorators';
import type { AuthenticatedUser } from '../authenticated-user';
import { unauthenticated } from './access-token.service';
import { AuthService, ClientContext, SignedIn as SignedInResult } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @Post('register')
  @HttpCode(201)
  async register(@Body() body: RegisterDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<AuthResponse> {
    return this.withCookie(request, response, await this.auth.register(body, clientOf(request)));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<AuthResponse> {
    return this.withCookie(request, response, await this.auth.login(body, clientOf(request)));
  }

  /** Public: the refresh cookie is the credential here. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<RefreshResponse> {
    const token = readRefreshCookie(request);
    if (token === null) throw unauthenticated('No refresh cookie: sign in again');
    try {
      const refreshed = await this.auth.refresh(token);
      setRefreshCookie(request, response, refreshed.refreshToken, this.config.refreshTokenTtlDays);
      return { accessToken: refreshed.accessToken };
    } catch (error) {
      clearRefreshCookie(request, response);
      throw error;
    }
  }

  @ApiBearerAuth()
  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthenticatedUser, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(user);
    clearRefreshCookie(request, response);
  }

  private withCookie(request: Request, response: Response, result: SignedInResult): AuthResponse {
    setRefreshCookie(request, response, result.refreshToken, this.config.refreshTokenTtlDays);
    return { accessToken: result.accessToken, user: result.user };
  }
}

function clientOf(request: Request): ClientContext {
  return { ip: request.ip ?? request.socket.remoteAddress ?? 'unknown', userAgent: request.get('user-agent') ?? null };
}
