import { type PortalGuide, portalKeys } from '../../../src/contracts/portal';
import type { ResolverResult } from '../../../src/contracts/result';
import { fieldServicePreset } from '../../../src/domain/catalogue/field-service-preset';
import { dataOf } from '../../support/panel-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';

const frenchGuide = async (harness: Harness, issueKey: string): Promise<PortalGuide> =>
  dataOf(
    (await harness.emulator.invokeResolver(
      'status-guide-portal-panel',
      { functionKey: portalKeys.getGuide, payload: {} },
      {
        accountId: harness.accountIdOf(demo.customer),
        extension: { request: { key: issueKey } },
        locale: 'fr-FR',
      },
    )) as ResolverResult<PortalGuide>,
  );

describe('the portal panel’s resolver for a French-speaking customer', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it.each([
    ['FS-2', 'Votre demande attend dans la file de notre équipe support.', 'Notre équipe support'],
    ['FS-4', "Nous avons besoin d'un élément de votre part pour continuer.", 'Vous'],
    [
      'FS-9',
      "Le matériel dont vous avez besoin n'est pas encore en stock.",
      'Notre fournisseur, puis notre équipe logistique',
    ],
    ['FS-12', "L'installateur n'a pas pu planifier votre intervention.", "Vous et l'installateur"],
    ['FS-1', 'Nous pensons que c’est réglé.', 'Vous'],
  ])('explains %s in French: %p, who acts next %p', async (key, headline, actsNext) => {
    const { explanation } = await frenchGuide(harness, key);

    expect(explanation.headline).toBe(headline);
    expect(explanation.actsNextLabel).toBe(actsNext);
  });

  it('has every preset status in French, with the company filled in', async () => {
    const keys = Array.from({ length: 15 }, (_, index) => `FS-${index + 1}`);

    const explanations = await Promise.all(
      keys.map(async (key) => (await frenchGuide(harness, key)).explanation),
    );

    const english = new Set(fieldServicePreset.map((entry) => entry.wording.headline));
    expect(explanations.filter((explanation) => english.has(explanation.headline))).toEqual([]);
    expect(JSON.stringify(explanations)).not.toContain('{company}');
  });

  it('says in French that a comment reopens a resolved request', async () => {
    const { explanation } = await frenchGuide(harness, 'FS-1');

    expect(explanation.customerCanDo).toContain(
      'Toujours un souci ? Ajoutez un commentaire et nous rouvrirons la demande automatiquement.',
    );
  });
});
