import { test, expect, ADMIN } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { AdminPage } from './pages/admin.page'
import type { NewStaff } from './pages/admin.page'

const CLERK: NewStaff = { name: '李明', login: 'liming', role: 'frontdesk', password: 'welcome-2026' }
const MANAGER: NewStaff = { name: '赵敏', login: 'zhaomin', role: 'manager', password: 'manager-2026' }

test('admin manages staff: add, sign in as the new clerk, reset password, deactivate', async ({ app }) => {
  const auth = new AuthPage(app)
  const admin = new AdminPage(app)
  await admin.open('staff')
  await expect(admin.row(ADMIN.login)).toContainText('管理员')
  // an admin cannot deactivate themself: the button is off and says why
  await expect(app.getByTestId(`staff-toggle-${ADMIN.login}`)).toBeDisabled()

  // a taken login is reported under the login box, and the dialog stays open
  await admin.fillNewStaff({ ...CLERK, login: 'WangLi' }, '前台')
  await app.getByTestId('staff-form-submit').click()
  await expect(app.getByTestId('staff-form')).toContainText('该登录名已被使用')
  await admin.screenshot('staff-add-error-zh')
  await app.getByTestId('staff-form-login').fill(CLERK.login)
  await app.getByTestId('staff-form-submit').click()
  await expect(admin.notice).toContainText('已添加员工 李明')
  await expect(admin.row(CLERK.login)).toContainText('前台')
  await expect(admin.row(CLERK.login)).toContainText('从未登录')
  await expect(admin.status(CLERK.login)).toHaveText('启用')
  await admin.addStaff(MANAGER, '经理')
  await expect(admin.row(MANAGER.login)).toContainText('经理')

  // the new clerk signs in and sees neither staff nor audit
  await auth.signOut()
  await auth.signIn(CLERK.login, CLERK.password)
  await expect(app.getByTestId('signed-in-as')).toContainText('李明（前台）')
  await expect(app.getByTestId('nav-customers')).toBeVisible()
  await expect(app.getByTestId('nav-settings')).toBeVisible()
  await expect(app.getByTestId('nav-staff')).toHaveCount(0)
  await expect(app.getByTestId('nav-audit')).toHaveCount(0)
  await expect(app.getByText('员工管理')).toHaveCount(0)
  await expect(app.getByText('审计日志')).toHaveCount(0)
  // …and settings without the agency form
  await admin.open('settings')
  await expect(app.getByTestId('settings-password')).toBeVisible()
  await expect(app.getByTestId('settings-agency')).toHaveCount(0)
  await admin.screenshot('settings-frontdesk-zh')
  await auth.signOut()

  // admin resets the clerk's password; the old one stops working, the new one works
  await auth.signIn(ADMIN.login, ADMIN.password)
  await admin.open('staff')
  await expect(admin.row(CLERK.login)).not.toContainText('从未登录')
  await admin.resetPassword(CLERK.login, 'fresh-start-1')
  await expect(admin.notice).toContainText('已重置 李明 的密码')
  await auth.signOut()
  await auth.signIn(CLERK.login, CLERK.password)
  await expect(app.getByTestId('signin-error')).toContainText('登录名或密码不正确')
  await auth.signIn(CLERK.login, 'fresh-start-1')
  await expect(app.getByTestId('signed-in-as')).toContainText('李明')
  await auth.signOut()

  // admin deactivates the clerk, who then cannot sign in
  await auth.signIn(ADMIN.login, ADMIN.password)
  await admin.open('staff')
  await app.getByTestId(`staff-toggle-${CLERK.login}`).click()
  await expect(app.getByRole('dialog')).toContainText('停用后，李明（liming）将无法登录')
  await app.getByTestId('staff-confirm-submit').click()
  await expect(admin.status(CLERK.login)).toHaveText('已停用')
  await expect(admin.notice).toContainText('已停用 李明')
  await expect(app.getByTestId(`staff-toggle-${CLERK.login}`)).toHaveText('重新启用')
  await expect(admin.row(MANAGER.login)).toContainText('从未登录')
  await admin.screenshot('staff-zh')

  await auth.switchLanguage('English')
  await expect(app.getByRole('heading', { name: 'Staff' })).toBeVisible()
  await expect(admin.row(CLERK.login)).toContainText('Front desk')
  await expect(admin.status(CLERK.login)).toHaveText('Deactivated')
  await expect(admin.status(MANAGER.login)).toHaveText('Active')
  await admin.screenshot('staff-en')
  await auth.switchLanguage('简体中文')
  await auth.signOut()
  await auth.signIn(CLERK.login, 'fresh-start-1')
  await expect(app.getByTestId('signin-error')).toContainText('该账号已停用，请联系管理员')
})

test('the last admin cannot be demoted; the refusal shows under the role', async ({ app }) => {
  const admin = new AdminPage(app)
  await admin.open('staff')
  await app.getByTestId(`staff-edit-${ADMIN.login}`).click()
  await expect(app.getByTestId('staff-form-login')).toBeDisabled()
  await admin.choose('staff-form-role', '经理')
  await app.getByTestId('staff-form-submit').click()
  await expect(app.getByTestId('staff-form')).toContainText('至少需要保留一名启用的管理员')
  await admin.screenshot('staff-edit-error-zh')
  await app.getByRole('button', { name: '取消' }).click()
  // the role was changed: cancelling asks before dropping it
  await app.getByTestId('dialog-guard-discard').click()
  // renaming works and the title bar follows
  await app.getByTestId(`staff-edit-${ADMIN.login}`).click()
  await app.getByTestId('staff-form-name').fill('王丽华')
  await app.getByTestId('staff-form-submit').click()
  await expect(admin.notice).toContainText('已保存 王丽华 的修改')
  await expect(app.getByTestId('signed-in-as')).toContainText('王丽华')
})

test('an edit based on an old version is refused and can be redone on the latest', async ({ app }) => {
  const admin = new AdminPage(app)
  await admin.open('staff')
  await admin.addStaff(MANAGER, '经理')
  await app.getByTestId(`staff-edit-${MANAGER.login}`).click()
  await app.getByTestId('staff-form-name').fill('赵敏敏')
  // meanwhile someone else (another window) changes the same person
  await app.evaluate(async (login) => {
    const api = (window as any).api
    const me = (await api.staff.list({})).value.find((s: any) => s.login === login)
    await api.staff.update({ id: me.id, version: me.version, name: '赵敏（店长）', role: 'manager' })
  }, MANAGER.login)
  await app.getByTestId('staff-form-submit').click()
  await expect(app.getByTestId('staff-form-error')).toContainText('该记录已被他人修改')
  await app.getByTestId('staff-form-error').getByRole('button', { name: '载入最新内容' }).click()
  await expect(app.getByTestId('staff-form-name')).toHaveValue('赵敏（店长）')
  await admin.choose('staff-form-role', '前台')
  await app.getByTestId('staff-form-submit').click()
  await expect(admin.notice).toContainText('已保存 赵敏（店长） 的修改')
  await expect(admin.row(MANAGER.login)).toContainText('前台')
})

test('audit log lists sign-ins and changes, with filters and paging', async ({ app }) => {
  const auth = new AuthPage(app)
  const admin = new AdminPage(app)
  await admin.open('staff')
  await admin.addStaff(CLERK, '前台')
  await auth.signOut()
  await auth.signIn(CLERK.login, 'wrong-password')
  await expect(app.getByTestId('signin-error')).toBeVisible()
  await auth.signIn(ADMIN.login, ADMIN.password)
  await expect(app.getByTestId('signed-in-as')).toContainText(ADMIN.name)
  // some customer activity, straight through the API the screens use
  await app.evaluate(async () => {
    const api = (window as any).api
    await api.customers.loadSample({})
    const page = await api.customers.search({ sort: 'name', dir: 'asc' })
    await api.customers.revealHealth({ id: page.value.rows[0].id })
    // a file of its own to delete: the sample's travellers on trips not yet over cannot be deleted
    const extra = await api.customers.create({ name: '退订客户' })
    await api.customers.remove({ id: extra.value.id })
  })

  await admin.open('audit')
  await expect(admin.auditRows.first()).toBeVisible()
  await expect(admin.auditRows.first()).toContainText('删除')
  await expect(app.getByTestId('audit-table')).toContainText('查看完整信息')
  await expect(app.getByTestId('audit-table')).toContainText('健康信息')
  await expect(admin.auditRows).toHaveCount(50)
  await expect(app.getByTestId('audit-pagination')).toContainText('第 1–50 条')
  await admin.screenshot('audit-zh')

  // older entries are on the following pages
  await app
    .getByTestId('audit-pagination')
    .getByRole('button', { name: /下一页|next/i })
    .click()
  await expect(app.getByTestId('audit-pagination')).toContainText('第 51–')

  // by record type: the staff we created; by action: the sign-ins
  await admin.choose('audit-entity', '员工')
  await expect(app.getByTestId('audit-pagination')).toContainText('第 1–')
  await expect(app.getByTestId('audit-table')).toContainText('新建')
  await expect(app.getByTestId('audit-table')).toContainText('姓名、登录名、角色')
  await expect(app.getByTestId('audit-table')).toContainText('初始设置')
  await admin.screenshot('audit-staff-zh')
  await admin.choose('audit-entity', '登录')
  await admin.choose('audit-action', '登录失败')
  await expect(admin.auditRows).toHaveCount(1)
  await expect(admin.auditRows.first()).toContainText('李明')
  await admin.choose('audit-action', '登录')
  await expect(admin.auditRows).toHaveCount(1)
  await expect(admin.auditRows.first()).toContainText(ADMIN.name)
  await app.getByTestId('audit-clear').click()
  await expect(admin.auditRows).toHaveCount(50)
  // by who: the clerk only tried to sign in
  await admin.choose('audit-staff', '李明')
  await expect(admin.auditRows).toHaveCount(1)
  await expect(admin.auditRows.first()).toContainText('登录失败')
  await app.getByTestId('audit-clear').click()
  await expect(admin.auditRows).toHaveCount(50)

  // a customer entry names the customer and opens the file
  const link = app.locator('[data-testid^="audit-customer-"]').first()
  const id = (await link.getAttribute('data-testid'))!.replace('audit-customer-', '')
  await expect(link).toHaveText(/^\p{Script=Han}{2,4}$/u)
  await link.click()
  await expect(app).toHaveURL(new RegExp(`#/customers/${id}$`))

  await admin.open('audit')
  await auth.switchLanguage('English')
  await expect(app.getByRole('heading', { name: 'Audit log' })).toBeVisible()
  await expect(admin.auditRows.first()).toContainText('Deleted')
  await expect(app.getByTestId('audit-table')).toContainText('Health details')
  await admin.screenshot('audit-en')
})

test('settings: agency details, own password, language', async ({ app }) => {
  const auth = new AuthPage(app)
  const admin = new AdminPage(app)
  await admin.open('settings')
  await expect(app.getByTestId('settings-who')).toContainText('王丽 · 登录名 wangli · 管理员')
  await expect(app.getByTestId('settings-agency-name')).toHaveValue(ADMIN.agency)
  await expect(app.getByTestId('settings-agency-save')).toBeDisabled()

  // an empty name is refused under the field
  await admin.saveAgency('   ')
  await expect(app.getByTestId('settings-agency')).toContainText('必填')
  const name = '山水国际旅行社（解放路门市）'
  await admin.saveAgency(name, '0571-8888 6666', '杭州市上城区解放路 188 号')
  await expect(app.getByTestId('settings-notice')).toContainText('旅行社信息已保存')
  // the title bar shows the new name at once
  await expect(app.getByTestId('agency-name')).toHaveText(`${name} · TourDesk`)
  await expect(app.getByTestId('settings-agency-save')).toBeDisabled()

  // a wrong current password is reported under that box, and nothing changes
  await admin.changePassword('not-my-password', 'new-secret-2026')
  await expect(app.getByTestId('settings-password')).toContainText('当前密码不正确')
  await expect(app.getByTestId('password-current')).toHaveAttribute('aria-invalid', 'true')
  // the two new passwords must match
  await admin.changePassword(ADMIN.password, 'new-secret-2026', 'new-secret-2027')
  await expect(app.getByTestId('settings-password')).toContainText('两次输入的新密码不一致')
  await admin.screenshot('settings-zh')
  await admin.changePassword(ADMIN.password, 'new-secret-2026')
  await expect(app.getByTestId('settings-notice')).toContainText('密码已修改')
  await expect(app.getByTestId('password-current')).toHaveValue('')

  // the language switch on this screen is the same as the one in the title bar
  await admin.switchLanguageInSettings('English')
  await expect(app.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible()
  await expect(app.getByTestId('nav-customers')).toHaveText('Customers')
  await expect(app.getByTestId('settings-agency')).toContainText('Agency details')
  await admin.screenshot('settings-en')
  await admin.switchLanguageInSettings('简体中文')

  await auth.signOut()
  await auth.signIn(ADMIN.login, 'new-secret-2026')
  await expect(app.getByTestId('signed-in-as')).toContainText(ADMIN.name)
})
