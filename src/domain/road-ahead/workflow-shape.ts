import type { StatusCategory } from '../catalogue/types';

/** What the app has seen of a workflow: each status, its category and the statuses it leads to. */
export interface WorkflowShape {
  statuses: Record<string, { category: StatusCategory; next: string[] }>;
}

/** A move the workflow allows, as an issue's transitions or its history show it. */
export interface SeenMove {
  from: string;
  to: string;
  toCategory?: StatusCategory | undefined;
}

/** A workflow nobody has seen yet. */
export const emptyWorkflowShape: WorkflowShape = { statuses: {} };

/**
 * Adds what one issue shows of its workflow (its current status, the transitions offered from it,
 * the moves in its history) to what was known. Returns null when nothing is new, so the caller
 * writes only a shape that changed. Pure.
 * @example learnWorkflowShape(emptyWorkflowShape, { name: 'Open', category: 'new' }, [])
 * // { statuses: { Open: { category: 'new', next: [] } } }
 */
export const learnWorkflowShape = (
  known: WorkflowShape,
  current: { name: string; category: StatusCategory },
  moves: readonly SeenMove[],
): WorkflowShape | null => {
  const statuses = structuredClone(known.statuses);
  let changed = false;
  const touch = (name: string, category: StatusCategory | undefined) => {
    const entry = statuses[name];
    if (entry === undefined) {
      statuses[name] = { category: category ?? 'indeterminate', next: [] };
      changed = true;
    } else if (category !== undefined && entry.category !== category) {
      entry.category = category;
      changed = true;
    }
  };

  touch(current.name, current.category);
  for (const move of moves) {
    touch(move.from, undefined);
    touch(move.to, move.toCategory);
    const from = statuses[move.from];
    if (from !== undefined && move.from !== move.to && !from.next.includes(move.to)) {
      from.next.push(move.to);
      changed = true;
    }
  }

  return changed ? { statuses } : null;
};
