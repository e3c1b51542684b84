/**
 * A polite live region for screen readers: "New message from Tomas: …".
 * It exists before anything is announced (regions added later are not
 * watched) and keeps only the last few lines.
 */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { Announcement } from '../../core/live/room/live-room.store';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'kl-live-announcer',
  imports: [TranslatePipe],
  template: `
    <div class="visually-hidden" aria-live="polite" aria-relevant="additions" data-testid="live-announcer">
      @for (line of announcements(); track line.id) {
        <p>{{ line.key | t: line.params }}</p>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LiveAnnouncerComponent {
  readonly announcements = input<readonly Announcement[]>([]);
}
