/** Fills a kind's template for one reader, and says which params a kind needs. */
import type { NotificationKind } from '@klasteris/contracts';

import { NOTIFICATION_TEMPLATES, RenderedText } from './notification-templates';
import { hasParam, Reader, TemplateParams } from './template-params';

const MAX_TITLE = 200;
const MAX_BODY = 2000;

export function renderNotification(kind: NotificationKind, params: Record<string, string>, reader: Reader): RenderedText {
  const rendered = NOTIFICATION_TEMPLATES[kind].render[reader.locale](new TemplateParams(params, reader));
  return { title: clip(rendered.title, MAX_TITLE), body: clip(rendered.body, MAX_BODY) };
}

/** The params a kind needs that these params lack. */
export function missingParams(kind: NotificationKind, params: Record<string, string>): string[] {
  return NOTIFICATION_TEMPLATES[kind].params.filter((name) => !hasParam(params, name));
}

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}
