import { createHash } from 'node:crypto'
import { AppError } from '../../shared/api/envelope'
import type { complaintCalls } from '../../shared/complaints/complaints.api'
import { EVIDENCE_MAX_BYTES } from '../../shared/complaints/evidence'
import type { ComplaintStatus } from '../../shared/complaints/status'
import { isFinished } from '../../shared/complaints/status'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso } from '../core/context'
import { auditor, fieldError } from '../trips/trips.repo'
import { requireComplaint } from './complaints.repo'

type All = Handlers<{ complaints: typeof complaintCalls }>['complaints']
type EvidenceHandlers = Pick<All, 'addEvidence' | 'evidence' | 'evidenceFile' | 'removeEvidence'>

/**
 * Evidence in the database rather than beside it: the bytes then go with the desk's backups and
 * copies, are deleted with their case by the foreign key, and reach every desk of a PostgreSQL
 * office without a shared folder — the same rules as the rest of the record.
 */
export function evidenceHandlers(ctx: Ctx): EvidenceHandlers {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'complaint', id })

  return {
    async addEvidence(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const bytes = Buffer.from(input.data, 'base64')
      // Node skips what is not base64; a text that does not round-trip was not a file's bytes
      if (bytes.length === 0 || bytes.toString('base64') !== input.data) {
        throw fieldError('data', 'errors.evidenceData')
      }
      if (bytes.length > EVIDENCE_MAX_BYTES) throw fieldError('data', 'errors.evidenceTooLarge')
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const id = await db.transaction().execute(async (trx) => {
        const c = await requireComplaint(trx, input.complaintId)
        if (isFinished(c.status as ComplaintStatus))
          throw new AppError('CONFLICT', 'errors.complaintFinished')
        const same = await trx
          .selectFrom('complaint_evidence')
          .select('id')
          .where('complaint_id', '=', c.id)
          .where('sha256', '=', sha256)
          .executeTakeFirst()
        if (same) throw new AppError('CONFLICT', 'errors.evidenceDuplicate')
        const row = await trx
          .insertInto('complaint_evidence')
          .values({
            complaint_id: c.id,
            file_name: input.fileName,
            mime: input.mime,
            size: bytes.length,
            sha256,
            bytes,
            created_at: at,
            created_by: me.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await auditor({ trx, at, staffId: me.id })('create', 'complaint_evidence', row.id, ['complaintId'])
        return row.id
      })
      changed(input.complaintId)
      return { id }
    },

    async evidence(input) {
      await requireComplaint(db, input.complaintId)
      const rows = await db
        .selectFrom('complaint_evidence as e')
        .leftJoin('staff as s', 's.id', 'e.created_by')
        .select([
          'e.id',
          'e.file_name',
          'e.mime',
          'e.size',
          'e.sha256',
          'e.created_at',
          'e.created_by',
          's.name',
        ])
        .where('e.complaint_id', '=', input.complaintId)
        .orderBy('e.id')
        .execute()
      return rows.map((r) => ({
        id: r.id,
        fileName: r.file_name,
        mime: r.mime,
        size: Number(r.size),
        sha256: r.sha256,
        createdAt: r.created_at,
        createdBy: r.created_by !== null && r.name !== null ? { id: r.created_by, name: r.name } : null,
      }))
    },

    async evidenceFile(input) {
      const r = await db
        .selectFrom('complaint_evidence')
        .select(['file_name', 'mime', 'bytes'])
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (!r) throw notFound()
      return { fileName: r.file_name, mime: r.mime, data: Buffer.from(r.bytes).toString('base64') }
    },

    async removeEvidence(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const complaintId = await db.transaction().execute(async (trx) => {
        const r = await trx
          .selectFrom('complaint_evidence')
          .select(['id', 'complaint_id'])
          .where('id', '=', input.id)
          .executeTakeFirst()
        if (!r) throw notFound()
        await trx.deleteFrom('complaint_evidence').where('id', '=', r.id).execute()
        await auditor({ trx, at, staffId: me.id })('delete', 'complaint_evidence', r.id, ['complaintId'])
        return r.complaint_id
      })
      changed(complaintId)
      return null
    },
  }
}
