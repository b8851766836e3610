export default {
  setup: {
    title: 'Welcome to TourDesk',
    intro:
      'First start: enter your agency’s name and create the first administrator. After this, TourDesk asks you to sign in each time.',
    agencyName: 'Agency name',
    adminName: 'Administrator’s name',
    login: 'Login',
    password: 'Password',
    passwordHelp: 'At least 8 characters',
    submit: 'Finish setup',
  },
  signIn: {
    title: 'Sign in',
    login: 'Login',
    password: 'Password',
    submit: 'Sign in',
    attemptsLeft: '{{left}} attempts left',
  },
  changePassword: {
    title: 'Change password',
    current: 'Current password',
    next: 'New password',
    done: 'Password changed',
  },
}
