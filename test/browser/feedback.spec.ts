import { test, expect, shot } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { ResourcesPage, idCard } from './pages/resources.page'
import { FeedbackPage, seedReturnedTrip } from './pages/feedback.page'

test('the batch prints one pre-filled A4 form per traveller, each with its name, the 团号 and its sheet code', async ({
  app,
  host,
  api,
}) => {
  const s = await seedReturnedTrip(api, 5)
  const res = new ResourcesPage(app)
  await res.openPrint(`${host.url}#/print/trip/${s.trip}/feedback`)
  await expect(app.getByTestId('feedback-form')).toHaveCount(5)
  await shot(app, 'feedback-print-zh', { fullPage: false })
  const zh = await res.printToPdf('feedback-zh', { images: true })
  expect(zh.pages).toBe(5)
  const pages = zh.raw.split('\f').slice(0, 5)
  pages.forEach((text, i) => {
    const flat = text.replace(/\s+/g, '')
    const n = String(i + 1).padStart(2, '0')
    expect(flat).toContain(`客人${n}`)
    expect(flat).toContain(s.code)
    expect(flat).toContain(`${s.code}-S${n}`)
    expect(flat).toContain('游客意见单')
    expect(flat).toContain('吴晓峰')
    expect(flat).toContain('黄山假日地接社')
  })

  await app.getByTestId('print-back').click()
  await new AuthPage(app).switchLanguage('English')
  await res.openPrint(`${host.url}#/print/trip/${s.trip}/feedback`)
  await shot(app, 'feedback-print-en', { fullPage: false })
  const en = await res.printToPdf('feedback-en', { images: true })
  // printing again hands out the same sheets: still one page per traveller
  expect(en.pages).toBe(5)
  expect(en.text).toContain('Traveller Feedback Form')
  expect(en.text).toContain('Were you forced to shop')
  expect(en.raw.replace(/\s+/g, '')).toContain(`${s.code}-S05`)

  await res.openPrint(`${host.url}#/print/trip/${s.trip}/feedback?blanks=2`)
  await expect(app.getByTestId('feedback-form')).toHaveCount(2)
  await expect(app.getByTestId('feedback-form-code').first()).toHaveText(`${s.code}-S06`)

  // Settings → feedback forms: the rule and the template an administrator edits
  await app.goto(`${host.url}#/settings?tab=feedback`)
  await expect(app.getByTestId('template-item-forced_shopping')).toContainText('Were you forced to shop')
  await shot(app, 'feedback-settings-en')
})

test('two sheets keyed by keyboard alone; a forced-shopping "yes" raises a follow-up; scores on the trip and the guide', async ({
  app,
  host,
  api,
}) => {
  const s = await seedReturnedTrip(api, 3)
  await api('feedback.issue', { tripId: s.trip, blanks: 0 })
  const fb = new FeedbackPage(app)
  await fb.open(host, s.trip)
  await expect(app.getByTestId('feedback-short')).toBeVisible()

  // 11 rated items of a domestic form, then 5 yes/no, then NPS 0–10, then the remarks
  await fb.openSheet(`${s.code}-S01`)
  await expect(app.getByTestId('entry-name')).toHaveText('客人01')
  await fb.keys([...Array(11).fill('1'), 'y', 'n', 'n', 'n', 'y', '1', '0'])
  await expect(app.getByTestId('entry-item-nps')).toHaveAttribute('data-value', '10')
  await app.getByTestId('entry-comment').pressSequentially('导游讲解很好')
  await app.keyboard.press('Enter')
  // saved: the next sheet opens by itself
  await expect(app.getByTestId('entry-name')).toHaveText('客人02')
  await expect(app.getByTestId('entry-notice')).toContainText(`${s.code}-S01`)

  // sheet 2: 满意 on everything but shopping (差), meals left unanswered (Space), forced shopping "yes"
  await fb.keys(['2', '2', '2', '2', '2', ' ', '2', '2', '4', '2', '2', 'y', 'y', 'n', 'n', 'y', '6'])
  await expect(app.getByTestId('entry-item-meals')).toHaveAttribute('data-value', 'none')
  await fb.keys(['Backspace'])
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('entry-notice')).toContainText(`${s.code}-S02`)
  await expect(app.getByTestId('entry-name')).toHaveText('客人03')
  await shot(app, 'feedback-entry-zh', { fullPage: false })
  await app.getByTestId('entry-close').click()

  const row2 = app.getByTestId('feedback-sheet-2')
  await expect(row2.getByTestId('feedback-follow-up')).toBeVisible()
  await expect(row2).toContainText('强迫购物')
  await expect(app.getByTestId('feedback-entered')).toContainText('已录入 2 / 3 人')
  await expect(app.getByTestId('feedback-scores-nps')).toContainText('2 个回答')
  // (100 × 11 + 75 × 9 + 0) ÷ 21 answers
  await expect(app.getByTestId('feedback-scores-overall')).toContainText('84.5')
  await expect(app.getByTestId('feedback-scores-item-meals')).toContainText('1')

  // the follow-up is the trip owner's reminder
  const mine = await api<{ tripId: number | null; kind: string }[]>('reminders.ofTrip', { tripId: s.trip })
  expect(JSON.stringify(mine)).toContain('follow_up')

  // the offer to open a complaint from the sheet
  await row2.getByTestId('feedback-sheet-complaint').click()
  await expect(app.getByTestId('complaint-text')).toHaveValue(/强迫购物/)
  await app.getByTestId('complaint-create').click()
  await expect(app.getByTestId('complaint-made')).toContainText('TS-2026-')
  await expect(app.getByTestId('complaint-open')).toHaveAttribute('href', /#\/complaints\/\d+$/)
  await app.keyboard.press('Escape')
  const complaintHref = await row2.getByTestId('feedback-complaint-link').getAttribute('href')
  const complaintId = Number(complaintHref!.split('/').pop())
  expect(await api('complaints.get', { id: complaintId })).toMatchObject({
    channel: 'feedback_form',
    cause: 'shopping',
  })
  await shot(app, 'feedback-tab-zh')

  await app.goto(`${host.url}#/guides/${s.guide}`)
  await expect(app.getByTestId('guide-scores-overall')).toContainText('84.5')
  await expect(app.getByTestId('guide-scores-problem-forced_shopping')).toContainText('1 / 2')
  await shot(app, 'feedback-guide-zh')

  await new AuthPage(app).switchLanguage('English')
  await expect(app.getByTestId('guide-scores-nps')).toContainText('2 answers')
  await shot(app, 'feedback-guide-en')
  await fb.open(host, s.trip)
  await expect(app.getByTestId('feedback-entered')).toContainText('2 of 3 entered')
  await shot(app, 'feedback-tab-en')
  await fb.openSheet(`${s.code}-S02`)
  await shot(app, 'feedback-entry-en', { fullPage: false })
})

test('the trip archive prints cover, masked list, scores, every keyed sheet ticked and the case file, in Chinese and English', async ({
  app,
  host,
  api,
}) => {
  const s = await seedReturnedTrip(api, 2)
  const id = idCard('31010419780315281')
  const ouyang = await api('customers.create', {
    name: '欧阳娜娜',
    gender: 'female',
    documents: [{ kind: 'id_card', number: id }],
  })
  await api('trips.addParticipants', { tripId: s.trip, customerIds: [ouyang.id] })
  const batch = await api<{ sheets: { id: number }[] }>('feedback.issue', { tripId: s.trip, blanks: 0 })
  const keyed = async (sheet: number, answers: Record<string, number | null>, comment: string | null) => {
    const e = await api<{ version: number; items: { key: string; kind: string }[] }>('feedback.get', {
      id: sheet,
    })
    const all: Record<string, number | null> = {}
    for (const i of e.items) if (i.kind !== 'text') all[i.key] = i.kind === 'yesno' ? 0 : 1
    await api('feedback.enter', { id: sheet, version: e.version, answers: { ...all, ...answers }, comment })
  }
  // sheet 1: meals left blank, forced shopping "yes", NPS 7, remarks; sheet 3 (欧阳娜娜) all 满意
  await keyed(batch.sheets[0].id, { meals: null, forced_shopping: 1, nps: 7 }, '购物店停留太久')
  await keyed(batch.sheets[2].id, { contract_signed: 1, licence_worn: 1, nps: 10 }, null)
  const c = await api<{ caseNo: string }>('complaints.create', {
    channel: 'counter',
    tripId: s.trip,
    whatHappened: '导游强迫购物',
    cause: 'shopping',
    complainants: [{ customerId: ouyang.id }],
  })

  await app.goto(`${host.url}#/trips/${s.trip}`)
  await app.getByTestId('trip-print-archive').click()
  const res = new ResourcesPage(app)
  await expect(app.getByTestId('print-root')).toHaveAttribute('data-print-ready', 'true')
  await app.evaluate(() => document.fonts.ready)
  // the keyed answers ticked on the form, "no answer" left blank
  const first = app.getByTestId('feedback-filled').first()
  await expect(first.locator('[data-item=local_guide] [data-ticked]')).toHaveCount(1)
  await expect(first.locator('[data-item=meals] [data-ticked]')).toHaveCount(0)
  await expect(app.getByTestId('feedback-filled')).toHaveCount(2)
  await shot(app, 'archive-print-zh', { fullPage: false })
  const zh = await res.printToPdf('archive-zh', { images: true })
  // cover, list, scores, 2 sheets, 1 case file: each part on its own page(s)
  expect(zh.pages).toBeGreaterThanOrEqual(6)
  const flat = zh.raw.replace(/\s+/g, '')
  for (const text of [
    '团队档案',
    s.code,
    '吴晓峰',
    'D-3205-2021-01234',
    '黄山假日地接社',
    '已录入2/3人',
    '欧阳娜娜',
    '购物店停留太久',
    `${s.code}-S03`,
    '本团评分',
    '投诉案卷',
    c.caseNo,
    '导游强迫购物',
  ])
    expect(flat, text).toContain(text)
  expect(flat).not.toContain(id)
  expect(flat).not.toContain(`${s.code}-S02`)

  await app.getByTestId('print-lang-en').click()
  await expect(app.getByTestId('archive-cover')).toContainText('Trip archive')
  const en = await res.printToPdf('archive-en', { images: true })
  expect(en.pages).toBeGreaterThanOrEqual(6)
  for (const text of [
    'Trip archive',
    'Participant list',
    'Trip scores',
    'Traveller Feedback Form',
    'Complaint case file',
  ])
    expect(en.text, text).toContain(text)
  // the footer and page numbers follow the document's language, not the clerk's (the app is in 中文)
  expect(en.text).toMatch(/Page 1 of \d+/)
  expect(en.text).toContain('printed')
  expect(en.raw.replace(/\s+/g, '')).not.toMatch(/第1页|打印于/)
  expect(flat).toMatch(/第1页\/共\d+页/)
  expect(en.raw.replace(/\s+/g, '')).toContain(c.caseNo)
})
