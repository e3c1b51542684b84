/**
 * FLIP (first, last, invert, play) for a list whose items change places: from
 * where each item was drawn before the change and where its layout puts it
 * now, how far to shift it back so it can glide to its new place. Pure, so
 * tested; the directive measures and animates.
 */

/** Moves smaller than this are not worth animating (sub-pixel layout noise). */
export const FLIP_MIN_PX = 1;

/**
 * For each item that was there before and moved: the offset (new position
 * minus where it was seen) to start its animation from. `before` holds the
 * layout positions after the last change and `shift` the part of an
 * animation still running (so an item moving again starts where it is seen,
 * not where its last move ended).
 */
export function flipOffsets(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  shift: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const [id, top] of after) {
    const previous = before.get(id);
    if (previous === undefined) continue;
    const offset = previous + (shift.get(id) ?? 0) - top;
    if (Math.abs(offset) >= FLIP_MIN_PX) offsets.set(id, offset);
  }
  return offsets;
}
