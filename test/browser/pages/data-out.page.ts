import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { shot } from '../fixtures'

/** Page model for the export dialog (any list) and Settings → 备份. */
export class DataOutPage {
  constructor(readonly page: Page) {}

  get exportRun(): Locator {
    return this.page.getByTestId('export-run')
  }

  /** Opens a list's export dialog (`button`: its data-testid). */
  async openExport(button: string) {
    await this.page.getByTestId(button).click()
    await expect(this.exportRun).toBeVisible()
  }

  async chooseList(value: 'insurer' | 'operator') {
    await this.page.getByTestId(`export-list-${value}`).click()
  }

  async chooseFormat(format: 'xlsx' | 'csv') {
    await this.page.getByTestId(`export-${format}`).click()
  }

  async runExport() {
    await this.exportRun.click()
    await expect(this.page.getByTestId('export-done')).toBeVisible()
  }

  async openBackups(url: string) {
    await this.page.goto(`${url}#/settings?tab=backups`)
    await expect(this.page.getByTestId('settings-backups')).toBeVisible()
  }

  get drillReport(): Locator {
    return this.page.getByTestId('backups-drill-report')
  }

  async screenshot(name: string) {
    return shot(this.page, name)
  }
}
