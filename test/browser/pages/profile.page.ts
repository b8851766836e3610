import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

export type ProfileTab = 'overview' | 'documents' | 'family' | 'preferences' | 'communications'

/** Page model for the customer profile (/customers/:id) and its dialogs. */
export class ProfilePage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, id: number, tab?: ProfileTab) {
    await this.page.goto(`${baseUrl}#/customers/${id}${tab ? `?tab=${tab}` : ''}`)
    await expect(this.page.getByTestId('profile-name')).toBeVisible()
  }

  get name() {
    return this.page.getByTestId('profile-name')
  }

  async tab(key: ProfileTab) {
    await this.page.getByTestId(`tab-${key}`).click()
    await expect(this.page.getByTestId(`tab-${key}`)).toHaveAttribute('aria-selected', 'true')
  }

  /** MUI select whose hidden input carries the test id: open it and pick the option by its label. */
  async choose(testId: string, label: string) {
    await this.page.getByTestId(testId).locator('..').click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
    await expect(this.page.getByRole('listbox')).toBeHidden()
  }

  async logCall(summary: string, opts: { channel?: string; viaShortcut?: boolean } = {}) {
    if (opts.viaShortcut) await this.page.keyboard.press('Control+l')
    else await this.page.getByTestId('profile-log-call').click()
    await expect(this.page.getByTestId('comm-summary')).toBeVisible()
    if (opts.channel) await this.choose('comm-channel', opts.channel)
    await this.page.getByTestId('comm-summary').fill(summary)
    await this.page.getByTestId('comm-save').click()
    await expect(this.page.getByTestId('comm-summary')).toBeHidden()
  }

  get commRows() {
    return this.page.getByTestId('profile-comm-list').getByTestId('comm-row')
  }

  async openAddDocument() {
    await this.page.getByTestId('doc-add').click()
    await expect(this.page.getByTestId('doc-number')).toBeVisible()
  }

  async fillDocument(d: { kind?: string; number: string; issuePlace?: string; expiry?: string }) {
    if (d.kind) await this.choose('doc-kind', d.kind)
    await this.page.getByTestId('doc-number').fill(d.number)
    if (d.issuePlace) await this.page.getByTestId('doc-issue-place').fill(d.issuePlace)
    if (d.expiry) await this.page.getByTestId('doc-expiry').fill(d.expiry)
  }

  async saveDocument() {
    await this.page.getByTestId('doc-save').click()
  }

  /** Document ids in table order, read from the row test ids. */
  async documentIds(): Promise<number[]> {
    const ids = await this.page
      .locator('[data-testid^="doc-row-"]')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-testid')!.slice('doc-row-'.length))))
    return ids
  }

  async linkRelative(search: string, otherId: number, kind: string) {
    await this.page.getByTestId('relation-add').click()
    await this.page.getByTestId('relation-search').fill(search)
    await this.page.getByTestId(`relation-option-${otherId}`).click()
    await this.choose('relation-kind', kind)
    await this.page.getByTestId('relation-save').click()
    await expect(this.page.getByTestId('relation-save')).toBeHidden()
  }

  /** Starts a file for a relative the search does not find, from the link dialog (not saved yet). */
  async startNewRelative(search: string, kind: string) {
    await this.page.getByTestId('relation-add').click()
    await this.page.getByTestId('relation-search').fill(search)
    await this.page.getByTestId('relation-new').click()
    await expect(this.page.getByTestId('relation-new-name')).toHaveValue(search)
    await this.choose('relation-kind', kind)
  }

  async deleteCustomer() {
    await this.page.getByTestId('profile-delete').click()
    await this.page.getByTestId('confirm-delete').click()
  }
}
