import type { Project, SiteIssue, SiteState, SiteUser, Workflow, WorkflowStatus } from './types';

/** The demo users; emails are what the user switch, `?as=` and basic auth take. */
export const demoUsers: SiteUser[] = [
  {
    accountId: 'cust-casey',
    email: 'casey@customer.example',
    displayName: 'Casey Customer',
    accountType: 'customer',
    timeZone: 'Pacific/Auckland',
    locale: 'en-NZ',
    isSiteAdmin: false,
    role: 'Customer (portal-only account), reports most demo requests',
  },
  {
    accountId: 'cust-morgan',
    email: 'morgan@customer.example',
    displayName: 'Morgan Customer',
    accountType: 'customer',
    timeZone: 'Australia/Sydney',
    locale: 'en-AU',
    isSiteAdmin: false,
    role: 'Second customer, a participant on one of Casey’s requests',
  },
  {
    accountId: 'agent-alex',
    email: 'alex@servicedesk.example',
    displayName: 'Alex Agent',
    accountType: 'atlassian',
    timeZone: 'Pacific/Auckland',
    locale: 'en-NZ',
    isSiteAdmin: false,
    role: 'Service desk agent',
  },
  {
    accountId: 'admin-ada',
    email: 'ada@servicedesk.example',
    displayName: 'Ada Admin',
    accountType: 'atlassian',
    timeZone: 'Pacific/Auckland',
    locale: 'en-NZ',
    isSiteAdmin: true,
    role: 'Jira administrator and project admin',
  },
  {
    accountId: 'projectadmin-pat',
    email: 'pat@servicedesk.example',
    displayName: 'Pat Projectadmin',
    accountType: 'atlassian',
    timeZone: 'Europe/London',
    locale: 'en-GB',
    isSiteAdmin: false,
    role: 'Project admin of the IT help desk only (opens its project settings)',
  },
  {
    accountId: 'installer-ian',
    email: 'ian@installer.example',
    displayName: 'Ian Installer',
    accountType: 'atlassian',
    timeZone: 'Pacific/Auckland',
    locale: 'en-NZ',
    isSiteAdmin: false,
    role: 'Installer with an agent licence',
  },
  {
    accountId: 'integration-bridge',
    email: 'bridge@partner.example',
    displayName: 'Partner Bridge',
    accountType: 'atlassian',
    timeZone: 'UTC',
    locale: 'en-US',
    isSiteAdmin: false,
    role: 'Integration account with an agent licence',
  },
  {
    accountId: 'app-status-guide',
    email: 'status-guide@connect.atlassian.example',
    displayName: 'Status Guide',
    accountType: 'app',
    timeZone: 'UTC',
    locale: 'en-US',
    isSiteAdmin: false,
    role: 'The app itself',
  },
];

const status = (
  id: string,
  name: string,
  category: WorkflowStatus['category'],
): WorkflowStatus => ({
  id,
  name,
  category,
});

/** The field-service workflow of the preset, with the transitions a real desk offers. */
export const fieldServiceWorkflow = (): Workflow => {
  const statuses = [
    status('1', 'In Review', 'new'),
    status('2', 'In Progress', 'indeterminate'),
    status('3', 'Waiting for Customer', 'indeterminate'),
    status('4', 'Awaiting Purchase Order', 'indeterminate'),
    status('5', 'Escalated to Software Engineering', 'indeterminate'),
    status('6', 'Escalated to Hardware Support', 'indeterminate'),
    status('7', 'Awaiting Dispatch', 'indeterminate'),
    status('8', 'Awaiting Stock', 'indeterminate'),
    status('9', 'Assigned to Installer', 'indeterminate'),
    status('10', 'Installer Booked', 'indeterminate'),
    status('11', 'Unable to Book Installer', 'indeterminate'),
    status('12', 'Awaiting Service Information', 'indeterminate'),
    status('13', 'Escalated to Technical Services', 'indeterminate'),
    status('14', 'On Hold', 'indeterminate'),
    status('15', 'Resolved', 'done'),
  ];
  const open = statuses.filter((s) => s.category !== 'done').map((s) => s.id);
  const working = ['2', '5', '6', '12', '13'];

  return {
    statuses,
    transitions: [
      {
        id: '11',
        name: 'Start work',
        from: ['1', '3', '4', '12', '14', ...working.slice(1)],
        to: '2',
      },
      { id: '21', name: 'Ask the customer', from: ['1', ...working], to: '3' },
      { id: '31', name: 'Send quote', from: ['2'], to: '4' },
      { id: '41', name: 'Escalate to software engineering', from: ['2', '6', '13'], to: '5' },
      { id: '51', name: 'Escalate to hardware support', from: ['2', '5', '13'], to: '6' },
      { id: '61', name: 'Order processed', from: ['2', '4', '8'], to: '7' },
      { id: '71', name: 'Out of stock', from: ['7'], to: '8' },
      { id: '81', name: 'Hardware dispatched', from: ['7'], to: '9' },
      { id: '91', name: 'Installer booked', from: ['9', '11'], to: '10' },
      { id: '101', name: 'Unable to book', from: ['9', '10'], to: '11' },
      { id: '111', name: 'Await service information', from: ['10', ...working], to: '12' },
      { id: '121', name: 'Escalate to technical services', from: ['2', '5', '6'], to: '13' },
      { id: '131', name: 'Put on hold', from: open, to: '14' },
      { id: '141', name: 'Resolve', from: open, to: '15' },
      { id: '151', name: 'Reopen', from: ['15'], to: '1' },
    ],
  };
};

const fieldServiceProject = (): Project => ({
  id: '10000',
  key: 'FS',
  name: 'Field Service Desk',
  serviceDeskId: '1',
  portalId: '1',
  agentIds: ['agent-alex', 'installer-ian', 'integration-bridge'],
  adminIds: ['admin-ada'],
  customerIds: ['cust-casey', 'cust-morgan'],
  requestTypes: [
    { id: '10', name: 'Report a fault', description: 'Something is not working as it should.' },
    { id: '11', name: 'Order hardware', description: 'Order tracking units or accessories.' },
    { id: '12', name: 'Field maintenance', description: 'An installer visits the vehicle.' },
  ],
  workflow: fieldServiceWorkflow(),
});

/**
 * A second desk's workflow, close to JSM's IT service template but with some statuses renamed,
 * as desks do: Triage, Awaiting your reply and Working on it match no catalogue entry by name.
 */
export const itHelpDeskWorkflow = (): Workflow => {
  const statuses = [
    status('101', 'Triage', 'new'),
    status('102', 'Awaiting your reply', 'indeterminate'),
    status('103', 'Working on it', 'indeterminate'),
    status('104', 'Pending', 'indeterminate'),
    status('105', 'Escalated', 'indeterminate'),
    status('106', 'Done', 'done'),
    status('107', 'Closed', 'done'),
    status('108', 'Canceled', 'done'),
  ];
  const open = ['101', '102', '103', '104', '105'];

  return {
    statuses,
    transitions: [
      { id: '211', name: 'Start work', from: ['101', '102', '104', '105'], to: '103' },
      { id: '221', name: 'Ask the customer', from: ['101', '103', '105'], to: '102' },
      { id: '231', name: 'Mark pending', from: ['101', '103'], to: '104' },
      { id: '241', name: 'Escalate', from: ['101', '103'], to: '105' },
      { id: '251', name: 'Resolve', from: open, to: '106' },
      { id: '261', name: 'Close', from: ['106'], to: '107' },
      { id: '271', name: 'Cancel', from: open, to: '108' },
      { id: '281', name: 'Reopen', from: ['106'], to: '101' },
      { id: '291', name: 'Back to work', from: ['106'], to: '103' },
    ],
  };
};

const itHelpDeskProject = (): Project => ({
  id: '10001',
  key: 'IT',
  name: 'IT Help Desk',
  serviceDeskId: '2',
  portalId: '2',
  agentIds: ['agent-alex'],
  adminIds: ['projectadmin-pat'],
  customerIds: ['cust-casey', 'cust-morgan'],
  requestTypes: [
    { id: '20', name: 'Get IT help', description: 'Something on your computer or account.' },
    { id: '21', name: 'Request new software', description: 'Ask for an application.' },
  ],
  workflow: itHelpDeskWorkflow(),
});

interface DemoRequest {
  summary: string;
  description: string;
  requestTypeId: string | null;
  /** Status names from In Review to the current one, in the order the request went through. */
  path: string[];
  reporterId: string;
  participantIds?: string[];
  daysAgo: number;
  comments?: { authorId: string; body: string; isPublic: boolean }[];
}

const itDemoRequests: DemoRequest[] = [
  {
    summary: 'Laptop will not join the office wifi',
    description: 'Since the update the laptop forgets the network.',
    requestTypeId: '20',
    path: ['Triage', 'Working on it', 'Done'],
    reporterId: 'cust-casey',
    daysAgo: 3,
  },
  {
    summary: 'Need a licence for the diagram editor',
    description: 'For the new depot floor plans.',
    requestTypeId: '21',
    path: ['Triage'],
    reporterId: 'cust-casey',
    daysAgo: 0,
  },
  {
    summary: 'Shared mailbox missing',
    description: 'The dispatch mailbox disappeared from my mail app.',
    requestTypeId: '20',
    path: ['Triage', 'Working on it', 'Awaiting your reply'],
    reporterId: 'cust-casey',
    daysAgo: 2,
  },
];

const demoRequests: DemoRequest[] = [
  {
    summary: 'Tracker in van 12 stopped reporting',
    description: 'Van 12 has shown no position since Monday morning.',
    requestTypeId: '10',
    path: ['In Review', 'In Progress', 'Resolved'],
    reporterId: 'cust-casey',
    daysAgo: 6,
    comments: [
      {
        authorId: 'agent-alex',
        body: 'The unit was re-provisioned remotely; it reports again.',
        isPublic: true,
      },
    ],
  },
  {
    summary: 'Driver app shows the wrong odometer',
    description: 'The odometer in the driver app is 1,200 km behind the dashboard.',
    requestTypeId: '10',
    path: ['In Review'],
    reporterId: 'cust-casey',
    daysAgo: 0,
  },
  {
    summary: 'Geofence alerts not arriving',
    description: 'Alerts for the depot geofence stopped this week.',
    requestTypeId: '10',
    path: ['In Review', 'In Progress'],
    reporterId: 'cust-casey',
    participantIds: ['cust-morgan'],
    daysAgo: 2,
  },
  {
    summary: 'Tracker offline on ute',
    description: 'Our ute shows offline in the map.',
    requestTypeId: '10',
    path: ['In Review', 'In Progress', 'Waiting for Customer'],
    reporterId: 'cust-casey',
    daysAgo: 3,
    comments: [
      {
        authorId: 'agent-alex',
        body: 'Could you send the vehicle registration and where it is parked?',
        isPublic: true,
      },
    ],
  },
  {
    summary: 'Quote for 20 units',
    description: 'Please quote 20 hardwired units with installation.',
    requestTypeId: '11',
    path: ['In Review', 'In Progress', 'Awaiting Purchase Order'],
    reporterId: 'cust-casey',
    daysAgo: 4,
  },
  {
    summary: 'Reports export times out',
    description: 'The monthly report export fails after a minute.',
    requestTypeId: '10',
    path: ['In Review', 'In Progress', 'Escalated to Software Engineering'],
    reporterId: 'cust-casey',
    daysAgo: 5,
  },
  {
    summary: 'Unit reboots when ignition turns on',
    description: 'The unit in truck 7 reboots at every ignition.',
    requestTypeId: '10',
    path: ['In Review', 'In Progress', 'Escalated to Hardware Support'],
    reporterId: 'cust-casey',
    daysAgo: 5,
  },
  {
    summary: 'Order: 5 tracking units',
    description: 'Five standard units for the new trailers.',
    requestTypeId: '11',
    path: ['In Review', 'In Progress', 'Awaiting Dispatch'],
    reporterId: 'cust-casey',
    daysAgo: 1,
  },
  {
    summary: 'Order: 2 temperature probes',
    description: 'Two probes for the chiller trucks.',
    requestTypeId: '11',
    path: ['In Review', 'In Progress', 'Awaiting Dispatch', 'Awaiting Stock'],
    reporterId: 'cust-casey',
    daysAgo: 8,
  },
  {
    summary: 'Install tracker in new truck',
    description: 'New truck arrives next week and needs a unit fitted.',
    requestTypeId: '12',
    path: ['In Review', 'In Progress', 'Awaiting Dispatch', 'Assigned to Installer'],
    reporterId: 'cust-casey',
    daysAgo: 7,
  },
  {
    summary: 'Replace faulty unit in car 3',
    description: 'Car 3 needs its unit swapped.',
    requestTypeId: '12',
    path: [
      'In Review',
      'In Progress',
      'Awaiting Dispatch',
      'Assigned to Installer',
      'Installer Booked',
    ],
    reporterId: 'cust-casey',
    daysAgo: 10,
  },
  {
    summary: 'Fit unit to excavator',
    description: 'The excavator is on a remote site.',
    requestTypeId: '12',
    path: [
      'In Review',
      'In Progress',
      'Awaiting Dispatch',
      'Assigned to Installer',
      'Unable to Book Installer',
    ],
    reporterId: 'cust-casey',
    daysAgo: 12,
  },
  {
    summary: 'Fuel readings look wrong after repair',
    description: 'After the repair the fuel level jumps around.',
    requestTypeId: '10',
    path: ['In Review', 'In Progress', 'Awaiting Service Information'],
    reporterId: 'cust-casey',
    daysAgo: 9,
  },
  {
    summary: 'CAN bus data missing',
    description: 'Engine hours stopped coming through.',
    requestTypeId: '10',
    path: ['In Review', 'In Progress', 'Escalated to Technical Services'],
    reporterId: 'cust-casey',
    daysAgo: 6,
  },
  {
    summary: 'Relocate unit in bus 4',
    description: 'Move the unit behind the dash panel.',
    requestTypeId: '12',
    path: ['In Review', 'In Progress', 'On Hold'],
    reporterId: 'cust-casey',
    daysAgo: 15,
  },
  {
    summary: 'Morgan’s own request: dashboard access',
    description: 'Need access for two new dispatchers.',
    requestTypeId: '10',
    path: ['In Review', 'In Progress'],
    reporterId: 'cust-morgan',
    daysAgo: 1,
  },
  {
    summary: 'Internal: firmware rollout checklist',
    description: 'Created by an agent without a request type.',
    requestTypeId: null,
    path: ['In Review', 'In Progress'],
    reporterId: 'agent-alex',
    daysAgo: 2,
  },
];

const isoDaysAgo = (now: Date, days: number, hoursAfter = 0): string =>
  new Date(now.getTime() - days * 86_400_000 + hoursAfter * 3_600_000)
    .toISOString()
    .replace('Z', '+0000');

/** The demo requests of one project as issues, numbered from `firstIssueId`. */
const seedIssues = (
  project: Project,
  requests: DemoRequest[],
  firstIssueId: number,
  now: Date,
  counters: { changelog: number; comment: number },
): SiteIssue[] => {
  const byName = new Map(project.workflow.statuses.map((s) => [s.name, s]));

  return requests.map((demo, index) => {
    const created = isoDaysAgo(now, demo.daysAgo);
    const steps = demo.path.map((name) => {
      const found = byName.get(name);
      if (!found) throw new Error(`Demo status ${name} is not in the workflow.`);
      return found;
    });
    const changelog = steps.slice(1).map((to, step) => {
      const from = steps[step] ?? to;
      return {
        id: String(20000 + ++counters.changelog),
        authorId: 'agent-alex',
        created: isoDaysAgo(now, demo.daysAgo, step + 1),
        items: [
          { field: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name },
        ],
      };
    });
    const lastChange = changelog[changelog.length - 1]?.created ?? created;

    return {
      id: String(firstIssueId + index),
      key: `${project.key}-${index + 1}`,
      projectKey: project.key,
      summary: demo.summary,
      description: demo.description,
      requestTypeId: demo.requestTypeId,
      statusId: steps[steps.length - 1]?.id ?? '1',
      reporterId: demo.reporterId,
      participantIds: demo.participantIds ?? [],
      created,
      updated: lastChange,
      comments: (demo.comments ?? []).map((comment) => ({
        id: String(10000 + ++counters.comment),
        ...comment,
        created: lastChange,
        updated: lastChange,
      })),
      changelog,
      properties: {},
    };
  });
};

/**
 * A fresh demo site as of `now`: the users, the field-service desk with a request per status,
 * and an IT help desk whose statuses carry other names.
 */
export const seedSite = (now: Date = new Date()): SiteState => {
  const counters = { changelog: 0, comment: 0 };
  const fieldService = fieldServiceProject();
  const itHelpDesk = itHelpDeskProject();
  const fieldServiceIssues = seedIssues(fieldService, demoRequests, 10001, now, counters);
  const issues = [
    ...fieldServiceIssues,
    ...seedIssues(itHelpDesk, itDemoRequests, 10001 + fieldServiceIssues.length, now, counters),
  ];

  return {
    version: 1,
    users: demoUsers.map((user) => ({ ...user })),
    projects: [fieldService, itHelpDesk],
    issues,
    appStorage: {},
    counters: { comment: counters.comment, changelog: counters.changelog },
  };
};
