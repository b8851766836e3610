/** Words shared by every form: the closing question of a dialog, the error summary, the ways on. */
export default {
  dialogGuard: {
    title: 'Discard what you typed?',
    text: 'If you close this window, what you have typed in it will not be saved.',
    discard: 'Discard and close',
    stay: 'Keep editing',
  },
  summary: {
    title_one: 'Please correct these before saving ({{count}}):',
    title_other: 'Please correct these before saving ({{count}}):',
    sep: ': ',
    goTo: 'Go to “{{label}}”',
  },
  deadEnds: {
    newCustomer: 'New customer “{{name}}”',
    newCustomerPlain: 'New customer',
    noMatch: 'Nothing found for “{{q}}”.',
    createAndLink: 'No file yet? Create “{{name}}” and link',
    createTitle: 'New customer and link',
    createHelp: 'A file with just the name and mobile is created now; complete it later on the profile.',
    createSubmit: 'Create and link',
    backToChecks: 'Back to the checks of {{code}}',
  },
}
