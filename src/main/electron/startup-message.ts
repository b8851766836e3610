/** Fields of app.ts's StartupError the dialog needs (kept structural so this file stays pure). */
export interface StartupProblem {
  kind: 'open' | 'integrity' | 'migration' | 'newer'
  file: string
  backup: string | null
  message: string
}

const reasons: Record<StartupProblem['kind'], [zh: string, en: string]> = {
  open: [
    '无法打开数据库文件（文件可能已损坏、正被其他程序使用，或没有读写权限）。',
    'The database file could not be opened (it may be damaged, in use by another program, or access is denied).',
  ],
  integrity: [
    '数据库完整性检查未通过，文件可能已损坏。',
    'The database failed its integrity check; the file may be damaged.',
  ],
  newer: [
    '数据库已被更新版本的 TourDesk 升级，本机的 TourDesk 版本较旧，不能写入。请先将本机的 TourDesk 更新到最新版本。',
    'The database was upgraded by a newer TourDesk; this older TourDesk must not write to it. Please update TourDesk on this PC first.',
  ],
  migration: [
    '数据库升级到新版本时失败，升级已撤销。',
    'Upgrading the database to this version failed; the upgrade was rolled back.',
  ],
}

/** Title and body for dialog.showErrorBox: Chinese first (the users' language), then English. */
export function startupErrorText(p: StartupProblem): { title: string; body: string } {
  const [zh, en] = reasons[p.kind] ?? reasons.open
  const body = [
    zh,
    '为保护您的数据，TourDesk 没有对任何文件做修改，现在将退出。',
    `数据库文件：${p.file}`,
    p.backup ? `备份副本：${p.backup}` : '备份副本：无',
    '请勿删除以上文件，并联系技术支持。',
    '',
    en,
    'To protect your data TourDesk changed nothing and will now quit.',
    `Database file: ${p.file}`,
    p.backup ? `Backup copy: ${p.backup}` : 'Backup copy: none',
    'Please keep these files and contact support.',
    '',
    `(${p.message})`,
  ].join('\n')
  return { title: 'TourDesk 无法启动 / TourDesk cannot start', body }
}

/** Any other failure while starting (not a database problem the core recognised). */
export function unexpectedErrorText(err: unknown): { title: string; body: string } {
  const detail = err instanceof Error ? err.message : String(err)
  return {
    title: 'TourDesk 无法启动 / TourDesk cannot start',
    body: `启动时发生意外错误，程序将退出。\nAn unexpected error occurred while starting; TourDesk will quit.\n\n(${detail})`,
  }
}

/** The database configuration (database.json) could not be used: TourDesk starts on this PC's file. */
export function databaseConfigText(problem: string): { title: string; body: string } {
  return {
    title: '数据库设置无法读取 / Database settings could not be read',
    body: [
      '数据库设置文件已损坏或无法读取，TourDesk 这次使用本机数据库启动。请管理员在「设置 → 数据库」中重新选择并保存。',
      'The database settings file is damaged or unreadable; TourDesk starts on this PC’s database this time. An administrator can choose again in Settings → Database.',
      '',
      `(${problem})`,
    ].join('\n'),
  }
}
