/** One valid payload per trip-money call (payments.*, trips.setVisa), merged into validSamples. */
export function paymentSamples(ids: {
  trip: number
  customer: number
  participant: number
}): Record<string, Record<string, unknown>> {
  return {
    'payments.ofTrip': { tripId: ids.trip },
    'payments.ofCustomer': { customerId: ids.customer },
    'payments.setTraveller': {
      id: ids.participant,
      version: 1,
      priceType: 'child_bed',
      depositFen: 100_000,
      charges: [
        { kind: 'single_supplement', label: '单房差', amountFen: 80_000 },
        { kind: 'discount', label: '老客户', amountFen: 5_000 },
      ],
    },
    'payments.record': {
      participantId: ids.participant,
      day: '2026-11-20',
      amountFen: 100_050,
      method: 'wechat',
      receiptNo: 'SK-2026-001',
    },
    'payments.refund': {
      participantId: ids.participant,
      day: '2026-11-21',
      amountFen: 20_000,
      method: 'bank_transfer',
      receiptNo: 'TK-001',
      reason: '少住一晚',
    },
    'payments.policy': {},
    'payments.setPolicy': { infantUnder: 2, noBedUnder: 6, childUnder: 12, version: 1 },
    'trips.travellerList': { id: ids.trip },
    'trips.setVisa': {
      id: ids.participant,
      version: 1,
      visaStatus: 'issued',
      visaType: '单次旅游',
      visaNo: 'V1234567',
      visaValidUntil: '2027-03-01',
    },
  }
}
