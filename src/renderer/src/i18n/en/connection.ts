export default {
  lost: {
    title: 'The office server cannot be reached.',
    body: 'Retrying automatically. What you have entered stays here: save again once the connection is back.',
  },
  local: {
    title: 'Working on this PC’s data, not the office server’s.',
    body: 'At start-up the server {{server}} could not be reached ({{reason}}), so this run uses this PC’s own database{{when}}. What you see here may be out of date, and changes saved here will not reach the server.',
    lastWritten: ' (last written {{when}})',
    noLocalData: ' (this PC had no data of its own)',
    retry: 'Retry the server',
    restarting: 'Restarting…',
    cannotRestart: 'TourDesk cannot restart by itself: close it and open it again.',
    reasons: {
      password: 'wrong user name or password',
      database: 'the server has no such database',
      refusedDesk: 'the server does not let this PC connect',
      timeout: 'the server did not answer',
      tls: 'the encrypted connection failed',
      unreachable: 'the server is off, the address is wrong, or a firewall blocks it',
      other: 'the server reported an error',
    },
  },
}
