import { catalogueOf } from '../../../../src/domain/catalogue/catalogue-of-preset';
import { explainStatus } from '../../../../src/domain/catalogue/explain-status';
import { itServiceDeskPreset } from '../../../../src/domain/catalogue/it-service-desk-preset';
import { matchStatus } from '../../../../src/domain/catalogue/match-status';
import { configForPreset } from '../../../../src/domain/config/preset-defaults';

const jsmStandardStatuses = [
  'Waiting for support',
  'Waiting for customer',
  'In progress',
  'Pending',
  'Escalated',
  'Resolved',
  'Closed',
  'Canceled',
];

describe('the IT service desk preset', () => {
  it.each(jsmStandardStatuses)('knows JSM’s standard status %s by its name', (name) => {
    expect(matchStatus(name, itServiceDeskPreset, {})?.name).toBe(name);
  });

  it('has one entry per standard status and ids of its own', () => {
    const ids = itServiceDeskPreset.map((entry) => entry.id);

    expect(new Set(ids).size).toBe(jsmStandardStatuses.length);
  });

  it('says the request waits on the customer only while waiting for customer', () => {
    expect(itServiceDeskPreset.filter((e) => e.waitsOnCustomer).map((e) => e.name)).toEqual([
      'Waiting for customer',
    ]);
  });

  it('lets only Resolved reopen, not Closed or Canceled', () => {
    expect(itServiceDeskPreset.filter((e) => e.isResolved).map((e) => e.name)).toEqual([
      'Resolved',
    ]);
  });

  it('speaks of no vehicles, installers or hardware', () => {
    expect(JSON.stringify(itServiceDeskPreset)).not.toMatch(/vehicle|installer|hardware/i);
  });

  it('is the catalogue in force when the configuration chooses it', () => {
    const config = configForPreset('it-service-desk');

    const explanation = explainStatus(
      { name: 'Pending', category: 'indeterminate' },
      catalogueOf(config),
      config,
    );

    expect(explanation).toMatchObject({
      entryId: 'pending',
      headline: 'This request is paused for now.',
    });
  });

  it('tells a customer nobody acts on a closed request', () => {
    const config = configForPreset('it-service-desk');

    const explanation = explainStatus(
      { name: 'Closed', category: 'done' },
      itServiceDeskPreset,
      config,
    );

    expect(explanation.actsNextLabel).toBe('Nobody: it is finished');
  });

  it('points the IT preset’s rules at JSM’s standard statuses', () => {
    const { rules } = configForPreset('it-service-desk');

    expect(rules.reopen.targetStatus).toBe('Waiting for support');
    expect(rules.dispatched.enabled).toBe(false);
    expect(rules.installerFinished.enabled).toBe(false);
  });
});
