import { stripSignOff } from '../../../../src/domain/comment-text/strip-sign-off';

describe('stripSignOff', () => {
  it.each([
    ['Thanks!\n\nKind regards,\nCasey Customer', 'Thanks!\n\nKind regards,'],
    ['Cheers,\nCasey\nFleet Manager | Acme Ltd\n021 555 0192', 'Cheers,'],
    ['Thanks. Sent from my iPhone', 'Thanks.'],
    ['All good\n\nGet Outlook for Android', 'All good'],
    ['Sorted\n-- \nCasey Customer\nAcme', 'Sorted'],
    ['Regards,\nthe unit broke again', 'Regards,\nthe unit broke again'],
    ['It broke again.', 'It broke again.'],
    ['Thanks!\nCheers,\nCasey\nM: 021 555 1234\nE: casey@customer.example', 'Thanks!\nCheers,'],
    ['Thanks\nRegards,\nCASEY CUSTOMER\nACME FLEET LTD', 'Thanks\nRegards,'],
    ['Thanks\nCheers,\nCasey van der Berg\nwww.acme.example', 'Thanks\nCheers,'],
    ['Thanks\nCheers,\nCasey\nMob 021 555 1234 | Tel (09) 555 0192', 'Thanks\nCheers,'],
    ['Merci\nCordialement,\nCasey Client\nTél : +33 1 23 45 67 89', 'Merci\nCordialement,'],
    ['Danke\nViele Grüße\nCasey Kunde\nHandy: 0171 2345678', 'Danke\nViele Grüße'],
    ['Gracias\nUn saludo,\nCasey Cliente', 'Gracias\nUn saludo,'],
    ['Ka pai\nNāku noa, nā\nCasey', 'Ka pai\nNāku noa, nā'],
  ])('takes the sign-off from %p, leaving %p', (text, rest) => {
    expect(stripSignOff(text)).toBe(rest);
  });

  it.each([
    'Thanks!\nCheers,\nCasey\nIt died again this morning, call 021 555 1234',
    'Thanks team\nKind regards,\nCasey Customer\nStill offline - email fleet@customer.example',
    'Thanks\nCheers,\nCasey\nPlease ring me on 021 555 1234',
    'Thanks\nRegards,\nCasey\nUNIT OFFLINE AGAIN',
    'Thanks\nRegards,\nCasey\nSTILL NOT WORKING',
    'Thanks\nRegards,\nCasey\nCALL ME ASAP',
    'Thanks\nCheers,\nCasey\nVAN 3 DEAD',
    'Merci\nCordialement,\nCasey\nTOUJOURS EN PANNE',
    'Danke\nGrüße\nCasey\nGerät kaputt',
    'Gracias\nSaludos,\nCasey\nNO FUNCIONA',
    'Thanks\n-- \nCasey\nThe unit is offline again',
  ])('keeps %p whole, since a line under the sign-off is a message', (text) => {
    expect(stripSignOff(text)).toBe(text);
  });
});
