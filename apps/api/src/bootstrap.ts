/**
 * Builds the Nest application for a prepared runtime: HTTP conventions,
 * the socket adapter, OpenAPI and the built web client. Shared by main.ts
 * and the integration tests, so tests run exactly what production runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';

import { AppModule } from './app.module';
import { ApiExceptionFilter } from './platform/http/api-exception.filter';
import { createValidationPipe } from './platform/http/validation';
import { createLogger, PinoNestLogger, requestLogging } from './platform/logging/logger';
import type { RuntimeConfig } from './platform/prepare-runtime';
import { LiveSocketAdapter } from './platform/realtime/live-socket.adapter';

export async function createApp(config: RuntimeConfig): Promise<NestExpressApplication> {
  const logger = createLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bufferLogs: true,
    bodyParser: true,
    // Let start-up errors reach the caller (main.ts prints them; tests see them).
    abortOnError: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '1mb' });
  app.enableCors({ origin: config.allowedOrigins, credentials: true });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.useWebSocketAdapter(new LiveSocketAdapter(app, config));

  const openApi = new DocumentBuilder()
    .setTitle('Klasteris API')
    .setDescription('REST surface of Klasteris. Live events travel over Socket.IO, namespace /live.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });

  serveWebClient(app, config.webDistDir);
  return app;
}

/** The built Angular client at `/`, with deep links falling back to index.html. */
function serveWebClient(app: NestExpressApplication, webDistDir: string): void {
  const indexFile = path.join(webDistDir, 'index.html');
  if (!existsSync(indexFile)) return;
  app.useStaticAssets(webDistDir, {
    index: false,
    // Built scripts and styles carry a content hash in their names; translations and icons do not.
    setHeaders: (response, file) =>
      response.setHeader(
        'Cache-Control',
        /-[A-Z0-9]{8}\.(js|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isClientRoute =
      request.method === 'GET' &&
      !request.path.startsWith('/api') &&
      !request.path.startsWith('/socket.io') &&
      (request.accepts(['html', 'json']) === 'html');
    if (!isClientRoute) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
}
