export type { RoadStep } from '../../contracts/portal';
import type { RoadStep } from '../../contracts/portal';
import { matchStatus } from '../catalogue/match-status';
import type { CatalogueEntry, StatusCategory } from '../catalogue/types';
import type { WorkflowShape } from './workflow-shape';

/** What the road ahead is planned from. */
export interface RoadPlanInput {
  current: { name: string; category: StatusCategory };
  /** The statuses the workflow offers from the current one, as Jira lists its transitions. */
  offered: readonly { name: string; category: StatusCategory }[];
  /** What is known of the rest of the workflow. */
  shape: WorkflowShape;
  /** The request type's likely path through the catalogue, by entry id. */
  likelyPath: readonly string[];
  catalogue: readonly CatalogueEntry[];
  statusMapping: Readonly<Record<string, string>>;
}

const maxSteps = 10;

interface SeenStatus {
  name: string;
  category: StatusCategory;
}

/**
 * The likely road from the current status to resolution: at each status, the move the workflow
 * allows that goes furthest along the request type's likely path without going back, else a move
 * straight to a done status. The current status's moves are Jira's complete list; beyond it, where
 * what the app has seen of the workflow shows no way on, the likely path's next entry stands in. The current status comes first; the road ends at a
 * done status, or where no move leads on. Pure; never throws.
 *
 * @example
 * planRoadAhead({ current: { name: 'In Progress', category: 'indeterminate' },
 *   offered: [{ name: 'Resolved', category: 'done' }], shape: { statuses: {} },
 *   likelyPath: ['in-review', 'in-progress', 'resolved'], catalogue: fieldServicePreset,
 *   statusMapping: {} }).map((step) => step.statusName) // ['In Progress', 'Resolved']
 */
export const planRoadAhead = (input: RoadPlanInput): RoadStep[] => {
  const { shape, likelyPath, catalogue, statusMapping } = input;
  const placeOf = (name: string): number => {
    const entry = matchStatus(name, catalogue, statusMapping);
    return entry === null ? -1 : likelyPath.indexOf(entry.id);
  };

  const road: RoadStep[] = [
    { statusName: input.current.name, category: input.current.category, isCurrent: true },
  ];
  let here: SeenStatus = input.current;
  let offered: readonly SeenStatus[] | null = input.offered;

  while (here.category !== 'done' && road.length < maxSteps) {
    const from = placeOf(here.name);
    // Jira's own list for the current status is complete; what the app saw of a later status
    // may not be, so the likely path fills in where that shows no way on.
    const isComplete = road.length === 1;
    const moved: SeenStatus | null =
      offered === null ? null : bestMove(offered, from, placeOf, road);
    const next: SeenStatus | null =
      moved !== null || isComplete
        ? moved
        : stepAlongPath(likelyPath, from, catalogue, shape, statusMapping);
    if (next === null) break;

    road.push({ statusName: next.name, category: next.category, isCurrent: false });
    here = next;
    offered = knownMoves(shape, next.name);
  }

  return road;
};

const knownMoves = (shape: WorkflowShape, from: string): SeenStatus[] | null => {
  const known = shape.statuses[from];
  if (known === undefined || known.next.length === 0) return null;

  return known.next.map((name) => ({
    name,
    category: shape.statuses[name]?.category ?? 'indeterminate',
  }));
};

const bestMove = (
  offered: readonly SeenStatus[],
  from: number,
  placeOf: (name: string) => number,
  road: readonly RoadStep[],
): SeenStatus | null => {
  const fresh = offered.filter((status) => !road.some((step) => step.statusName === status.name));
  const onward = fresh
    .map((status) => ({ status, place: placeOf(status.name) }))
    .filter(({ place }) => place > from)
    .sort((a, b) => a.place - b.place)[0];
  if (onward !== undefined) return onward.status;

  return fresh.find((status) => status.category === 'done') ?? null;
};

const stepAlongPath = (
  likelyPath: readonly string[],
  from: number,
  catalogue: readonly CatalogueEntry[],
  shape: WorkflowShape,
  statusMapping: Readonly<Record<string, string>>,
): SeenStatus | null => {
  if (from < 0) return null;
  const entry = catalogue.find((candidate) => candidate.id === likelyPath[from + 1]);
  if (entry === undefined) return null;

  // The workflow's own name for the entry, when the app has seen it.
  const seen = Object.entries(shape.statuses).find(
    ([name]) => matchStatus(name, catalogue, statusMapping)?.id === entry.id,
  );
  return seen === undefined
    ? { name: entry.name, category: entry.category }
    : { name: seen[0], category: seen[1].category };
};
