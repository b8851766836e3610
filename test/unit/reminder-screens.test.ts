import i18next from 'i18next'
import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { dateFormatters } from '../../src/renderer/src/format/formatters'
import { resources } from '../../src/renderer/src/i18n/resources'
import { flatRows, groupReminders, nextSelection } from '../../src/renderer/src/reminders/reminderGroups'
import { openPath, subjectLink } from '../../src/renderer/src/reminders/reminderLinks'
import { reminderText } from '../../src/renderer/src/reminders/reminderText'
import {
  daysMeaning,
  fromDraft,
  sameDraft,
  toDraft,
} from '../../src/renderer/src/reminders/settings/settingsDraft'
import { festivals, reminderKinds, ruleKinds } from '../../src/shared/reminders/reminder.types'
import type { ReminderKind, ReminderView } from '../../src/shared/reminders/reminder.types'
import type { ReminderSettings } from '../../src/shared/reminders/reminder-settings'

let nextId = 1
function reminder(kind: ReminderKind, over: Partial<ReminderView> = {}): ReminderView {
  return {
    id: nextId++,
    version: 1,
    kind,
    detail: {},
    due: '2026-11-25',
    dueAt: '2026-11-25T00:00:00.000Z',
    eventDay: '2026-11-26',
    status: 'open',
    bucket: 'today',
    late: false,
    note: null,
    assignee: null,
    customer: null,
    trip: null,
    guide: null,
    supplier: null,
    greeting: false,
    outcome: null,
    closedAt: null,
    closedBy: null,
    dismissReason: null,
    communicationId: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    createdBy: null,
    ...over,
  } as ReminderView
}

const zhang = { id: 7, name: '张秀英' }
const trip = {
  id: 3,
  code: 'TD-20261201-01',
  routeName: '日本关西 6 日',
  departDate: '2026-12-01',
  returnDate: '2026-12-06',
}

/** One reminder of every kind, with the facts main attaches to it. */
const everyKind: ReminderView[] = [
  reminder('departure_notice', { customer: zhang, trip, detail: { days: 3 }, eventDay: trip.departDate }),
  reminder('return_call', { customer: zhang, trip, eventDay: trip.returnDate }),
  reminder('return_visit', { customer: zhang, trip, detail: { amount: 3, unit: 'month' } }),
  reminder('document_gap', {
    customer: zhang,
    trip,
    detail: { code: 'passport_validity', expiry: '2027-03-01', needed: '2027-06-06' },
  }),
  reminder('birthday', { customer: zhang, detail: { calendar: 'lunar', age: 74 }, greeting: true }),
  reminder('festival', { customer: zhang, detail: { festival: 'mid_autumn' }, greeting: true }),
  reminder('document_expiry', { customer: zhang, detail: { docKind: 'passport', expiry: '2027-01-10' } }),
  reminder('stay_in_touch', { customer: zhang, detail: { months: 6 } }),
  reminder('follow_up', { customer: zhang, note: '确认签证材料' }),
  reminder('guide_licence', { guide: { id: 2, name: '李导' }, detail: { expiry: '2026-12-31' } }),
  reminder('supplier_licence', { supplier: { id: 4, name: '关西地接社' }, detail: { expiry: '2027-01-31' } }),
  reminder('manual', { note: '周五给张伟打电话' }),
  reminder('payment_due', { customer: zhang, trip, eventDay: trip.departDate }),
  reminder('complaint_reply_due', {
    detail: { caseNo: 'TS-2026-0042', complaintId: 42 },
    eventDay: '2026-12-05',
  }),
  reminder('complaint_reply_overdue', {
    detail: { caseNo: 'TS-2026-0042', complaintId: 42 },
    eventDay: '2026-12-05',
  }),
  reminder('complaint_follow_up', {
    customer: zhang,
    detail: { caseNo: 'TS-2026-0042', complaintId: 42 },
    eventDay: '2026-12-05',
  }),
]

const translators: Record<'zh-CN' | 'en', TFunction> = {} as never
beforeAll(async () => {
  for (const lng of ['zh-CN', 'en'] as const) {
    const i = i18next.createInstance()
    await i.init({
      resources,
      lng,
      fallbackLng: false,
      ns: Object.keys(resources['zh-CN']),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
    })
    translators[lng] = i.t
  }
})

describe('reminder texts', () => {
  it('cover every kind the registry knows', () => {
    expect(everyKind.map((r) => r.kind).sort()).toEqual([...reminderKinds].sort())
  })

  it('read in both languages with every placeholder filled, dates in the reader’s format', () => {
    for (const lng of ['zh-CN', 'en'] as const) {
      const fmt = dateFormatters(lng)
      for (const r of everyKind) {
        const { title } = reminderText(translators[lng], r, fmt.date)
        expect(title, `${lng} ${r.kind}`).not.toMatch(
          /\{\{|\}\}|undefined|NaN|reminders:|tripPage:|^(title|checks|kind)\./,
        )
        expect(title.trim(), `${lng} ${r.kind}`).not.toBe('')
        // names (张秀英, the trip's route) and what a clerk wrote stay as they are; the words around them are English
        const words = title.replace(/张秀英|日本关西 6 日|李导|关西地接社|确认签证材料|周五给张伟打电话/g, '')
        if (lng === 'en') expect(words, r.kind).not.toMatch(/\p{Script=Han}/u)
      }
    }
  })

  it('a balance still due names the trip and its departure', () => {
    const r = everyKind.find((x) => x.kind === 'payment_due')!
    expect(reminderText(translators['zh-CN'], r, dateFormatters('zh-CN').date).title).toBe(
      'TD-20261201-01 团费未收清（2026/12/01 出发）',
    )
  })

  it('name the facts a clerk acts on', () => {
    const zh = (r: ReminderView) => reminderText(translators['zh-CN'], r, dateFormatters('zh-CN').date).title
    const en = (r: ReminderView) => reminderText(translators.en, r, dateFormatters('en').date).title
    const [notice, call, visit, gap, birthday, festival, doc, stay, followUp, guide, , manual] = everyKind
    expect(zh(notice)).toContain('TD-20261201-01')
    expect(zh(notice)).toContain('2026/12/01')
    expect(zh(call)).toContain('2026/12/06')
    expect(zh(visit)).toContain('3个月')
    expect(en(visit)).toContain('3 month(s)')
    expect(zh(gap)).toContain('张秀英')
    expect(zh(birthday)).toContain('74')
    expect(zh(birthday)).toContain('农历')
    expect(en(birthday)).toContain('lunar')
    expect(zh(festival)).toContain('中秋节')
    expect(en(festival)).toContain('Mid-Autumn Festival')
    expect(zh(doc)).toContain('护照')
    expect(en(doc)).toContain('10/01/2027')
    expect(zh(stay)).toContain('6')
    expect(zh(followUp)).toBe('确认签证材料')
    expect(zh(guide)).toContain('2026/12/31')
    expect(zh(manual)).toBe('周五给张伟打电话')
    const [replyDue, overdue, followCall] = (
      ['complaint_reply_due', 'complaint_reply_overdue', 'complaint_follow_up'] as const
    ).map((k) => everyKind.find((x) => x.kind === k)!)
    expect(zh(replyDue)).toBe('投诉 TS-2026-0042 书面答复 2026/12/05 到期')
    expect(en(overdue)).toBe('Complaint TS-2026-0042: written reply overdue (due 05/12/2026)')
    expect(zh(followCall)).toContain('回访')
    // the case opens, not the complainant's file
    expect(subjectLink(followCall)).toBe('/complaints/42')
  })

  it('name whom it is about: the customer first, else the guide, supplier or trip', () => {
    const t = translators['zh-CN']
    const date = dateFormatters('zh-CN').date
    expect(reminderText(t, everyKind[0], date).subject).toBe('张秀英')
    expect(reminderText(t, everyKind[9], date).subject).toBe('李导')
    expect(reminderText(t, reminder('manual', { trip, note: 'x' }), date).subject).toBe(
      'TD-20261201-01 日本关西 6 日',
    )
    expect(reminderText(t, everyKind[11], date).subject).toBeNull()
  })
})

describe('the home screen list', () => {
  const lists = {
    day: '2026-11-25',
    overdue: [reminder('manual', { note: 'a' }), reminder('return_call', { customer: zhang, trip })],
    today: [
      reminder('birthday', { customer: zhang }),
      reminder('departure_notice', { customer: zhang, trip }),
    ],
    upcoming: [],
  }

  it('groups each bucket by kind in the registry’s order, and says when a bucket is empty', () => {
    const g = groupReminders(lists)
    expect(g.map((b) => [b.bucket, b.count])).toEqual([
      ['overdue', 2],
      ['today', 2],
      ['upcoming', 0],
    ])
    expect(g[0].groups.map((x) => x.kind)).toEqual(['return_call', 'manual'])
    expect(g[1].groups.map((x) => x.kind)).toEqual(['departure_notice', 'birthday'])
    expect(g[2].groups).toEqual([])
    expect(flatRows(g).map((r) => r.kind)).toEqual(['return_call', 'manual', 'departure_notice', 'birthday'])
  })

  it('keeps the selection on the next reminder after one is handled, so D D D works down the list', () => {
    const [a, b, c] = [reminder('manual'), reminder('manual'), reminder('manual')]
    expect(nextSelection([a, b, c], [a, b, c], b.id)).toBe(b.id)
    expect(nextSelection([a, b, c], [a, c], b.id)).toBe(c.id)
    expect(nextSelection([a, b, c], [a, b], c.id)).toBe(b.id)
    expect(nextSelection([a, b, c], [], a.id)).toBeNull()
    expect(nextSelection([], [a, b], null)).toBe(a.id)
  })

  it('opens what a reminder or a clicked notification is about', () => {
    expect(subjectLink(everyKind[0])).toBe('/customers/7')
    expect(subjectLink(reminder('manual', { trip }))).toBe('/trips/3')
    expect(subjectLink(everyKind[9])).toBe('/guides/2')
    expect(subjectLink(everyKind[10])).toBe('/suppliers/4')
    expect(subjectLink(everyKind[11])).toBeNull()
    expect(openPath({ target: 'customer', id: 7 })).toBe('/customers/7')
    expect(openPath({ target: 'trip', id: 3 })).toBe('/trips/3')
    expect(openPath({ target: 'home' })).toBe('/home')
    expect(openPath({ target: 'reminder', id: 9 })).toBe('/home')
  })
})

describe('the reminder settings form', () => {
  const rules = Object.fromEntries(ruleKinds.map((k, i) => [k, { enabled: i % 2 === 0, days: i }]))
  const settings = {
    rules,
    returnVisitPlan: [
      { amount: 1, unit: 'week' },
      { amount: 3, unit: 'month' },
      { amount: 1, unit: 'year' },
    ],
    stayInTouchMonths: 6,
    elderlyAge: 60,
    quietHours: { enabled: true, start: '21:00', end: '08:00' },
    templates: {
      birthday: '{name}，生日快乐！',
      festivals: Object.fromEntries(festivals.map((f) => [f, `{name}，${f}快乐`])),
    },
    version: 4,
  } as ReminderSettings

  it('gives back what it was given when nothing is edited', () => {
    const d = toDraft(settings)
    expect(fromDraft(d, settings.version)).toEqual(settings)
    expect(sameDraft(d, toDraft(settings))).toBe(true)
  })

  it('sends a blank or unreadable number as NaN, so main refuses it under that box instead of saving 0', () => {
    const d = toDraft(settings)
    d.rules.birthday.days = ''
    d.plan[1].amount = '3x'
    d.stayInTouchMonths = ' 12 '
    const out = fromDraft(d, 4)
    expect(out.rules.birthday.days).toBeNaN()
    expect(out.returnVisitPlan[1].amount).toBeNaN()
    expect(out.stayInTouchMonths).toBe(12)
    expect(sameDraft(d, toDraft(settings))).toBe(false)
  })

  it('labels each lead time by what it counts from', () => {
    expect(daysMeaning('departure_notice')).toBe('before')
    expect(daysMeaning('return_call')).toBe('after')
    expect(daysMeaning('return_visit')).toBeNull()
    expect(daysMeaning('stay_in_touch')).toBeNull()
  })
})
