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
