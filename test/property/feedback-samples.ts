import type { Harness } from '../integration/harness'
import { defaultTemplate } from '../../src/shared/feedback/template'

export interface FeedbackFixtureIds {
  /** a sheet printed and not yet keyed */
  sheet: number
  sheetCode: string
  /** a keyed sheet (verification and complaints start from one) */
  keyedSheet: number
  templateId: number
}

/** The fixture trip's forms printed, the first one keyed. */
export async function feedbackFixtures(h: Harness, trip: number): Promise<FeedbackFixtureIds> {
  const printed = await h.must('feedback.issue', { tripId: trip, blanks: 1 })
  const [keyed, open] = printed.sheets
  const e = await h.must('feedback.get', { id: keyed.id })
  await h.must('feedback.enter', { id: keyed.id, version: e.version, answers: { overall: 1, nps: 9 } })
  return {
    sheet: open.id,
    sheetCode: open.code,
    keyedSheet: keyed.id,
    templateId: (await h.must('feedback.template', {})).id,
  }
}

export function feedbackSamples(
  ids: FeedbackFixtureIds & { trip: number; customer: number; guide: number; supplier: number },
) {
  const filter = {
    tripId: ids.trip,
    guideId: ids.guide,
    supplierId: ids.supplier,
    routeName: '云南六日游',
    from: '2026-01-01',
    to: '2026-12-31',
  }
  const answers = { overall: 1, hotel: null, forced_shopping: 0, nps: 9 }
  return {
    'feedback.template': {},
    'feedback.saveTemplate': {
      basedOn: ids.templateId,
      body: {
        ...defaultTemplate,
        items: [
          ...defaultTemplate.items,
          {
            key: 'wifi',
            kind: 'rating',
            builtin: false,
            label: '车上 Wi-Fi',
            tripKinds: ['domestic'],
            problem: null,
          },
        ],
      },
    },
    'feedback.rule': {},
    'feedback.saveRule': { smallGroupMax: 10, smallGroupPct: 100, largeGroupPct: 50, version: 1 },
    'feedback.issue': { tripId: ids.trip, blanks: 2, blankOnly: false },
    'feedback.ofTrip': { tripId: ids.trip },
    'feedback.open': { code: ids.sheetCode },
    'feedback.get': { id: ids.sheet },
    'feedback.enter': { id: ids.sheet, version: 1, answers, comment: '导游很好' },
    'feedback.verify': { id: ids.keyedSheet, answers, comment: '导游很好' },
    'feedback.openComplaint': { id: ids.keyedSheet, whatHappened: '游客反映被强迫购物' },
    'feedback.scores': filter,
    'feedback.trend': filter,
    'feedback.ofCustomer': { customerId: ids.customer },
    'feedback.shortTrips': { from: '2026-11-01', to: '2026-11-30' },
    'feedback.archive': { tripId: ids.trip },
  }
}
