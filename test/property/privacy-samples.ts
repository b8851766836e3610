/** Valid payloads of the personal-information calls; api-fuzz.test.ts derives the bad ones from these. */
export function privacySamples(ids: {
  customer: number
  trip: number
}): Record<string, Record<string, unknown>> {
  return {
    'privacy.copy': { customerId: ids.customer, lang: 'zh-CN', fullIdNumbers: false },
    'privacy.copyXlsx': { customerId: ids.customer, lang: 'en', fullIdNumbers: true },
    'privacy.retention': {},
    'privacy.setRetention': { years: 3 },
    'privacy.restricted': {},
    'privacy.due': {},
    'privacy.destroy': { kind: 'trip_archive', id: ids.trip },
    'privacy.records': {},
  }
}

/** The read-only calls answer an empty payload; the rest refuse it. */
export const privacyEmptyPayloadOutcome: Record<string, 'ok'> = {
  'privacy.retention': 'ok',
  'privacy.restricted': 'ok',
  'privacy.due': 'ok',
  'privacy.records': 'ok',
}
