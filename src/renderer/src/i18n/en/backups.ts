export default {
  tab: 'Backups',
  title: 'Backups and restore',
  text: 'This PC’s database is backed up at every start, every few hours while running and at exit (SQLite online backup, checked after writing).',
  onServer:
    'Data is kept on the office server (PostgreSQL): backups are the server’s job (pg_dump / pg_restore). See the “Backups” section of the README.',
  runNow: 'Back up now',
  made: 'Backup made and checked',
  drill: 'Restore drill',
  drillOk:
    'Drill passed: the newest backup {{name}} was restored into a temporary folder and opened; integrity check ok. Customers {{customers}}, trips {{trips}}, participants {{participants}}, reminders {{reminders}}, complaints {{complaints}}. Nothing live was touched.',
  drillDamaged:
    'Drill found a problem: backup {{name}} is damaged ({{problem}}) and cannot be restored. Back up now.',
  lastError: 'The last automatic backup failed: {{error}}',
  none: 'No backups yet',
  restarting:
    'The current database was saved as a “before restore” backup. TourDesk is restarting to finish the restore…',
  verified: 'Checked',
  unverified: 'Not checked',
  restore: 'Restore',
  col: { at: 'Taken at', reason: 'Why', size: 'Size', verified: 'Check' },
  reason: {
    startup: 'At start',
    timer: 'Timer',
    exit: 'At exit',
    manual: 'Manual',
    'before-restore': 'Before restore (undo)',
  },
  confirm: {
    title: 'Restore from this backup?',
    text: 'All data goes back to how it was at {{at}}; later changes are replaced. The current database is first saved as a “before restore” backup, so this can be undone. TourDesk will restart.',
    action: 'Restore and restart',
  },
  settings: {
    title: 'Backup rules',
    text: 'Keeps every backup of today, one a day for the last days and one a month for the last months; older ones are deleted.',
    everyHours: 'Every (hours)',
    keepDays: 'Daily for (days)',
    keepMonths: 'Monthly for (months)',
    secondFolder: 'Second backup folder (optional)',
    secondFolderHelp: 'A USB drive or a network share: each backup is copied there too',
    save: 'Save backup rules',
    saved: 'Backup rules saved',
  },
}
