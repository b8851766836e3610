export default {
  tab: 'Personal data',
  retention: {
    title: 'Retention period',
    text: 'Trip contracts, itineraries and rosters are kept at least 2 years after the trip ends (Travel Agency Regulations, art. 44). A customer who asks to be deleted within that time is restricted: the file is kept only for the legal record and destroyed after approval once due. No backup is kept longer either.',
    years: 'Years kept',
    unit: 'years',
    save: 'Save',
    saved: 'Retention period saved',
  },
  due: {
    title: 'Due for destruction',
    text: 'Restricted files and trip archives (what was collected for the trip: travellers’ notes, seats, insurance and visa details, names and comments on feedback forms, complaints of people no longer on file and their evidence; the trip, contracts, prices and payments stay, and customers still on file keep the trip and their own complaints) whose retention period has ended. Each is destroyed on approval; only a destruction record remains.',
    none: 'Nothing is due for destruction',
    approve: 'Approve destruction',
    confirmTitle: 'Destroy {{reference}}?',
    confirmText:
      'The data of {{label}} will be deleted for good. The destruction record keeps only the kind, reference, time and approver.',
    done: '{{reference}} destroyed',
  },
  restricted: {
    title: 'Restricted files',
    text: 'Customers who asked to be deleted while still within the retention period: absent from search, lists, reminders and exports, kept only for the legal record.',
    none: 'No restricted files',
  },
  records: {
    title: 'Destruction records',
    none: 'Nothing destroyed yet',
  },
  col: {
    reference: 'Reference',
    kind: 'Kind',
    label: 'What',
    name: 'Name',
    endedOn: 'Last trip ended',
    destroyFrom: 'Destroy from',
    restrictedAt: 'Restricted',
    by: 'By',
    destroyedAt: 'Destroyed',
    approvedBy: 'Approved by',
  },
  kind: {
    restricted_file: 'Restricted file',
    trip_archive: 'Trip archive',
  },
  copy: {
    docType: 'Copy of personal data',
    button: 'Copy of personal data',
    print: 'Print / save as PDF',
    xlsx: 'Export to Excel',
    full: 'Full ID numbers',
    saved: 'Copy of personal data saved',
    pageTitle: '{{name}} · copy of personal data',
    made: 'Made: {{at}}',
    masked: 'ID numbers partly hidden',
    fullNumbers: 'Full ID numbers (recorded in the audit log)',
    empty: 'None',
    footer: '{{agency}} · copy of personal data · {{at}}',
  },
  deletion: {
    restrict:
      'A trip of {{name}} ended within the retention period: the file will be restricted (gone from search, lists and reminders) and kept only for the legal record until {{date}}, then destroyed after approval by a manager.',
  },
}
