import { z } from 'zod'
import { idSchema } from '../common/schemas'

/*
 * Evidence attached to a complaint: photos, receipts, recordings. The renderer reads the file and
 * sends its bytes as base64 (a plain string crosses IPC and the test host alike); main decodes,
 * checks the size and content, and stores the bytes in the database.
 */

/** 20 MB per file: a phone photo or a few minutes of voice message, not a video of the whole day. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024
/** the longest base64 text a file of EVIDENCE_MAX_BYTES encodes to */
export const EVIDENCE_MAX_BASE64 = Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4

/** Photos, scans and recordings (WeChat voice notes are audio/amr), and PDF receipts. */
export const evidenceMimeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^((image|audio|video)\/[a-z0-9.+-]{1,60}|application\/pdf)$/, 'errors.evidenceType')

export const addEvidenceSchema = z
  .object({
    complaintId: idSchema,
    fileName: z
      .string()
      .trim()
      .min(1, 'errors.required')
      .max(200, 'errors.tooLong')
      // a name, not a path: nothing that could climb out of a download folder
      .refine((n) => !/[/\\]/.test(n) && ![...n].some((ch) => ch.charCodeAt(0) < 32), 'errors.fileName'),
    mime: evidenceMimeSchema,
    data: z
      .string()
      .min(1, 'errors.required')
      .max(EVIDENCE_MAX_BASE64, 'errors.evidenceTooLarge')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'errors.evidenceData'),
  })
  .strict()

export interface EvidenceView {
  id: number
  fileName: string
  mime: string
  size: number
  sha256: string
  createdAt: string
  createdBy: { id: number; name: string } | null
}

export interface EvidenceFile {
  fileName: string
  mime: string
  /** base64 */
  data: string
}
