import {
  composeAskComment,
  composeSuppliedComment,
} from '../../../../src/domain/checklist/compose-checklist-comments';
import type { EvaluatedItem } from '../../../../src/domain/checklist/evaluate-checklist';

const missing = (overrides: Partial<EvaluatedItem['item']>): EvaluatedItem => ({
  item: {
    id: 'registration',
    label: 'Vehicle registration',
    helpText: '',
    kind: 'registration',
    required: true,
    visibility: 'customer',
    imagesOnly: false,
    ...overrides,
  },
  state: 'missing',
  value: null,
  evidence: null,
});

const items = [
  missing({}),
  missing({ id: 'photos', label: 'Photos', kind: 'attachment', required: false }),
  missing({ id: 'cost', label: 'Cost centre', visibility: 'agent' }),
];

describe('the checklist’s comments', () => {
  it('asks in the built-in words while the admin has set none', () => {
    expect(composeAskComment(items, { companyName: 'Kea', notes: {} })).toBe(
      [
        'To move your request on, Kea needs a few details from you:',
        '- Vehicle registration',
        '- Photos (optional). Please use the attach button on your request.',
        'You can add them in the request panel "Where your request stands", or reply here.',
      ].join('\n'),
    );
  });

  it('asks in the admin’s words, the items still listed and agent-only ones never named', () => {
    const notes = {
      askIntroduction: 'Pour avancer, {company} a besoin de :',
      askOptionalMark: '(si vous l’avez)',
      askAttachmentHint: 'Joignez le fichier à la demande.',
      askClosing: 'Répondez ici.',
    };

    expect(composeAskComment(items, { companyName: 'Kea', notes })).toBe(
      [
        'Pour avancer, Kea a besoin de :',
        '- Vehicle registration',
        '- Photos (si vous l’avez). Joignez le fichier à la demande.',
        'Répondez ici.',
      ].join('\n'),
    );
  });

  it('carries a supplied value in the admin’s words', () => {
    expect(
      composeSuppliedComment('Immatriculation', 'KLM482', {
        supplied: '{item} (ajoutée dans le panneau) : {value}',
      }),
    ).toBe('Immatriculation (ajoutée dans le panneau) : KLM482');
  });
});
