import type { DocKind, Gender } from '../customers/customer.schema'

/**
 * One line of the full traveller list for the airline, ground operator and visa agent: the document
 * number unmasked. Only roles that may reveal identity numbers get it, and every load is audited.
 */
export interface FullTraveller {
  participantId: number
  name: string
  pinyinName: string | null
  gender: Gender
  /** solar YYYY-MM-DD (a lunar birthday converted); null when unknown */
  birthDate: string | null
  document: { kind: DocKind; number: string; expiryDate: string | null } | null
}

/** Who may print it: the roles that may reveal a document number (customers.revealDocument). */
export const FULL_LIST_ROLES = ['manager', 'admin'] as const
