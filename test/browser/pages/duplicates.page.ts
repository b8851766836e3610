import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { shot } from '../fixtures'

/** Page model for the duplicates screen (/customers/duplicates) and its merge dialog. */
export class DuplicatesPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-customers').click()
    await this.page.getByTestId('customer-duplicates').click()
    await expect(this.page.getByTestId('duplicates-screen')).toBeVisible()
  }

  group(key: string) {
    return this.page.locator(`[data-testid="duplicate-group"][data-key="${key}"]`)
  }

  get groups() {
    return this.page.getByTestId('duplicate-group')
  }

  async openMerge(key: string) {
    await this.group(key).getByTestId('duplicate-merge').click()
    await expect(this.page.getByTestId('merge-confirm')).toBeEnabled()
  }

  get dialog() {
    return this.page.getByTestId('merge-dialog')
  }

  async screenshot(name: string) {
    await this.page.mouse.move(0, 0)
    await shot(this.page, name, { fullPage: false })
  }
}
