/** Modules in reading order, and the ones before and after the one being read. */
import type { ProgrammeModule, Uuid } from '@klasteris/contracts';

export function inReadingOrder(modules: readonly ProgrammeModule[]): ProgrammeModule[] {
  return [...modules].sort((a, b) => a.position - b.position);
}

export interface Neighbours {
  previous: ProgrammeModule | null;
  next: ProgrammeModule | null;
  /** 1-based place in the reading order, 0 when not found. */
  index: number;
}

export function neighbours(modules: readonly ProgrammeModule[], moduleId: Uuid): Neighbours {
  const ordered = inReadingOrder(modules);
  const at = ordered.findIndex((module) => module.id === moduleId);
  if (at < 0) return { previous: null, next: null, index: 0 };
  return { previous: ordered[at - 1] ?? null, next: ordered[at + 1] ?? null, index: at + 1 };
}
