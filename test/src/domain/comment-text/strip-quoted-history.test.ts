import { stripQuotedHistory } from '../../../../src/domain/comment-text/strip-quoted-history';

describe('stripQuotedHistory', () => {
  it.each([
    [
      'Thanks heaps\n\nOn Tue, 1 Dec 2026 at 10:00, Support <support@example.com> wrote:\n> Resolved',
      'Thanks heaps',
    ],
    ['Rego is KLM482\n> for example ABC123.', 'Rego is KLM482'],
    ['> quoted only\n> and more', ''],
    [
      'All good\nOn Tue, 1 Dec 2026 at 10:00, Support\n<support@example.com> wrote:\n> ok',
      'All good',
    ],
    ['Done\n-----Original Message-----\nFrom: Support', 'Done'],
    ['Done\nFrom: Support <support@example.com>\nSent: Tuesday\nResolved', 'Done'],
    ['On Monday it stopped again.', 'On Monday it stopped again.'],
    [
      'Thanks.\nOn Monday your installer wrote:\nthe unit is faulty and must be replaced',
      'Thanks.\nOn Monday your installer wrote:\nthe unit is faulty and must be replaced',
    ],
    ['From: the depot, rego ABC123', 'From: the depot, rego ABC123'],
    [
      'Merci beaucoup !\n\nLe mer. 2 déc. 2026 à 10:14, Alex <alex@servicedesk.example> a écrit :\n> Résolu',
      'Merci beaucoup !',
    ],
    [
      'Merci\nLe mer. 2 déc. 2026 à 10:14, Alex <\nalex@servicedesk.example> a écrit :\n> ok',
      'Merci',
    ],
    [
      'Vielen Dank!\n\nAm Mi., 2. Dez. 2026 um 10:14 Uhr schrieb Alex <alex@servicedesk.example>:\n> ok',
      'Vielen Dank!',
    ],
    ['Danke\nAm 02.12.26 um 10:14 schrieb Alex Agent:\n> ok', 'Danke'],
    [
      'Danke\nAm Mi., 2. Dez. 2026 um 10:14 Uhr schrieb Alex <\nalex@servicedesk.example>:\n> ok',
      'Danke',
    ],
    [
      'Gracias\n\nEl mié, 2 dic 2026 a las 10:14, Alex (<alex@servicedesk.example>) escribió:\n> ok',
      'Gracias',
    ],
    ['Merci\n\nDe : Alex <alex@servicedesk.example>\nEnvoyé : mercredi 2 décembre 2026', 'Merci'],
    [
      'Danke\n\nVon: Alex <alex@servicedesk.example>\nGesendet: Mittwoch, 2. Dezember 2026',
      'Danke',
    ],
    [
      'Gracias\n\nDe: Alex <alex@servicedesk.example>\nEnviado el: miércoles, 2 de diciembre',
      'Gracias',
    ],
    ["Merci\n-----Message d'origine-----\nDe : Support", 'Merci'],
    ['Danke\n-----Ursprüngliche Nachricht-----\nVon: Support', 'Danke'],
    ['Gracias\n-----Mensaje original-----\nDe: Support', 'Gracias'],
    [
      'Am Montag schrieb der Fahrer:\nDas Gerät ist kaputt.',
      'Am Montag schrieb der Fahrer:\nDas Gerät ist kaputt.',
    ],
    ['Le chauffeur a écrit :\nça ne marche plus', 'Le chauffeur a écrit :\nça ne marche plus'],
    ['El conductor escribió:\nno funciona', 'El conductor escribió:\nno funciona'],
    ['De: the depot, rego ABC123', 'De: the depot, rego ABC123'],
  ])('keeps only what was written in %p: %p', (text, written) => {
    expect(stripQuotedHistory(text)).toBe(written);
  });
});
