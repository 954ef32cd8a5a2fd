import { describeActors } from '../../../../src/domain/catalogue/actors';
import { languageOfLocale } from '../../../../src/domain/catalogue/customer-language';
import { explainStatus, fillCompany } from '../../../../src/domain/catalogue/explain-status';
import { fieldServicePreset } from '../../../../src/domain/catalogue/field-service-preset';

const settings = {
  companyName: 'Tui Fleet',
  statusMapping: {},
  rules: { reopen: { enabled: true } },
};

describe('explainStatus', () => {
  it('explains In Review with who acts and the acknowledgement promise', () => {
    const explanation = explainStatus(
      { name: 'In Review', category: 'new' },
      fieldServicePreset,
      settings,
    );

    expect(explanation).toMatchObject({
      statusName: 'In Review',
      entryId: 'in-review',
      actsNextLabel: 'Our support team',
      waitsOnCustomer: false,
      promise: { text: expect.stringContaining('8 business hours') },
    });
  });

  it.each([
    ['Installer Booked', /give them a ring; if you don't have their number, add a comment/],
    ['Awaiting Dispatch', /taking longer than we promised, and we're sorry for the wait/],
  ])('says what %s means once its promise is missed', (name, late) => {
    const explanation = explainStatus(
      { name, category: 'indeterminate' },
      fieldServicePreset,
      settings,
    );

    expect(explanation.promise?.lateText).toMatch(late);
  });

  it('leads with what is needed when the request waits on the customer', () => {
    const explanation = explainStatus(
      { name: 'Waiting for Customer', category: 'indeterminate' },
      fieldServicePreset,
      settings,
    );

    expect(explanation.waitsOnCustomer).toBe(true);
    expect(explanation.actsNextLabel).toBe('You');
    expect(explanation.customerCanDo.join(' ')).toMatch(/vehicle registration/);
    expect(explanation.tips.join(' ')).toMatch(/notification/);
  });

  it('does not promise a reopen when the admin turned the rule off', () => {
    const off = { ...settings, rules: { reopen: { enabled: false } } };

    const explanation = explainStatus(
      { name: 'Resolved', category: 'done' },
      fieldServicePreset,
      off,
    );

    expect(explanation.customerCanDo.join(' ')).not.toMatch(/reopen/i);
    expect(explanation.customerCanDo).toContain(
      "Still not right? Add a comment and we'll take another look.",
    );
  });

  it('tells a resolved request’s customer that a comment reopens it', () => {
    const explanation = explainStatus(
      { name: 'Resolved', category: 'done' },
      fieldServicePreset,
      settings,
    );

    expect(explanation.customerCanDo.join(' ')).toMatch(/comment.*reopen/i);
    expect(explanation.customerCanDo.join(' ')).toContain('Tui Fleet');
  });

  it.each([
    ['new', /received/],
    ['indeterminate', /being worked on/],
    ['done', /finished/],
  ] as const)('explains an unmapped %s status from its category', (category, headline) => {
    const explanation = explainStatus(
      { name: 'Triage by robots', category },
      fieldServicePreset,
      settings,
    );

    expect(explanation.entryId).toBeNull();
    expect(explanation.headline).toMatch(headline);
    expect(explanation.promise).toBeNull();
    expect(explanation.waitsOnCustomer).toBe(false);
  });

  it('fills the company name into every sentence that names it', () => {
    const explanation = explainStatus(
      { name: 'Awaiting Service Information', category: 'indeterminate' },
      fieldServicePreset,
      settings,
    );

    expect(explanation.whatHappensNext).toContain('from within Tui Fleet');
    expect(JSON.stringify(explanation)).not.toContain('{company}');
  });
});

describe('fillCompany', () => {
  it.each([
    ['{company} will call.', 'our team', 'Our team will call.'],
    ['Thanks. {company} will call.', 'our team', 'Thanks. Our team will call.'],
    ['Help {company} improve.', 'our team', 'Help our team improve.'],
    ['Help {company} improve.', 'Tui Fleet', 'Help Tui Fleet improve.'],
  ])('turns %p with %p into %p', (text, company, expected) => {
    expect(fillCompany(text, company)).toBe(expected);
  });
});

describe('describeActors', () => {
  it.each([
    [['customer'], false, 'You'],
    [
      ['support-coordinator', 'software-engineers'],
      false,
      'Your support coordinator and our software engineers',
    ],
    [['supplier', 'logistics'], true, 'Our supplier, then our logistics team'],
    [['customer', 'installer'], false, 'You and the installer'],
    [[], false, 'Our support team'],
  ] as const)('names %p (in turn: %p) as %p', (actors, inTurn, expected) => {
    expect(describeActors(actors, inTurn)).toBe(expected);
  });
});

describe('explainStatus with the request’s circumstances', () => {
  const withOverrides = {
    ...settings,
    wording: {
      entries: { 'awaiting-dispatch': { headline: 'Packing your order now.' } },
      requestTypes: { '11': { 'awaiting-dispatch': { headline: 'Your units are being packed.' } } },
    },
  };
  const awaitingDispatch = { name: 'Awaiting Dispatch', category: 'indeterminate' } as const;

  it('reads the request type’s own headline over the one for all types', () => {
    const forOrders = explainStatus(awaitingDispatch, fieldServicePreset, withOverrides, {
      requestTypeId: '11',
      isDispatched: false,
    });
    const forFaults = explainStatus(awaitingDispatch, fieldServicePreset, withOverrides, {
      requestTypeId: '10',
      isDispatched: false,
    });

    expect(forOrders.headline).toBe('Your units are being packed.');
    expect(forFaults.headline).toBe('Packing your order now.');
  });

  it.each(['Awaiting Dispatch', 'Awaiting Stock'])(
    'no longer says the hardware is still to be sent once its dispatch is recorded (%s)',
    (name) => {
      const explanation = explainStatus(
        { name, category: 'indeterminate' },
        fieldServicePreset,
        withOverrides,
        { requestTypeId: '11', isDispatched: true },
      );

      expect(explanation.headline).toMatch(/sent out/);
      expect(explanation.headline).not.toMatch(/to be sent|being packed|isn't in stock/);
      expect(explanation.whatHappensNext).toMatch(/on its way/);
      expect(explanation.promise).toBeNull();
    },
  );
});

describe('explainStatus in French', () => {
  const inFrench = { requestTypeId: '10', isDispatched: false, language: 'fr' } as const;

  it.each([
    ['new', 'Nous avons bien reçu votre demande et allons l’examiner bientôt.', 'Notre équipe'],
    ['done', 'Cette demande est terminée.', 'Personne : c’est terminé'],
  ] as const)('explains an unmapped %s status neutrally in French', (category, headline, who) => {
    const explanation = explainStatus(
      { name: 'Triage by robots', category },
      fieldServicePreset,
      settings,
      inFrench,
    );

    expect(explanation.headline).toBe(headline);
    expect(explanation.actsNextLabel).toBe(who);
  });

  it('keeps the admin’s own words, whatever the customer’s language', () => {
    const withOverride = {
      ...settings,
      wording: { entries: { 'in-review': { headline: 'Queued at {company}.' } }, requestTypes: {} },
    };

    const explanation = explainStatus(
      { name: 'In Review', category: 'new' },
      fieldServicePreset,
      withOverride,
      inFrench,
    );

    expect(explanation.headline).toBe('Queued at Tui Fleet.');
    expect(explanation.whatHappensNext).toMatch(/^Une personne de l'équipe support/);
  });

  it('apologises in French for a missed dispatch promise', () => {
    const explanation = explainStatus(
      { name: 'Awaiting Dispatch', category: 'indeterminate' },
      fieldServicePreset,
      settings,
      inFrench,
    );

    expect(explanation.promise?.lateText).toMatch(/^Cela prend plus de temps que promis/);
  });
});

describe('languageOfLocale', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['fr_CA', 'fr'],
    ['en-NZ', 'en'],
    [undefined, 'en'],
    ['frisian', 'en'],
  ] as const)('reads %p as %p', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});
