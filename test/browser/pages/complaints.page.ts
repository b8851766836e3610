import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** Page model for the complaint screens: the trip's 投诉 tab, the case page, its dialogs. */
export class ComplaintsPage {
  constructor(readonly page: Page) {}

  private id = (testId: string) => this.page.getByTestId(testId)

  async openTripTab(baseUrl: string, tripId: number) {
    await this.page.goto(`${baseUrl}#/trips/${tripId}?tab=complaints`)
    await expect(this.id('complaints-panel-trip')).toBeVisible()
  }

  /** Records a complaint from the panel: cause, what happened, travellers and guides picked by name. */
  async record(f: { cause: string; what: string; request: string; travellers: string[]; guides: string[] }) {
    await this.id('complaints-panel-record').click()
    await this.id('complaint-form-cause').click()
    await this.page.getByRole('option', { name: f.cause }).click()
    await this.id('complaint-form-whatHappened').fill(f.what)
    await this.id('complaint-form-request').fill(f.request)
    for (const t of f.travellers) await this.id(`complaint-form-traveller-${t}`).click()
    for (const g of f.guides) await this.id(`complaint-form-guide-${g}`).check()
    await this.id('complaint-form-save').click()
    await expect(this.id('complaint-page')).toBeVisible()
  }

  async move(status: string, note?: string) {
    await this.id(`complaint-move-${status}`).click()
    if (note) await this.id('complaint-move-note').fill(note)
    await this.id('complaint-move-confirm').click()
    await expect(this.id('complaint-status')).toHaveAttribute('data-status', status)
  }

  async openCompensation() {
    await this.id('remedy-add').click()
    await expect(this.id('calc')).toBeVisible()
  }

  async close(lessons: string, actions: string[]) {
    await this.id('complaint-move-closed').click()
    await this.id('complaint-close-lessons').fill(lessons)
    for (const a of actions) await this.id(`complaint-close-action-${a}`).check()
    await this.id('complaint-close-save').click()
    await expect(this.id('complaint-status')).toHaveAttribute('data-status', 'closed')
  }
}
