import { reportsProblem } from '../comment-text/reports-problem';
import { stripQuotedHistory } from '../comment-text/strip-quoted-history';
import { stripSignOff } from '../comment-text/strip-sign-off';

/**
 * The subject-like marker a mail system puts first in an automatic reply, in the languages of
 * the desk's customers (Outlook's, Exchange's and Notes' wordings), followed by a colon, a dash
 * or nothing more on the line: "Automatic reply: …", "Réponse automatique : …", "Out of office".
 */
const marker =
  /^\s*(?:automatic reply|automated reply|auto[- ]?reply|auto[- ]?response|out of (?:the )?office|ooo|réponse automatique|absent du bureau|automatische antwort|abwesenheitsnotiz|abwesend|respuesta automática|fuera de la oficina)(?=[ \t]*(?:[:：\-–—]|\r?\n|$))/iu;

/** A greeting or a courtesy line that may come before the away notice. */
const leadIn =
  /^\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon)|kia ora|bonjour|hallo|guten tag|hola|buenos días)\b[^.!?\n]{0,40}[,!.\n]\s*)?(?:(?:thank you|thanks|merci|vielen dank|danke|gracias)\b[^.!?\n]{0,60}[.!\n]\s*)?/iu;

/** The opening sentence of an away notice: the writer says they are away or on leave. */
const awayNotices = [
  /^(?:i am|i['’]m|i will be|i['’]ll be)\s+(?:currently\s+|now\s+)?(?:out of (?:the )?office|away|on (?:annual |parental |sick |maternity |paternity |study )?leave|on holiday|on vacation|off work|not in the office|unavailable|absent)\b/iu,
  /^(?:currently\s+)?(?:out of (?:the )?office|on (?:annual )?leave|away from (?:the|my) (?:office|desk))\s+(?:until|till|from|on|and|with|today|this week|returning)\b/iu,
  /^je (?:suis|serai)\s+(?:actuellement\s+|absente? du bureau|absente?|en congés?|en vacances|hors du bureau|en déplacement)/iu,
  /^ich (?:bin|befinde mich)\b[^!?\n]{0,80}?(?:nicht im büro|abwesend|im urlaub|nicht erreichbar|au(?:ß|ss)er haus)/iu,
  /^(?:estoy|me encuentro|estaré)\s+(?:actualmente\s+)?(?:fuera de la oficina|fuera|de vacaciones|ausente|de baja|de permiso)/iu,
];

/**
 * Leave still to come: a person announcing it ("I am on leave next week") is not away yet, while
 * an automatic reply is sent during the absence.
 */
const leaveToCome =
  /\b(?:tomorrow|next (?:week|month)|later this week|demain|la semaine prochaine|morgen|nächste woche|mañana|la (?:próxima )?semana (?:que viene|próxima))\b/iu;

/** The first sentence: up to a full stop, question or exclamation mark, or the line's end. */
const firstSentence = (text: string): string =>
  /^[^\n]*?(?:[.!?;](?=\s|$)|$)/mu.exec(text)?.[0] ?? '';

/** Sentences a mail system writes about itself: "This is an automated message". */
const automatedSentences = [
  /\bthis is an? automat(?:ed|ic) (?:response|reply|message|email|notification)\b/iu,
  /\bthis (?:mailbox|inbox|email address) is not monitored\b/iu,
  /\bceci est (?:une réponse automatique|un message automatique)\b/iu,
  /\bdies ist eine automatische (?:antwort|nachricht)\b/iu,
  /\b(?:este es un mensaje automático|esta es una respuesta automática)/iu,
];

/**
 * What an away notice talks of, sentence by sentence: the absence, the return, the reply to
 * come, who else to contact and how, in the desk's customers' languages. A sentence of an away
 * notice that speaks of none of these ("the unit in van 12 keeps beeping") was written by a
 * person about the request.
 */
const awayTalk =
  /\b(?:away|leave|office|return(?:ing|s)?|back|repl(?:y|ies)|respond|response|e-?mails?|mail(?:box)?|messages?|access|urgent(?:ly)?|matters?|contact|colleagues?|team|holidays?|vacation|absent|absence|until|till|limited|delay(?:ed)?|soon|possible|regards|thanks|thank|forward(?:ed)?|assist(?:ance)?|help|enquir(?:y|ies)|inquir(?:y|ies)|absente?|bureau|retour|réponse|répondrai|congés?|vacances|urgence|courriel|contacter|contactez|jusqu|urlaub|abwesend|büro|zurück|antwort(?:e|en)?|dringend|vertretung|erreichbar|bis|au(?:ß|ss)er|vacaciones|oficina|ausente|regreso|volveré|responderé|urgente|contacte|hasta|mihi|cheers|cordialement|salutations|grü(?:ß|ss)e|gru(?:ß|ss)|saludos|merci|danke|gracias)\b/iu;

/** Each sentence of a text, split at a full stop, question or exclamation mark, semicolon or line. */
const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<!\d)[.!?;](?=\s|$)|\n/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));

/**
 * True when a comment is a mail system's automatic reply (out of office, auto-reply), which says
 * nothing about the request. Mail systems write these one way, so that way decides, never a
 * mention of leave somewhere in a message: the text opens with an auto-reply marker ("Automatic
 * reply:", "Réponse automatique :", "Automatische Antwort:", "Abwesenheitsnotiz:", "Respuesta
 * automática:", "Out of office"); or it opens (after a greeting or a thank-you for the message)
 * with an away notice ("I am out of the office until…", "Je suis absent…", "Ich bin bis … nicht
 * im Büro", "Estoy fuera de la oficina…") that speaks of a present absence, not of leave to come
 * ("I am on leave next week"), or it says it is an automated message; and what was written
 * (quoted history aside) reports no fault and asks nothing. A person who mentions their
 * leave beside a fault ("I am on leave from Friday, and the tracker stopped again") or after
 * one ("The unit is dead. I am out of the office tomorrow") wrote to the team, so it acts; an
 * automatic reply that asks a question ("Urgent? Call the depot") acts too, which costs the team
 * a reopen rather than leaving a customer's fault unseen.
 * @example isAutomaticReply('Automatic reply: I am out of the office until 14 December') // true
 * @example isAutomaticReply('I am on leave from Friday and the unit stopped again') // false
 */
export const isAutomaticReply = (text: string): boolean => {
  const written = stripQuotedHistory(text);
  if (reportsProblem(written)) return false;
  if (marker.test(text)) return true;

  const opening = written.replace(leadIn, '');
  if (automatedSentences.some((sentence) => sentence.test(written))) return true;
  return (
    awayNotices.some((notice) => notice.test(opening)) &&
    !leaveToCome.test(firstSentence(opening)) &&
    sentencesOf(stripSignOff(opening)).every((sentence) => awayTalk.test(sentence))
  );
};
