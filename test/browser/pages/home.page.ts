import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** Page model for 今日工作台 (/home) and the reminder dialogs it opens. */
export class HomePage {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('home-screen')
  }

  bucket(b: 'overdue' | 'today' | 'upcoming') {
    return this.page.getByTestId(`bucket-${b}`)
  }

  /** The reminder rows of a bucket whose title contains `text`. */
  row(b: 'overdue' | 'today' | 'upcoming', text: string | RegExp): Locator {
    return this.bucket(b).getByTestId('reminder-row').filter({ hasText: text })
  }

  async open() {
    await this.page.getByTestId('nav-home').click()
    await expect(this.screen).toBeVisible()
  }

  /** MUI select whose hidden input carries the test id: open it and pick the option by its label. */
  async choose(testId: string, label: string | RegExp) {
    await this.page.getByTestId(testId).locator('..').click()
    await this.page.getByRole('option', { name: label }).click()
    await expect(this.page.getByRole('listbox')).toBeHidden()
  }
}
