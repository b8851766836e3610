import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { shot } from '../fixtures'

/** Page model for the import wizard (/customers/import, /guides/import, /suppliers/import) and its history. */
export class ImportsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-customers').click()
    await this.page.getByTestId('customer-import').click()
    await expect(this.page.getByTestId('import-file')).toBeAttached()
  }

  /** the wizard for guides or suppliers, from their list screen */
  async openFrom(list: 'guides' | 'suppliers') {
    await this.page.getByTestId(`nav-${list}`).click()
    await this.page.getByTestId(`${list.slice(0, -1)}-import`).click()
    await expect(this.page.getByTestId('import-file')).toBeAttached()
  }

  async pick(name: string, bytes: Buffer, mimeType = 'text/csv') {
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: bytes })
    await expect(this.page.getByTestId('import-mapping')).toBeVisible()
  }

  /** MUI select whose hidden input carries the test id: open it and pick the option by its label. */
  async choose(testId: string, label: string | RegExp) {
    await this.page.getByTestId(testId).locator('..').click()
    await this.page.getByRole('option', { name: label }).click()
    await expect(this.page.getByRole('listbox')).toBeHidden()
  }

  async check() {
    await this.page.getByTestId('import-check').click()
    await expect(this.page.getByTestId('import-summary')).toBeVisible()
  }

  async start() {
    await this.page.getByTestId('import-start').click()
    await expect(this.page.getByTestId('import-report')).toBeVisible()
  }

  async screenshot(name: string) {
    await this.page.mouse.move(0, 0)
    await shot(this.page, name)
  }
}
