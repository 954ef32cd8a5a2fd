import { defaultConfig } from '../../../../src/domain/config/defaults';
import {
  composeEtaPassedNote,
  composeReplyReminder,
  composeSilenceAdvice,
} from '../../../../src/domain/rules/sweep-notes';
import {
  quoteJql,
  statusClause,
  statusesMeaning,
  statusesNamed,
} from '../../../../src/domain/rules/sweep-queries';

const siteStatuses = ['In Review', 'Awaiting Dispatch', 'Backordered', 'Installer Booked', 'Done'];

describe('sweep queries', () => {
  it('quotes values with quotes and backslashes escaped', () => {
    expect(quoteJql('Say "hi" \\ bye')).toBe('"Say \\"hi\\" \\\\ bye"');
  });

  it('names only the site’s statuses that mean the entries, mapped ones included', () => {
    const config = {
      preset: 'field-service' as const,
      statusMapping: { Backordered: 'awaiting-stock' },
    };

    expect(statusesMeaning(siteStatuses, ['awaiting-dispatch', 'awaiting-stock'], config)).toEqual([
      'Awaiting Dispatch',
      'Backordered',
    ]);
  });

  it('names only the site’s statuses among the listed names', () => {
    expect(statusesNamed(siteStatuses, ['installer booked', 'Shipped'])).toEqual([
      'Installer Booked',
    ]);
  });

  it('builds a status clause, and none for no status', () => {
    expect(statusClause(['Awaiting Dispatch', 'On "Hold"'])).toBe(
      'status in ("Awaiting Dispatch", "On \\"Hold\\"")',
    );
    expect(statusClause([])).toBeNull();
  });
});

describe('sweep notes', () => {
  const advice = defaultConfig.wording;

  it('advises with the catalogue’s words and the installer’s number when recorded', () => {
    expect(composeSilenceAdvice(defaultConfig, '12', '021 555 0101')).toBe(
      "It's been a week since the installer booked your job and you haven't heard from them. " +
        "Please give them a ring; if you don't have their number, add a comment here and we'll " +
        "send it to you. The installer's number is 021 555 0101.",
    );
  });

  it('uses the admin’s words for the request type over those for all types', () => {
    const config = {
      ...defaultConfig,
      companyName: 'Acme',
      wording: {
        ...advice,
        entries: { 'installer-booked': { promiseLateText: 'Ring {company}’s installer.' } },
        requestTypes: {
          '12': { 'installer-booked': { promiseLateText: '{company}: ring them.' } },
        },
      },
    };

    expect(composeSilenceAdvice(config, '12', null)).toBe('Acme: ring them.');
    expect(composeSilenceAdvice(config, '10', null)).toBe('Ring Acme’s installer.');
    expect(composeSilenceAdvice(config, null, null)).toBe('Ring Acme’s installer.');
  });

  it('tells the team which ETA passed in which status', () => {
    expect(composeEtaPassedNote('2026-12-05', 'Awaiting Stock')).toBe(
      'The stock ETA of 2026-12-05 has passed and the request is still in Awaiting Stock. ' +
        'Check with the supplier and record a new ETA, which the customer then sees.',
    );
  });

  it('reminds the customer in the company’s name', () => {
    expect(composeReplyReminder({ companyName: 'Acme', notes: {} })).toContain(
      'so Acme can carry on',
    );
  });

  it('advises in the admin’s note wording over the catalogue’s, with their number line', () => {
    const config = {
      ...defaultConfig,
      companyName: 'Kea',
      notes: {
        installerSilence: 'Appelez l’installateur de {company}.',
        installerNumber: 'Son numéro : {phone}.',
      },
      wording: {
        ...advice,
        entries: { 'installer-booked': { promiseLateText: 'Ring {company}’s installer.' } },
      },
    };

    expect(composeSilenceAdvice(config, '12', '021 555 0101')).toBe(
      'Appelez l’installateur de Kea. Son numéro : 021 555 0101.',
    );
  });

  it('reminds the customer in the admin’s wording', () => {
    const notes = { customerReminder: '{company} attend toujours votre réponse.' };

    expect(composeReplyReminder({ companyName: 'kea', notes })).toBe(
      'Kea attend toujours votre réponse.',
    );
  });
});
