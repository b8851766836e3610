/** Work on a case that reaches other features: assigning, and changes made on the trip for it. */
export default {
  assign: {
    option: '{{name}} ({{role}})',
  },
  context: {
    recording:
      'Changing this trip for complaint {{caseNo}}: what you save here is recorded on the trip history and on the case.',
    unusable:
      'Complaint {{caseNo}} is finished or about another trip: changes made here are not recorded on it.',
    back: 'Back to the complaint',
  },
  change: {
    guide: 'Guide {{from}} → {{to}}',
    item_added: 'Day {{day}}: added “{{to}}”',
    item_changed: 'Day {{day}}: “{{from}}” → “{{to}}”',
    item_removed: 'Day {{day}}: removed “{{from}}”',
    item_moved: '“{{from}}” day {{fromDay}} → day {{day}}',
    item_reordered: 'Day {{day}}: “{{from}}” reordered',
    item_copied: 'Day {{fromDay}}: “{{from}}” copied to day {{day}}',
    day_title: 'Day {{day}} title: “{{from}}” → “{{to}}”',
    noTitle: '(none)',
  },
  history: {
    forCase: 'for complaint',
    onTrip: 'Trip changed: ',
  },
  remedy: {
    carriedOut: 'Carried out',
  },
  swap: {
    button: 'Change guide',
    title: 'Replace {{name}}',
    to: 'Replace with',
    hint: 'Same role, another guide; recorded on the trip and the case',
    save: 'Replace',
  },
}
