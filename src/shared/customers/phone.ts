export type PhoneResult = { ok: true; normalized: string; kind: 'mainland' | 'intl' } | { ok: false }

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

// NFKC folds full-width input from Chinese IMEs (＋、（）、１３８) to ASCII before stripping.
function strip(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\-()]/g, '')
}

export function validatePhone(raw: string): PhoneResult {
  const s = strip(raw)

  if (MAINLAND_MOBILE.test(s)) return { ok: true, normalized: s, kind: 'mainland' }

  const cn = /^(?:\+86|0086)(\d+)$/.exec(s)
  if (cn) {
    return MAINLAND_MOBILE.test(cn[1]) ? { ok: true, normalized: cn[1], kind: 'mainland' } : { ok: false }
  }

  // E.164: country codes never start with 0, and the whole number is at most 15 digits.
  if (/^\+[1-9]\d{7,14}$/.test(s)) return { ok: true, normalized: s, kind: 'intl' }

  return { ok: false }
}
