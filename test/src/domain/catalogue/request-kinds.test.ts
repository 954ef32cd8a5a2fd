import { requestKindOf } from '../../../../src/domain/catalogue/request-kinds';

describe('requestKindOf', () => {
  it.each([
    ['Field maintenance', 'field-maintenance'],
    ['Install an ordered unit', 'field-maintenance'],
    ['Order hardware', 'hardware-order'],
    ['Buy accessories', 'hardware-order'],
    ['Report a fault', 'fault-report'],
    ['Something is broken', 'fault-report'],
    ['Get IT help', null],
    ['', null],
    ['Fault: order not arriving', 'fault-report'],
    ['Dashcam recorder faulty', 'fault-report'],
    ['Fuel benefit report', null],
    ['Pose a question', null],
    ['Signaler une panne', 'fault-report'],
    ['Commander du matériel', 'hardware-order'],
    ['Entretien du véhicule', 'field-maintenance'],
    ['Install order', 'field-maintenance'],
  ])('reads a request type named %p as %p', (name, kind) => {
    expect(requestKindOf({ id: '90', name }, [])).toBe(kind);
  });

  it('reads only the listed request types as field maintenance once some are listed', () => {
    expect(requestKindOf({ id: '90', name: 'Field maintenance' }, ['12'])).toBeNull();
    expect(requestKindOf({ id: '12', name: 'Vehicle visit' }, ['12'])).toBe('field-maintenance');
  });
});
