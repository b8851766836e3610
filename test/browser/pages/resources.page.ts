import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { SHOTS } from '../fixtures'
import type { Api } from '../fixtures'
import { inDays } from '../fixed-clock'

export const PRINT_ARTIFACTS = path.resolve(__dirname, '../../artifacts/print')

/** A valid 18-digit 身份证 number from its first 17 digits (GB 11643 check digit). */
export function idCard(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

/** Page model for the guides and suppliers screens and their dialogs. */
export class ResourcesPage {
  constructor(readonly page: Page) {}

  guideRow(name: string) {
    return this.page.getByTestId('guide-row').filter({ hasText: name })
  }

  supplierRow(name: string) {
    return this.page.getByTestId('supplier-row').filter({ hasText: name })
  }

  async choose(testId: string, option: string) {
    await this.page.getByTestId(testId).locator('..').click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  async addGuide(g: {
    name: string
    mobile?: string
    licenceNo?: string
    level?: string
    expiry?: string
    languages?: string[]
    roles?: string[]
    passportNo?: string
  }) {
    await this.page.getByTestId('guide-add').click()
    await this.page.getByTestId('guide-field-name').fill(g.name)
    if (g.mobile) await this.page.getByTestId('guide-field-mobile').fill(g.mobile)
    if (g.licenceNo) await this.page.getByTestId('guide-field-licenceNo').fill(g.licenceNo)
    if (g.level) await this.choose('guide-field-level', g.level)
    if (g.expiry) await this.page.getByTestId('guide-field-licenceExpiry').fill(g.expiry)
    for (const l of g.languages ?? []) {
      await this.page.getByTestId('guide-field-languages').fill(l)
      await this.page.getByTestId('guide-field-languages').press('Enter')
    }
    for (const r of g.roles ?? []) await this.page.getByTestId(`guide-role-${r}`).check()
    if (g.passportNo) await this.page.getByTestId('guide-field-passportNo').fill(g.passportNo)
  }

  async submitGuide() {
    await this.page.getByTestId('guide-form-submit').click()
    await expect(this.page.getByTestId('guide-form')).toBeHidden()
  }

  async addSupplier(s: { kind: string; name: string; licenceNo?: string; contact?: string; phone?: string }) {
    await this.page.getByTestId('supplier-add').click()
    await this.choose('supplier-field-kind', s.kind)
    await this.page.getByTestId('supplier-field-name').fill(s.name)
    if (s.licenceNo) await this.page.getByTestId('supplier-field-licenceNo').fill(s.licenceNo)
    if (s.contact) await this.page.getByTestId('supplier-field-contactPerson').fill(s.contact)
    if (s.phone) await this.page.getByTestId('supplier-field-phone').fill(s.phone)
  }

  async submitSupplier() {
    await this.page.getByTestId('supplier-form-submit').click()
    await expect(this.page.getByTestId('supplier-form')).toBeHidden()
  }

  /** Opens a print preview and waits until its content is loaded. */
  async openPrint(url: string) {
    await this.page.goto(url)
    await expect(this.page.getByTestId('print-root')).toHaveAttribute('data-print-ready', 'true')
    await this.page.evaluate(() => document.fonts.ready)
  }

  /**
   * Words of the manifest's traveller table that the layout splits over two lines or lets run out
   * of their cell, as "word in column N": every header (a header may wrap between words, or after
   * the "/" of 性别/年龄) and the identity columns of each row (name, pinyin, sex/age, mobile,
   * document, room, roommate). Measured on the screen's A4 sheet: its 182 mm between the margins
   * are the printed page's, whereas print media in a browser window takes the window's width.
   */
  async brokenManifestWords(): Promise<string[]> {
    return this.page.getByTestId('print-participants').evaluate((table) => {
      const out: string[] = []
      for (const row of table.querySelectorAll('tr')) {
        const head = row.parentElement?.tagName === 'THEAD'
        const cells = [...row.children].map((cell, i) => [cell, i + 1] as const)
        for (const [cell, col] of head ? cells : cells.slice(1, 7)) {
          const edge = cell.getBoundingClientRect().right + 0.5
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of (n.textContent ?? '').matchAll(/[^\s/]+/g)) {
              const range = document.createRange()
              range.setStart(n, m.index)
              range.setEnd(n, m.index + m[0].length)
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
              if (lines.size > 1 || range.getBoundingClientRect().right > edge)
                out.push(`${m[0]} in column ${col}`)
            }
          }
        }
      }
      return out
    })
  }

  /**
   * What the printer would get: the page as Chromium prints it (print media, A4) saved as a PDF
   * under test/artifacts/print and its text (pdftotext -layout and -raw). With `images`, also page
   * images (pdftoppm, 60 dpi) kept to look at when screenshots are taken (`npm run shots`).
   */
  async printToPdf(
    name: string,
    opts: { images?: boolean } = {},
  ): Promise<{ file: string; text: string; raw: string; pages: number }> {
    fs.mkdirSync(PRINT_ARTIFACTS, { recursive: true })
    const file = path.join(PRINT_ARTIFACTS, `${name}.pdf`)
    await this.page.emulateMedia({ media: 'print' })
    await this.page.pdf({ format: 'A4', printBackground: true, path: file })
    await this.page.emulateMedia({ media: 'screen' })
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
    for (const old of fs.readdirSync(PRINT_ARTIFACTS)) {
      if (old.startsWith(`${name}-`) && old.endsWith('.png')) fs.rmSync(path.join(PRINT_ARTIFACTS, old))
    }
    if (opts.images && SHOTS)
      execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(PRINT_ARTIFACTS, name)])
    const pages = (text.match(/\f/g) ?? []).length
    return { file, text, raw, pages }
  }
}

/** Compound surnames and doubled given names: the longest pinyin a manifest column must hold. */
export const LONG_PINYIN = [
  'SHANGGUAN ZHUANGZHUANG',
  'OUYANG XIANGXIANG',
  'DUANMU CHUANGCHUANG',
  'ZHUGE SHUANGSHUANG',
]

/**
 * A coach-sized group: `size` travellers with ID cards, two to a room, on a 3-day domestic trip;
 * with `longPinyin`, every fifth traveller carries one of the long passport names above.
 */
export async function seedBigGroup(call: Api, size: number, opts: { longPinyin?: boolean } = {}) {
  const ids: string[] = []
  const customers: number[] = []
  for (let i = 0; i < size; i++) {
    const id = idCard(`310104${1950 + (i % 50)}0615${String(100 + i).slice(-3)}`)
    ids.push(id)
    const c = await call('customers.create', {
      name: `游客${String(i + 1).padStart(2, '0')}`,
      ...(opts.longPinyin && i % 5 === 0 ? { pinyinName: LONG_PINYIN[(i / 5) % LONG_PINYIN.length] } : {}),
      gender: i % 2 ? 'female' : 'male',
      mobile: String(13800000000 + i),
      documents: [{ kind: 'id_card', number: id }],
      emergencyContacts: [{ name: `家属${i + 1}`, phone: String(13700000000 + i) }],
    })
    customers.push(c.id)
  }
  const trip = await call('trips.create', {
    routeName: '黄山 3 日游',
    destination: '黄山',
    kind: 'domestic',
    departDate: inDays(10),
    returnDate: inDays(12),
    capacity: size,
  })
  await call('trips.addParticipants', { tripId: trip.id, customerIds: customers })
  const detail = await call<{ participants: { id: number; version: number }[] }>('trips.get', { id: trip.id })
  for (const [i, p] of detail.participants.entries()) {
    await call('trips.updateParticipant', {
      id: p.id,
      version: p.version,
      roomNo: String(6001 + Math.floor(i / 2)),
    })
  }
  return { trip: trip.id, ids }
}
