/** How mail systems open an automatic reply; only the start of the message is read for these. */
const openings =
  /^\s*(?:automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (?:the )?office|ooo\b)/i;

/** Sentences that only an automatic reply writes in the present tense. */
const sentences = [
  /\bI(?: am|['’]m) (?:currently )?(?:out of (?:the )?office|away from (?:the|my) (?:office|desk)|on (?:annual )?leave)\b/i,
  /\bthis is an? automat(?:ed|ic) (?:response|reply|message|email)\b/i,
  /\bthis (?:mailbox|email address) is not monitored\b/i,
];

/**
 * True when a comment is a mail system's automatic reply (out of office, auto-reply), which says
 * nothing about the request; false for anything a person wrote, such as "I was out of the office
 * yesterday and it broke".
 * @example isAutomaticReply('Automatic reply: I am out of the office until 14 December') // true
 * @example isAutomaticReply('It broke again while I was out of the office') // false
 */
export const isAutomaticReply = (text: string): boolean =>
  openings.test(text) || sentences.some((sentence) => sentence.test(text));
