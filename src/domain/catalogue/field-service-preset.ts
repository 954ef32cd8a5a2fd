import type { CatalogueEntry } from './types';

const commentAnytime = 'Add a comment on this request at any time if something changes.';
const askWhy = 'Not sure why? Ask in a comment and we will explain.';
const needInstallerNumber =
  "Don't have the installer's number? Comment here and we'll send it to you.";

/**
 * The field-service preset: every status of a service desk that sells, dispatches and installs
 * hardware through third-party installers and supports the software. `{company}` is replaced by
 * the configured company name.
 */
export const fieldServicePreset: readonly CatalogueEntry[] = [
  {
    id: 'in-review',
    name: 'In Review',
    aliases: ['Open', 'New', 'Waiting for support', 'Lodged'],
    category: 'new',
    actsNext: ['support-team'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: { kind: 'acknowledge', businessHours: 8 },
    wording: {
      headline: 'Your request is in the queue for our support team.',
      whatHappensNext: 'Someone from our support team will pick it up and reply to you here.',
      customerCanDo: [commentAnytime],
      tips: [],
      promiseText: 'We acknowledge every request within 8 business hours of it being raised.',
    },
  },
  {
    id: 'in-progress',
    name: 'In Progress',
    aliases: ['Work in progress', 'Being worked on'],
    category: 'indeterminate',
    actsNext: ['support-coordinator'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: null,
    wording: {
      headline: 'A support coordinator is working on your request.',
      whatHappensNext: "They'll update you here as soon as there is news or they need anything.",
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  {
    id: 'waiting-for-customer',
    name: 'Waiting for Customer',
    aliases: ['Awaiting customer', 'Pending customer', 'Need info'],
    category: 'indeterminate',
    actsNext: ['customer'],
    actsInTurn: false,
    waitsOnCustomer: true,
    isResolved: false,
    promise: null,
    wording: {
      headline: 'We need something from you before we can carry on.',
      whatHappensNext:
        'Your coordinator has explained in a comment what is missing. Reply on this request and they will pick it up again.',
      customerCanDo: [
        'Read the latest comment from your coordinator and reply on this request.',
        'Depending on the request, we may need the vehicle registration, the details of who to contact, where the vehicle will be for the work, screenshots, or which users are affected.',
      ],
      tips: [
        "Didn't get an email about our reply? Your portal notification settings may be turned off: open your profile in the portal and switch notifications on.",
      ],
    },
  },
  {
    id: 'awaiting-purchase-order',
    name: 'Awaiting Purchase Order',
    aliases: ['Awaiting PO', 'Waiting for purchase order', 'Quote sent'],
    category: 'indeterminate',
    actsNext: ['customer'],
    actsInTurn: false,
    waitsOnCustomer: true,
    isResolved: false,
    promise: null,
    wording: {
      headline: "We've sent you a quote and need your purchase order number to go ahead.",
      whatHappensNext: 'Work starts as soon as we have your purchase order number.',
      customerCanDo: ['Reply on this request with your purchase order number.'],
      tips: [],
    },
  },
  {
    id: 'escalated-software',
    name: 'Escalated to Software Engineering',
    aliases: ['Escalated to software', 'With software engineering', 'Escalated - Software'],
    category: 'indeterminate',
    actsNext: ['support-coordinator', 'software-engineers'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: null,
    wording: {
      headline: 'This needs deeper technical knowledge, so our software engineers are involved.',
      whatHappensNext:
        'Your coordinator is working out the cause with the software engineers and will update you here.',
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  {
    id: 'escalated-hardware',
    name: 'Escalated to Hardware Support',
    aliases: ['Escalated to hardware', 'With hardware support', 'Escalated - Hardware'],
    category: 'indeterminate',
    actsNext: ['support-coordinator', 'hardware-specialists', 'technical-services'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: null,
    wording: {
      headline: 'This needs deeper technical knowledge, so our hardware specialists are involved.',
      whatHappensNext:
        'Your coordinator is diagnosing it with our senior hardware specialist and the Technical Services team, and will update you here.',
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  {
    id: 'awaiting-dispatch',
    name: 'Awaiting Dispatch',
    aliases: ['Ready for dispatch', 'With logistics', 'Order processed'],
    category: 'indeterminate',
    actsNext: ['logistics'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: { kind: 'dispatch', businessDays: 5 },
    wording: {
      headline: 'Your order is processed and is with our logistics team to be sent out.',
      whatHappensNext:
        "Logistics will dispatch the hardware. If we have to wait for stock, we'll tell you and give you an expected date as soon as our supplier confirms it.",
      customerCanDo: [commentAnytime],
      tips: [],
      promiseText: 'Standard orders are dispatched within 5 business days of being processed.',
    },
    onceDispatched: {
      headline: 'Your hardware has been sent out.',
      whatHappensNext:
        'It is on its way to you. The dispatch date and any carrier reference are below; we will update you here if anything changes.',
    },
  },
  {
    id: 'awaiting-stock',
    name: 'Awaiting Stock',
    aliases: ['Backordered', 'Waiting for stock', 'Out of stock'],
    category: 'indeterminate',
    actsNext: ['supplier', 'logistics'],
    actsInTurn: true,
    waitsOnCustomer: false,
    isResolved: false,
    promise: { kind: 'stock-eta' },
    wording: {
      headline: "The hardware you need isn't in stock yet.",
      whatHappensNext:
        "We're waiting on our supplier. As soon as they give us a date, we'll show it here; then logistics sends your order out.",
      customerCanDo: [commentAnytime],
      tips: [],
      promiseText: 'We show the expected arrival date here once our supplier confirms it.',
    },
    onceDispatched: {
      headline: 'The stock arrived and your hardware has been sent out.',
      whatHappensNext:
        'It is on its way to you. The dispatch date and any carrier reference are below; we will update you here if anything changes.',
    },
  },
  {
    id: 'assigned-to-installer',
    name: 'Assigned to Installer',
    aliases: ['With installer', 'Installer assigned'],
    category: 'indeterminate',
    actsNext: ['installer'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: { kind: 'installer-contact', businessDays: 3 },
    wording: {
      headline: 'An installer has your job and will be in touch to arrange it.',
      whatHappensNext:
        'The installer will contact the person named on this request as having access to the vehicle, to book a time.',
      customerCanDo: [
        'Make sure the contact person on this request is right and can be reached.',
        commentAnytime,
      ],
      tips: [],
      promiseText:
        'Installers aim to make first contact within 3 business days of receiving the hardware.',
    },
  },
  {
    id: 'installer-booked',
    name: 'Installer Booked',
    aliases: ['Booked', 'Installation booked', 'Job booked'],
    category: 'indeterminate',
    actsNext: ['installer'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: { kind: 'installer-silence', calendarDays: 7 },
    wording: {
      headline: 'The installer has booked your job.',
      whatHappensNext: 'The installer carries out the work at the booked time.',
      customerCanDo: [commentAnytime],
      tips: ['Heard nothing from the installer for a week? Give them a ring.', needInstallerNumber],
      promiseText:
        "If a week passes without contact from the installer, we'll suggest you call them.",
      promiseLateText:
        "It's been a week since the installer booked your job and you haven't heard from them. " +
        "Please give them a ring; if you don't have their number, add a comment here and we'll " +
        'send it to you.',
    },
  },
  {
    id: 'installer-not-booked',
    name: 'Unable to Book Installer',
    aliases: ['Installer not booked', 'Could not book installer', 'Unable to book'],
    category: 'indeterminate',
    actsNext: ['customer', 'installer'],
    actsInTurn: false,
    waitsOnCustomer: true,
    isResolved: false,
    promise: null,
    wording: {
      headline: "The installer couldn't book your job.",
      whatHappensNext: 'Once you and the installer agree a time, the job goes ahead.',
      customerCanDo: ['Please ring the installer to arrange a time.'],
      tips: [needInstallerNumber],
    },
  },
  {
    id: 'awaiting-service-information',
    name: 'Awaiting Service Information',
    aliases: ['Awaiting information', 'Waiting for information', 'Pending information'],
    category: 'indeterminate',
    actsNext: ['company'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: null,
    wording: {
      headline: "We're waiting for information we need to finish your request.",
      whatHappensNext:
        "It may come from a supplier or installer, from the vehicle's own data once it has been driven (to confirm the fault is fixed), or from within {company}. We'll carry on as soon as we have it.",
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  {
    id: 'escalated-technical-services',
    name: 'Escalated to Technical Services',
    aliases: ['With technical services', 'Escalated - Technical Services'],
    category: 'indeterminate',
    actsNext: ['support-coordinator', 'technical-services'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: null,
    wording: {
      headline:
        'This needs deeper technical knowledge, so our Technical Services team is involved.',
      whatHappensNext:
        'Your coordinator is diagnosing it with Technical Services and will update you here.',
      customerCanDo: [commentAnytime],
      tips: [],
    },
  },
  {
    id: 'on-hold',
    name: 'On Hold',
    aliases: ['Paused', 'Hold', 'Pending'],
    category: 'indeterminate',
    actsNext: ['company'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: false,
    promise: null,
    wording: {
      headline: 'Your request is paused for now.',
      whatHappensNext:
        "Something is stopping us from going further at the moment, such as a job that couldn't be booked or a problem we can't solve yet. We'll pick it up again as soon as we can.",
      customerCanDo: [commentAnytime],
      tips: [askWhy],
    },
  },
  {
    id: 'resolved',
    name: 'Resolved',
    aliases: ['Completed', 'Done', 'Closed', 'Fixed'],
    category: 'done',
    actsNext: ['customer'],
    actsInTurn: false,
    waitsOnCustomer: false,
    isResolved: true,
    promise: null,
    wording: {
      headline: 'We believe this is sorted.',
      whatHappensNext:
        'The team believes the problem is fixed, or the installer has reported the work complete. If all is well, there is nothing more to do.',
      customerCanDo: [
        'Tell us how we did: rate this request in the satisfaction survey on this page (or in the email we sent when it was resolved). Your feedback helps {company} improve.',
      ],
      tips: [],
    },
  },
];
