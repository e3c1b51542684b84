/**
 * Working groups (guarded in app.routes.ts): `/groups/new` creates one;
 * `/groups/:groupId` and `/groups/:groupId/channels/:roomId` (with
 * `?message=<seq>` to show a message in context) are one route, so moving
 * between channels keeps the page and only switches the room.
 */
import type { Routes, UrlMatchResult, UrlSegment } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export function groupPageMatcher(segments: UrlSegment[]): UrlMatchResult | null {
  const [group, channels, room] = segments;
  if (group === undefined || group.path === 'new') return null;
  if (segments.length === 1) return { consumed: segments, posParams: { groupId: group } };
  if (segments.length === 3 && channels?.path === 'channels' && room !== undefined) {
    return { consumed: segments, posParams: { groupId: group, roomId: room } };
  }
  return null;
}

export const groupsRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/' },
  {
    path: 'new',
    title: pageTitle('pageTitle.newGroup'),
    loadComponent: () => import('./create/create-group.page').then((m) => m.CreateGroupPage),
  },
  {
    matcher: groupPageMatcher,
    title: pageTitle('pageTitle.group'),
    loadComponent: () => import('./group/group.page').then((m) => m.GroupPage),
  },
];
