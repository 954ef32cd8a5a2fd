import type { Actor } from '../../contracts/status-guide';
import type { EntryWording } from './types';

const commentAnytime =
  'Ajoutez un commentaire sur cette demande à tout moment si quelque chose change.';
const needInstallerNumber =
  "Vous n'avez pas le numéro de l'installateur ? Écrivez-le en commentaire et nous vous l'enverrons.";
const sentOut =
  "Elle est en route. La date d'expédition et la référence du transporteur figurent ci-dessous ; nous vous tiendrons informé ici en cas de changement.";

/** The preset's customer wording in French, by entry id; `{company}` as in the English. */
export const frenchEntryWording: Readonly<
  Record<
    string,
    { wording: EntryWording; onceDispatched?: Pick<EntryWording, 'headline' | 'whatHappensNext'> }
  >
> = {
  'in-review': {
    wording: {
      headline: 'Votre demande attend dans la file de notre équipe support.',
      whatHappensNext:
        "Une personne de l'équipe support va la prendre en charge et vous répondre ici.",
      customerCanDo: [commentAnytime],
      tips: [],
      promiseText: 'Nous accusons réception de chaque demande dans les 8 heures ouvrées.',
    },
  },
  'in-progress': {
    wording: {
      headline: 'Un coordinateur support travaille sur votre demande.',
      whatHappensNext:
        "Il vous tiendra informé ici dès qu'il y aura du nouveau ou s'il a besoin de quelque chose.",
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  'waiting-for-customer': {
    wording: {
      headline: "Nous avons besoin d'un élément de votre part pour continuer.",
      whatHappensNext:
        'Votre coordinateur a expliqué dans un commentaire ce qui manque. Répondez sur cette demande et il reprendra le travail.',
      customerCanDo: [
        'Lisez le dernier commentaire de votre coordinateur et répondez sur cette demande.',
        "Selon la demande, il peut nous falloir l'immatriculation du véhicule, les coordonnées de la personne à contacter, le lieu où se trouvera le véhicule, des captures d'écran ou les utilisateurs concernés.",
      ],
      tips: [
        "Pas reçu d'e-mail pour notre réponse ? Vos notifications du portail sont peut-être désactivées : ouvrez votre profil dans le portail et activez-les.",
      ],
    },
  },
  'awaiting-purchase-order': {
    wording: {
      headline: 'Nous vous avons envoyé un devis et attendons votre numéro de bon de commande.',
      whatHappensNext: 'Le travail commence dès que nous avons votre numéro de bon de commande.',
      customerCanDo: ['Répondez sur cette demande avec votre numéro de bon de commande.'],
      tips: [],
    },
  },
  'escalated-software': {
    wording: {
      headline:
        'Cette demande demande une expertise poussée : nos ingénieurs logiciel sont impliqués.',
      whatHappensNext:
        'Votre coordinateur en recherche la cause avec les ingénieurs logiciel et vous tiendra informé ici.',
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  'escalated-hardware': {
    wording: {
      headline:
        'Cette demande demande une expertise poussée : nos spécialistes matériel sont impliqués.',
      whatHappensNext:
        "Votre coordinateur fait le diagnostic avec notre spécialiste matériel senior et l'équipe des services techniques, et vous tiendra informé ici.",
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  'awaiting-dispatch': {
    wording: {
      headline: "Votre commande est traitée et attend d'être expédiée par notre équipe logistique.",
      whatHappensNext:
        "La logistique va expédier le matériel. S'il faut attendre du stock, nous vous le dirons avec une date prévue dès que notre fournisseur la confirme.",
      customerCanDo: [commentAnytime],
      tips: [],
      promiseText:
        'Les commandes standard sont expédiées dans les 5 jours ouvrés suivant leur traitement.',
    },
    onceDispatched: { headline: 'Votre matériel a été expédié.', whatHappensNext: sentOut },
  },
  'awaiting-stock': {
    wording: {
      headline: "Le matériel dont vous avez besoin n'est pas encore en stock.",
      whatHappensNext:
        "Nous attendons notre fournisseur. Dès qu'il nous donne une date, nous l'affichons ici ; la logistique expédie ensuite votre commande.",
      customerCanDo: [commentAnytime],
      tips: [],
      promiseText:
        "Nous affichons ici la date d'arrivée prévue dès que notre fournisseur la confirme.",
    },
    onceDispatched: {
      headline: 'Le stock est arrivé et votre matériel a été expédié.',
      whatHappensNext: sentOut,
    },
  },
  'assigned-to-installer': {
    wording: {
      headline: 'Un installateur a votre intervention et va vous contacter pour l’organiser.',
      whatHappensNext:
        'L’installateur contactera la personne indiquée sur cette demande comme ayant accès au véhicule, pour fixer un rendez-vous.',
      customerCanDo: [
        'Vérifiez que la personne à contacter sur cette demande est la bonne et qu’elle est joignable.',
        commentAnytime,
      ],
      tips: [],
      promiseText:
        'Les installateurs cherchent à prendre contact dans les 3 jours ouvrés suivant la réception du matériel.',
    },
  },
  'installer-booked': {
    wording: {
      headline: "L'installateur a planifié votre intervention.",
      whatHappensNext: "L'installateur réalise le travail à la date prévue.",
      customerCanDo: [commentAnytime],
      tips: [
        "Aucune nouvelle de l'installateur depuis une semaine ? Appelez-le.",
        needInstallerNumber,
      ],
      promiseText:
        "Si une semaine passe sans contact de l'installateur, nous vous proposerons de l'appeler.",
      promiseLateText:
        "Cela fait une semaine que l'installateur a planifié votre intervention et vous n'avez pas de nouvelles. " +
        "Appelez-le ; si vous n'avez pas son numéro, ajoutez un commentaire ici et nous vous l'enverrons.",
    },
  },
  'installer-not-booked': {
    wording: {
      headline: "L'installateur n'a pas pu planifier votre intervention.",
      whatHappensNext:
        "Dès que vous et l'installateur aurez convenu d'un horaire, l'intervention aura lieu.",
      customerCanDo: ["Appelez l'installateur pour convenir d'un horaire."],
      tips: [needInstallerNumber],
    },
  },
  'awaiting-service-information': {
    wording: {
      headline: 'Nous attendons des informations nécessaires pour terminer votre demande.',
      whatHappensNext:
        "Elles peuvent venir d'un fournisseur ou d'un installateur, des données du véhicule une fois qu'il a roulé (pour confirmer que la panne est réglée), ou de chez {company}. Nous reprendrons dès que nous les aurons.",
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  'escalated-technical-services': {
    wording: {
      headline:
        'Cette demande demande une expertise poussée : notre équipe des services techniques est impliquée.',
      whatHappensNext:
        'Votre coordinateur fait le diagnostic avec les services techniques et vous tiendra informé ici.',
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  'on-hold': {
    wording: {
      headline: 'Votre demande est en pause pour le moment.',
      whatHappensNext:
        "Quelque chose nous empêche d'avancer pour l'instant, comme une intervention impossible à planifier ou un problème que nous ne pouvons pas encore résoudre. Nous reprendrons dès que possible.",
      customerCanDo: [commentAnytime],
      tips: ['Vous ne savez pas pourquoi ? Demandez-le en commentaire et nous vous expliquerons.'],
    },
  },
  resolved: {
    wording: {
      headline: 'Nous pensons que c’est réglé.',
      whatHappensNext:
        "L'équipe pense que le problème est résolu, ou l'installateur a signalé le travail terminé. Si tout va bien, vous n'avez plus rien à faire.",
      customerCanDo: [
        "Dites-nous ce que vous en pensez : évaluez cette demande dans l'enquête de satisfaction de cette page (ou dans l'e-mail reçu à sa résolution). Votre avis aide {company} à s'améliorer.",
      ],
      tips: [],
    },
  },
};

/** Who acts next, in French, leading a sentence. */
export const frenchActorLabels: Readonly<Record<Actor, string>> = {
  customer: 'Vous',
  'support-team': 'Notre équipe support',
  'support-coordinator': 'Votre coordinateur support',
  'software-engineers': 'Nos ingénieurs logiciel',
  'hardware-specialists': 'Nos spécialistes matériel',
  'technical-services': 'Notre équipe des services techniques',
  logistics: 'Notre équipe logistique',
  supplier: 'Notre fournisseur',
  installer: "L'installateur",
  company: '{company}',
};
