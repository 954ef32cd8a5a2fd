import { isAutomaticReply } from '../../../../src/domain/rules/is-automatic-reply';

describe('isAutomaticReply', () => {
  describe('a mail system’s marker at the start', () => {
    it.each([
      'Automatic reply: I am out of the office until 14 December and will reply on my return.',
      'Auto-Reply: thank you for your email',
      'AutoReply',
      'Out of office',
      'Out of Office: back on 6 January',
      'OOO: back Monday',
      'Réponse automatique : Je suis absent du bureau jusqu’au 14 décembre.',
      'Absent du bureau : retour le 4 janvier',
      'Automatische Antwort: Ich bin bis zum 14. Dezember nicht im Büro.',
      'Abwesenheitsnotiz: Ich bin bis 14.12. nicht erreichbar.',
      'Respuesta automática: Estoy fuera de la oficina hasta el 14 de diciembre.',
      'Fuera de la oficina: vuelvo el lunes.',
      'Automatic reply:\nThe tracker desk is closed over the holidays.',
    ])('takes %p for an automatic reply', (text) => {
      expect(isAutomaticReply(text)).toBe(true);
    });

    it.each([
      'Automatic reply from your portal says it is sorted; it is not',
      'Out of office hours the unit keeps dropping out',
      'The auto reply from your system said it was fixed, but it is not.',
      'OOO - back Monday. The unit in van 12 died again overnight, please fix.',
      'Out of office: but the tracker in van 12 is offline again, please call me.',
    ])('takes %p, where the words open a sentence or sit beside a fault, for a person', (text) => {
      expect(isAutomaticReply(text)).toBe(false);
    });
  });

  describe('an away notice as the opening sentence', () => {
    it.each([
      'I am currently out of the office with limited access to email.',
      'Hi,\nI’m on annual leave until Monday. For urgent matters call the depot.',
      'Kia ora,\nI am away from the office until 6 January and will reply when I return. Ngā mihi',
      'Thank you for your email. I am out of the office until Monday.',
      'Out of the office until 14 December, back on the 15th.',
      'Thanks for your message.\nI’ll be on leave from 20 December to 6 January.',
      'Bonjour,\nJe suis actuellement en congés jusqu’au 4 janvier. Je répondrai à mon retour.',
      'Merci pour votre message. Je serai absente jusqu’au 2 janvier.',
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 5. Januar im Urlaub.',
      'Ich befinde mich bis zum 3. Januar außer Haus.',
      'Gracias por su mensaje. Estoy de vacaciones hasta el 7 de enero.',
      'Me encuentro fuera de la oficina hasta el lunes.',
      'This is an automated response. Your message has been received.',
      'Ceci est une réponse automatique. Je suis absente jusqu’au 2 janvier.',
      'Dies ist eine automatische Nachricht.',
      'I am out of the office until Monday.\n\nOn Tue, 1 Dec 2026, Support wrote:\n> the unit stopped again',
    ])('takes %p for an automatic reply', (text) => {
      expect(isAutomaticReply(text)).toBe(true);
    });

    it.each([
      'I am on leave from Friday, so please fix it before then: the tracker in van 12 stopped again.',
      "I'm currently on leave but my driver says the unit is offline again. Please call Sam.",
      'I am away but can you check the unit in van 3?',
      'Je suis en congé mais le boîtier ne marche plus.',
      'Ich bin im Urlaub, aber das Gerät ist schon wieder offline.',
      'Estoy de vacaciones pero el rastreador no funciona.',
      'Out of the office tomorrow, the unit stopped',
      'This is an automated message from our fleet system: tracker 12 offline.',
    ])('takes %p, which reports a fault or asks something, for a person', (text) => {
      expect(isAutomaticReply(text)).toBe(false);
    });

    it.each([
      'I am on leave next week; the rego is KLM482.',
      'I’ll be away tomorrow, so call Sam on the depot line.',
      'Je suis absent demain, appelez Sam au dépôt.',
      'Ich bin nächste Woche im Urlaub, bitte rufen Sie Sam an.',
      'Estaré fuera mañana, llamen a Sam.',
    ])('takes %p, which announces leave still to come, for a person', (text) => {
      expect(isAutomaticReply(text)).toBe(false);
    });
  });

  it.each([
    'The unit is dead again. I am out of the office tomorrow, call my mobile instead.',
    'The rego is KLM482. I am on leave next week so please call Sam on the depot line.',
    'I was out of the office yesterday and the tracker stopped again.',
    'Our office is out of trackers; please send two more.',
    'Works now, thanks. I am on leave from Monday.',
  ])('takes %p, where leave comes after the message, for a person', (text) => {
    expect(isAutomaticReply(text)).toBe(false);
  });

  it.each([
    "I'm away until Monday. Meanwhile the unit in van 12 keeps beeping and shows a red light.",
    "Je suis absent jusqu'au 14 décembre. Le boîtier du camion ne s'allume plus depuis hier.",
    'I am on annual leave until 5 January; the GPS in the ute is showing it in Australia.',
  ])('takes an away notice followed by what the writer saw, %p, for a person', (text) => {
    expect(isAutomaticReply(text)).toBe(false);
  });
});
