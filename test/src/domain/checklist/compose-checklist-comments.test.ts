import type { ChecklistItem } from '../../../../src/domain/checklist/checklist-settings-schema';
import { composeAskComment } from '../../../../src/domain/checklist/compose-checklist-comments';
import type { EvaluatedItem } from '../../../../src/domain/checklist/evaluate-checklist';

const missing = (item: Partial<ChecklistItem> & Pick<ChecklistItem, 'id' | 'label'>) =>
  ({
    item: {
      helpText: '',
      kind: 'text',
      required: true,
      visibility: 'customer',
      imagesOnly: false,
      ...item,
    },
    state: 'missing',
    value: null,
    evidence: null,
  }) satisfies EvaluatedItem;

describe('the comment that asks the customer for what is missing', () => {
  it('marks optional items so the words read right after a singular or a plural label', () => {
    const comment = composeAskComment(
      [
        missing({ id: 'registration', label: 'Vehicle registration' }),
        missing({ id: 'screenshots', label: 'Screenshots', kind: 'attachment', required: false }),
        missing({ id: 'users', label: 'Users affected', kind: 'user-list', required: false }),
        missing({ id: 'contact', label: 'Site contact', required: false }),
      ],
      'Acme',
    );

    expect(comment?.split('\n')).toEqual([
      'To move your request on, Acme needs a few details from you:',
      '- Vehicle registration',
      '- Screenshots (optional) Please use the attach button on your request.',
      '- Users affected (optional)',
      '- Site contact (optional)',
      'You can add them in the request panel "Where your request stands", or reply here.',
    ]);
  });
});
