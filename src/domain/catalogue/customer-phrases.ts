import type { CustomerLanguage } from './customer-language';
import type { EntryWording, StatusCategory } from './types';

/** The catalogue's fixed customer sentences in one language. */
export interface CustomerPhrases {
  /** What a status no entry matches means, by its category. */
  neutralWording: Record<StatusCategory, EntryWording>;
  /** Who acts next on an unmapped status. */
  ourTeam: string;
  nobodyActs: string;
  /** On a resolved request, when a customer comment reopens it, and when it does not. */
  commentReopens: string;
  commentIsRead: string;
  /** The apology for a missed promise, where the entry says nothing of its own. */
  promiseMissed: string;
  /** Joins the last of several actors: together, or one after the other. */
  together: string;
  inTurn: string;
}

const english: CustomerPhrases = {
  neutralWording: {
    new: {
      headline: "We've received your request and will look at it soon.",
      whatHappensNext: 'Our team will pick it up and reply to you here.',
      customerCanDo: ['Add a comment on this request at any time if something changes.'],
      tips: [],
    },
    indeterminate: {
      headline: 'Your request is being worked on.',
      whatHappensNext: "We'll update you here when there is news or if we need anything from you.",
      customerCanDo: ['Add a comment on this request at any time if something changes.'],
      tips: [],
    },
    done: {
      headline: 'This request is finished.',
      whatHappensNext: 'Nothing more is needed from you.',
      customerCanDo: ['Still not right? Add a comment to tell us.'],
      tips: [],
    },
  },
  ourTeam: 'Our team',
  nobodyActs: 'Nobody: it is finished',
  commentReopens: "Still not right? Add a comment and we'll reopen the request automatically.",
  commentIsRead: "Still not right? Add a comment and we'll take another look.",
  promiseMissed:
    "This is taking longer than we promised, and we're sorry for the wait. We're on it and will " +
    'update this request as soon as we can.',
  together: ' and ',
  inTurn: ', then ',
};

const french: CustomerPhrases = {
  neutralWording: {
    new: {
      headline: 'Nous avons bien reçu votre demande et allons l’examiner bientôt.',
      whatHappensNext: 'Notre équipe va la prendre en charge et vous répondre ici.',
      customerCanDo: [
        'Ajoutez un commentaire sur cette demande à tout moment si quelque chose change.',
      ],
      tips: [],
    },
    indeterminate: {
      headline: 'Votre demande est en cours de traitement.',
      whatHappensNext:
        'Nous vous tiendrons informé ici dès qu’il y aura du nouveau ou si nous avons besoin de vous.',
      customerCanDo: [
        'Ajoutez un commentaire sur cette demande à tout moment si quelque chose change.',
      ],
      tips: [],
    },
    done: {
      headline: 'Cette demande est terminée.',
      whatHappensNext: 'Vous n’avez plus rien à faire.',
      customerCanDo: ['Toujours un souci ? Dites-le-nous en commentaire.'],
      tips: [],
    },
  },
  ourTeam: 'Notre équipe',
  nobodyActs: 'Personne : c’est terminé',
  commentReopens:
    'Toujours un souci ? Ajoutez un commentaire et nous rouvrirons la demande automatiquement.',
  commentIsRead: 'Toujours un souci ? Ajoutez un commentaire et nous regarderons à nouveau.',
  promiseMissed:
    'Cela prend plus de temps que promis, et nous nous excusons pour l’attente. Nous nous en ' +
    'occupons et mettrons à jour cette demande dès que possible.',
  together: ' et ',
  inTurn: ', puis ',
};

/** The fixed customer sentences of a language. */
export const customerPhrases: Readonly<Record<CustomerLanguage, CustomerPhrases>> = {
  en: english,
  fr: french,
};
