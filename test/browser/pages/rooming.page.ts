import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** Page model for the rooming board (trip page → 团员 → 分房). */
export class RoomingPage {
  constructor(readonly page: Page) {}

  async show() {
    await this.page.getByTestId('participants-view-rooms').click()
    await expect(this.page.getByTestId('rooming-board')).toBeVisible()
  }

  room(label: string) {
    return this.page.getByTestId(`board-room-${label}`)
  }

  person(id: number) {
    return this.page.getByTestId(`board-person-${id}`)
  }

  /** Pointer: drag a traveller onto a room card. */
  async drag(id: number, label: string) {
    // a passing notice sits at the bottom centre, maybe over the room: close it, drop on the card's head
    await this.page.evaluate(() =>
      document
        .querySelectorAll<HTMLButtonElement>('.MuiSnackbar-root .MuiAlert-action button')
        .forEach((b) => b.click()),
    )
    await this.person(id).dragTo(this.room(label), { targetPosition: { x: 24, y: 14 } })
    await expect(this.room(label).getByTestId(`board-person-${id}`)).toBeVisible()
  }

  /** Keyboard: focus the traveller, Enter opens its menu, the first free room is focused, Enter moves. */
  async moveByKeyboard(id: number, label: string) {
    await this.person(id).focus()
    await this.page.keyboard.press('Enter')
    await expect(this.page.getByTestId(`board-menu-room-${label}`)).toBeFocused()
    await this.page.keyboard.press('Enter')
    await expect(this.room(label).getByTestId(`board-person-${id}`)).toBeVisible()
  }

  async addRoom(label: string, kindLabel: RegExp) {
    await this.page.getByTestId('board-add-room').click()
    await this.page.getByTestId('room-label').fill(label)
    await this.page.getByTestId('room-kind').click()
    await this.page.getByRole('option', { name: kindLabel }).click()
    await this.page.getByTestId('room-save').click()
    await expect(this.room(label)).toBeVisible()
  }
}
