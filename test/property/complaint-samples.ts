import type { Harness } from '../integration/harness'

export interface ComplaintFixtureIds {
  complaint: number
  /** a compensation above the approval threshold: pending */
  remedy: number
  /** an apology: offered at once */
  offer: number
  /** a photo attached to the complaint */
  evidence: number
}

/** A complaint about the fixture trip, with a pending compensation and an apology on it. */
export async function complaintFixtures(
  h: Harness,
  ids: { trip: number; customer: number; guide: number; supplier: number },
): Promise<ComplaintFixtureIds> {
  const complaint = (
    await h.must('complaints.create', {
      channel: 'hotline_12345',
      tripId: ids.trip,
      whatHappened: '强迫购物',
      cause: 'shopping',
      complainants: [{ customerId: ids.customer }],
      guideIds: [ids.guide],
      supplierIds: [ids.supplier],
    })
  ).id
  const facts = { scope: 'domestic', tourPrice: 5000, forcedShoppingStops: 1 }
  const remedy = (
    await h.must('complaints.addRemedy', { complaintId: complaint, kind: 'compensation', facts })
  ).id
  const offer = (await h.must('complaints.addRemedy', { complaintId: complaint, kind: 'apology' })).id
  const evidence = (
    await h.must('complaints.addEvidence', {
      complaintId: complaint,
      fileName: '收据.jpg',
      mime: 'image/jpeg',
      data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64'),
    })
  ).id
  return { complaint, remedy, offer, evidence }
}

const form = (ids: { trip: number; customer: number; guide: number; supplier: number; staff: number }) => ({
  channel: 'bureau',
  receivedAt: '2026-11-20T09:00:00+08:00',
  assigneeId: ids.staff,
  tripId: ids.trip,
  contractNo: 'HT-2026-001',
  eventAt: '2026-12-04T15:30',
  eventPlace: '昆明',
  whatHappened: '导游强迫购物',
  request: '赔偿',
  cause: 'shopping',
  severity: 'high',
  complainants: [
    { customerId: ids.customer },
    {
      name: 'John Smith',
      gender: 'male',
      nationality: '英国',
      address: '北京',
      postcode: '100020',
      phone: '13900001111',
    },
  ],
  guideIds: [ids.guide],
  supplierIds: [ids.supplier],
})

export function complaintSamples(
  ids: ComplaintFixtureIds & {
    trip: number
    customer: number
    guide: number
    supplier: number
    staff: number
    assignment: number
  },
): Record<string, Record<string, unknown>> {
  return {
    'complaints.list': {
      statuses: ['new', 'investigating'],
      due: 'overdue',
      cause: 'shopping',
      guideId: ids.guide,
      supplierId: ids.supplier,
      tripId: ids.trip,
      from: '2026-11-01',
      to: '2026-11-30',
      q: '张',
      page: 0,
      pageSize: 20,
    },
    'complaints.get': { id: ids.complaint },
    'complaints.create': { ...form(ids), followUpOfId: ids.complaint },
    'complaints.update': { ...form(ids), id: ids.complaint, version: 1 },
    'complaints.setStatus': {
      id: ids.complaint,
      version: 1,
      status: 'duplicate',
      note: '同一事件',
      duplicateOfId: 999,
    },
    'complaints.close': {
      id: ids.complaint,
      version: 1,
      lessons: '培训导游',
      correctiveActions: ['guide_training'],
      customerSatisfied: true,
    },
    'complaints.addRemedy': {
      complaintId: ids.complaint,
      kind: 'compensation',
      amount: 1200,
      facts: {
        scope: 'outbound',
        tourPrice: 8000,
        cancelNoticeDays: 5,
        transferredWithoutConsent: true,
        missedTransportLoss: 300,
        belowGradeDifference: 200,
        guideBelowStandardPct: 3,
        missedServices: 100,
        missedFreeSights: 1,
        extraShoppingStops: 1,
        forcedShoppingStops: 2,
        serviceSuspended: false,
      },
      overrideReason: '协商一致',
      notes: '现金',
    },
    'complaints.changeGuide': {
      complaintId: ids.complaint,
      assignmentId: ids.assignment,
      fromGuideId: ids.guide,
      guideId: ids.guide + 1,
    },
    'complaints.decideRemedy': { id: ids.remedy, version: 1, approve: true },
    'complaints.setRemedyAccepted': { id: ids.offer, version: 1, accepted: true },
    'complaints.summary': { of: 'guide', id: ids.guide },
    'complaints.pareto': { from: '2026-11-01', to: '2026-11-30' },
    'complaints.policy': {},
    'complaints.addEvidence': {
      complaintId: ids.complaint,
      fileName: '录音.m4a',
      mime: 'audio/mp4',
      data: Buffer.from('voice note').toString('base64'),
    },
    'complaints.evidence': { complaintId: ids.complaint },
    'complaints.evidenceFile': { id: ids.evidence },
    'complaints.removeEvidence': { id: ids.evidence },
    'complaints.updatePolicy': {
      approvalThreshold: 800,
      firstResponseHours: 12,
      resolutionDays: 20,
      version: 1,
    },
  }
}
