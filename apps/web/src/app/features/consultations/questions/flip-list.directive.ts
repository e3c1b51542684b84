/**
 * `<ol [klFlipList]="questions">`: when the list changes, the items (marked
 * `data-flip-id`) that changed places glide there instead of jumping, with
 * CSS transforms through the Web Animations API; with reduced motion asked
 * for, they simply move. Moving an item can take the focused element out of
 * the document for a moment, which drops focus; it is put back on the
 * element that had it, unless the person had moved on.
 */
import {
  afterNextRender,
  afterRenderEffect,
  DestroyRef,
  Directive,
  ElementRef,
  inject,
  input,
  untracked,
} from '@angular/core';

import { flipOffsets } from './flip';

const DURATION_MS = 320;
const EASING = 'cubic-bezier(0.2, 0, 0, 1)';
/** Focus lost this recently (a re-order, not a click elsewhere) is put back. */
const FOCUS_RESTORE_WITHIN_MS = 500;

@Directive({
  selector: '[klFlipList]',
  // Positions are measured against the list itself, so changes above it do not count as moves.
  host: { '[style.position]': "'relative'" },
})
export class FlipListDirective {
  /** What the list shows: a change starts the animation. */
  readonly klFlipList = input.required<readonly unknown[]>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private positions = new Map<string, number>();
  private focused: HTMLElement | null = null;
  private focusLostAt: number | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterRenderEffect(() => {
      this.klFlipList();
      untracked(() => this.play());
    });
    afterNextRender(() => {
      const host = this.host.nativeElement;
      const onFocusIn = (event: FocusEvent) => {
        this.focused = event.target instanceof HTMLElement ? event.target : null;
        this.focusLostAt = null;
      };
      const onFocusOut = (event: FocusEvent) => {
        if (event.relatedTarget instanceof Node && !host.contains(event.relatedTarget)) this.focused = null;
        else if (event.relatedTarget === null) this.focusLostAt = performance.now();
      };
      host.addEventListener('focusin', onFocusIn);
      host.addEventListener('focusout', onFocusOut);
      destroyRef.onDestroy(() => {
        host.removeEventListener('focusin', onFocusIn);
        host.removeEventListener('focusout', onFocusOut);
      });
    });
  }

  private play(): void {
    const items = this.items();
    const after = new Map<string, number>();
    const shift = new Map<string, number>();
    for (const [id, element] of items) {
      after.set(id, element.offsetTop);
      shift.set(id, runningShift(element));
    }
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (!reduced && typeof Element.prototype.animate === 'function') {
      for (const [id, offset] of flipOffsets(this.positions, after, shift)) {
        const element = items.get(id);
        if (!element) continue;
        for (const running of element.getAnimations()) running.cancel();
        element.animate([{ transform: `translateY(${offset}px)` }, { transform: 'translateY(0)' }], {
          duration: DURATION_MS,
          easing: EASING,
        });
      }
    }
    this.positions = after;
    this.restoreFocus();
  }

  private items(): Map<string, HTMLElement> {
    const found = new Map<string, HTMLElement>();
    for (const element of Array.from(
      this.host.nativeElement.querySelectorAll<HTMLElement>(':scope > [data-flip-id]'),
    )) {
      const id = element.dataset['flipId'];
      if (id) found.set(id, element);
    }
    return found;
  }

  private restoreFocus(): void {
    const target = this.focused;
    if (target === null || !target.isConnected || document.activeElement === target) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    if (this.focusLostAt !== null && performance.now() - this.focusLostAt > FOCUS_RESTORE_WITHIN_MS) return;
    target.focus({ preventScroll: true });
  }
}

/** How far a running animation still draws the element from its layout place (its transform's translateY). */
function runningShift(element: HTMLElement): number {
  if (element.getAnimations().length === 0) return 0;
  const transform = getComputedStyle(element).transform;
  if (!transform || transform === 'none') return 0;
  return new DOMMatrixReadOnly(transform).m42;
}
