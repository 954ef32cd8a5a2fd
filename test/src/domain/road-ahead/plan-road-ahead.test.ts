import { fieldServicePreset } from '../../../../src/domain/catalogue/field-service-preset';
import {
  fieldMaintenancePath,
  generalPath,
  hardwareOrderPath,
  likelyPathOf,
} from '../../../../src/domain/catalogue/likely-paths';
import type { StatusCategory } from '../../../../src/domain/catalogue/types';
import { planRoadAhead } from '../../../../src/domain/road-ahead/plan-road-ahead';
import {
  emptyWorkflowShape,
  learnWorkflowShape,
  type WorkflowShape,
} from '../../../../src/domain/road-ahead/workflow-shape';

const status = (name: string, category: StatusCategory = 'indeterminate') => ({ name, category });

const plan = (
  current: { name: string; category: StatusCategory },
  offered: { name: string; category: StatusCategory }[],
  likelyPath: readonly string[],
  shape: WorkflowShape = emptyWorkflowShape,
  statusMapping: Record<string, string> = {},
) =>
  planRoadAhead({
    current,
    offered,
    shape,
    likelyPath,
    catalogue: fieldServicePreset,
    statusMapping,
  })
    .map((step) => (step.isCurrent ? `[${step.statusName}]` : step.statusName))
    .join(' > ');

describe('planRoadAhead', () => {
  it('takes the offered move that goes furthest along the path without going back', () => {
    const road = plan(
      status('Waiting for Customer'),
      [status('In Progress'), status('On Hold'), status('Resolved', 'done')],
      generalPath,
    );

    expect(road).toBe('[Waiting for Customer] > In Progress > Resolved');
  });

  it('follows a field-maintenance request through dispatch and the installer', () => {
    const road = plan(
      status('In Progress'),
      [status('Awaiting Dispatch'), status('Waiting for Customer'), status('Resolved', 'done')],
      fieldMaintenancePath,
    );

    expect(road).toBe(
      '[In Progress] > Awaiting Dispatch > Assigned to Installer > Installer Booked > Resolved',
    );
  });

  it('uses what is known of the workflow beyond the current status', () => {
    const shape: WorkflowShape = {
      statuses: {
        'Awaiting Dispatch': { category: 'indeterminate', next: ['Shipped', 'Resolved'] },
        Shipped: { category: 'indeterminate', next: ['Resolved'] },
        Resolved: { category: 'done', next: [] },
      },
    };

    const road = plan(
      status('In Progress'),
      [status('Awaiting Dispatch')],
      hardwareOrderPath,
      shape,
    );

    expect(road).toBe('[In Progress] > Awaiting Dispatch > Resolved');
  });

  it('goes straight to a done status when no move leads along the path', () => {
    const road = plan(
      status('Triage by robots'),
      [status('Parked'), status('Closed for good', 'done')],
      generalPath,
    );

    expect(road).toBe('[Triage by robots] > Closed for good');
  });

  it('ends at the current status when the workflow offers no way on', () => {
    expect(plan(status('Stuck'), [], generalPath)).toBe('[Stuck]');
    expect(plan(status('Resolved', 'done'), [status('In Review', 'new')], generalPath)).toBe(
      '[Resolved]',
    );
  });

  it('names a step by the workflow’s own name once the app has seen it', () => {
    const shape: WorkflowShape = {
      statuses: { 'All sorted': { category: 'done', next: [] } },
    };

    const road = plan(status('Picked up', 'new'), [status('Doing it')], generalPath, shape, {
      'Picked up': 'in-review',
      'Doing it': 'in-progress',
      'All sorted': 'resolved',
    });

    expect(road).toBe('[Picked up] > Doing it > All sorted');
  });
});

describe('learnWorkflowShape', () => {
  it('adds the offered moves and their categories, and says nothing changed the second time', () => {
    const moves = [{ from: 'In Progress', to: 'Resolved', toCategory: 'done' as const }];

    const first = learnWorkflowShape(emptyWorkflowShape, status('In Progress'), moves);
    const again = first && learnWorkflowShape(first, status('In Progress'), moves);

    expect(first?.statuses).toEqual({
      'In Progress': { category: 'indeterminate', next: ['Resolved'] },
      Resolved: { category: 'done', next: [] },
    });
    expect(again).toBeNull();
  });
});

describe('likelyPathOf', () => {
  it.each([
    [{ id: '12', name: 'Field maintenance' }, [], fieldMaintenancePath],
    [{ id: '11', name: 'Order hardware' }, [], hardwareOrderPath],
    [{ id: '10', name: 'Report a fault' }, [], generalPath],
    [{ id: '10', name: 'Report a fault' }, ['10'], fieldMaintenancePath],
    [{ id: '12', name: 'Field maintenance' }, ['10'], generalPath],
  ])('gives %p (listed as field maintenance: %p) its path', (type, listed, path) => {
    expect(likelyPathOf(type, listed)).toBe(path);
  });
});
