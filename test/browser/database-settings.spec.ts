import { expect, shot, test } from './fixtures'
import { AuthPage } from './pages/auth.page'

/*
 * Settings → 数据库 as the administrator sees it: the choice, field messages in both languages, and a
 * failing Test connection. The copies themselves are proven against a real server in
 * test/pg/database-copy.test.ts; the test host runs on SQLite and has no safeStorage.
 */
test.use({ viewport: { width: 1366, height: 768 } })

test('the database tab: this PC’s file, server fields checked, a failing test connection named, in Chinese and English', async ({
  app,
}) => {
  await app.getByTestId('nav-settings').click()
  await app.getByTestId('settings-tab-database').click()
  const panel = app.getByTestId('settings-database')
  await expect(app.getByTestId('db-running')).toContainText('本机数据库')
  await expect(app.getByTestId('db-file')).toContainText('tourdesk.sqlite')

  await app.getByTestId('db-kind-postgres').check()
  await app.getByTestId('db-host').fill('办公室 服务器')
  await app.getByTestId('db-port').fill('70000')
  await app.getByTestId('db-database').fill('')
  await app.getByTestId('db-test').click()
  await expect(panel.getByText('请输入服务器的名称或 IP 地址')).toBeVisible()
  await expect(panel.getByText('端口为 1–65535')).toBeVisible()
  await expect(panel.getByText('必填')).toBeVisible()
  await expect(app.getByTestId('db-no-safe-storage')).toBeVisible()
  await shot(app, 'database-settings-errors-zh', { fullPage: false })

  // nothing listens on port 1 of this machine: refused at once, said plainly
  await app.getByTestId('db-host').fill('127.0.0.1')
  await app.getByTestId('db-port').fill('1')
  await app.getByTestId('db-database').fill('tourdesk')
  await app.getByTestId('db-test').click()
  await expect(app.getByTestId('db-error')).toContainText('连接不上服务器 127.0.0.1:1')
  await shot(app, 'database-settings-zh', { fullPage: false })

  await new AuthPage(app).switchLanguage('English')
  await app.getByTestId('db-test').click()
  await expect(app.getByTestId('db-error')).toContainText('Cannot reach the server 127.0.0.1:1')
  await app.getByTestId('db-port').fill('')
  await app.getByTestId('db-test').click()
  await expect(panel.getByText('Port 1–65535')).toBeVisible()
  await shot(app, 'database-settings-en', { fullPage: false })

  // saved without a password (none can be stored here): a restart is offered for the new choice
  await app.getByTestId('db-port').fill('5432')
  await app.getByTestId('db-save').click()
  await expect(app.getByTestId('db-restart-needed')).toContainText('Office server (PostgreSQL)')
  await expect(app.getByTestId('settings-database-move')).toContainText('Move this PC’s data to the server')
  await shot(app, 'database-settings-saved-en', { fullPage: false })
})

test.describe('a desk working on its own file because the office server was unreachable at start-up', () => {
  test.use({
    hostOptions: {
      serverFallback: {
        server: 'tourdesk@192.168.1.10:5432/tourdesk',
        reason: 'unreachable',
        localModified: '2026-11-20T01:12:00.000Z',
      },
    },
  })

  test('the banner says whose data this is, how old, on every screen and before sign-in, in Chinese and English', async ({
    app,
  }) => {
    const banner = app.getByTestId('local-mode-banner')
    await expect(banner).toContainText('正在使用这台电脑上的数据，不是办公室服务器的数据。')
    await expect(banner).toContainText('tourdesk@192.168.1.10:5432/tourdesk')
    await expect(banner).toContainText('2026/11/20 09:12')
    await app.getByTestId('nav-customers').click()
    await expect(banner).toBeVisible()
    await shot(app, 'local-mode-banner-zh', { fullPage: false })
    // the test host cannot restart itself: the banner says how to do it by hand
    await app.getByTestId('local-mode-retry').click()
    await expect(banner).toContainText('请关闭 TourDesk 后再打开')

    const auth = new AuthPage(app)
    await auth.switchLanguage('English')
    await expect(banner).toContainText('Working on this PC’s data, not the office server’s.')
    await auth.signOut()
    await expect(banner).toContainText('the server is off, the address is wrong, or a firewall blocks it')
    await shot(app, 'local-mode-banner-signin-en', { fullPage: false })
  })
})
