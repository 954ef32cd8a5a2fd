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
  ])('reads a request type named %p as %p', (name, kind) => {
    expect(requestKindOf({ id: '90', name }, [])).toBe(kind);
  });

  it('reads only the listed request types as field maintenance once some are listed', () => {
    expect(requestKindOf({ id: '90', name: 'Field maintenance' }, ['12'])).toBeNull();
    expect(requestKindOf({ id: '12', name: 'Vehicle visit' }, ['12'])).toBe('field-maintenance');
  });
});
