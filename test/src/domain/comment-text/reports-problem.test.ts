import { reportsProblem } from '../../../../src/domain/comment-text/reports-problem';

describe('reportsProblem', () => {
  it.each([
    'The tracker in van 12 stopped again.',
    'UNIT OFFLINE AGAIN',
    'It is not working',
    'it doesn’t work',
    'Can you call me?',
    'Le boîtier est en panne',
    'ça ne marche plus',
    'Das Gerät ist kaputt',
    'Es geht nicht',
    'El rastreador no funciona',
    'Se cayó otra vez',
    'Kua pakaru te pouaka',
    'Défectueux',
  ])('hears a problem in %p', (text) => {
    expect(reportsProblem(text)).toBe(true);
  });

  it.each([
    'I am out of the office until Monday.',
    'I will be available again on 6 January.',
    'Ab dem 6. Januar bin ich wieder erreichbar.',
    'Je serai à nouveau disponible le 6 janvier.',
    'Estaré de nuevo en la oficina el lunes.',
    'For urgent matters call the depot.',
    'If you received this email in error, please delete it.',
    'Casey Customer',
    'Stopwatch Ltd',
    '',
  ])('hears no problem in %p', (text) => {
    expect(reportsProblem(text)).toBe(false);
  });
});
