import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Harness } from './harness'
import { auditRows, code, dbFingerprint } from './fixtures'
import { complaintDesk, createComplaint, walk } from './complaint-fixtures'
import type { ComplaintWorld } from './complaint-fixtures'
import type { Session } from '../../src/main/app'
import { EVIDENCE_MAX_BASE64, EVIDENCE_MAX_BYTES } from '../../src/shared/complaints/evidence'
import type { EvidenceView } from '../../src/shared/complaints/evidence'

/*
 * Evidence stored in the database (blob / bytea): what goes in comes out byte for byte, on both
 * stores; too large, not a file, or not a photo/recording/PDF is refused with the database
 * unchanged; a manager removes it, audited; deleting the case would take it along (foreign key).
 */
let h: Harness
let w: ComplaintWorld
let desk: Session
let manager: Session
beforeEach(async () => {
  ;({ h, w, desk, manager } = await complaintDesk())
})
afterEach(async () => {
  await h.close()
})

/** a small "JPEG": the marker bytes, then every byte value, so nothing is lost to text encodings */
const photo = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
])

describe('complaint evidence', () => {
  it('stores a photo in the database and gives back the same bytes, listed with size, hash and who added it', async () => {
    const k = await createComplaint(h, w, {}, desk)
    const added = await h.must(
      'complaints.addEvidence',
      { complaintId: k.id, fileName: '玉石店收据.jpg', mime: 'image/jpeg', data: photo.toString('base64') },
      desk,
    )
    const list = await h.must<EvidenceView[]>('complaints.evidence', { complaintId: k.id }, desk)
    expect(list).toEqual([
      {
        id: added.id,
        fileName: '玉石店收据.jpg',
        mime: 'image/jpeg',
        size: photo.length,
        sha256: createHash('sha256').update(photo).digest('hex'),
        createdAt: '2026-11-25T02:00:00.000Z',
        createdBy: { id: expect.any(Number), name: expect.stringContaining('frontdesk') },
      },
    ])
    const file = await h.must('complaints.evidenceFile', { id: added.id }, desk)
    expect(Buffer.from(file.data, 'base64').equals(photo)).toBe(true)
    expect(file).toMatchObject({ fileName: '玉石店收据.jpg', mime: 'image/jpeg' })
    const audit = (await auditRows(h.app.db)).filter((a) => a.entity === 'complaint_evidence')
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([['create', added.id]])
  })

  it('refuses a second copy of the same file, a file over 20 MB, bytes that are not base64, and other types — database unchanged', async () => {
    const k = await createComplaint(h, w, {}, desk)
    const base = { complaintId: k.id, fileName: 'a.jpg', mime: 'image/jpeg', data: photo.toString('base64') }
    await h.must('complaints.addEvidence', base, desk)
    const before = await dbFingerprint(h.app.db)
    expect(code(await h.call('complaints.addEvidence', { ...base, fileName: 'b.jpg' }, desk))).toBe(
      'CONFLICT',
    )
    const big = Buffer.alloc(EVIDENCE_MAX_BYTES + 1, 1).toString('base64')
    const tooBig = await h.call('complaints.addEvidence', { ...base, data: big }, desk)
    expect(code(tooBig)).toBe('VALIDATION')
    expect(tooBig.ok ? null : tooBig.error.fields?.data?.key).toBe('errors.evidenceTooLarge')
    // 20 MB + 1 byte still fits the text limit (main decodes and refuses); longer text the schema refuses
    expect(big.length).toBe(EVIDENCE_MAX_BASE64)
    const longer = 'A'.repeat(EVIDENCE_MAX_BASE64 + 4)
    expect(code(await h.call('complaints.addEvidence', { ...base, data: longer }, desk))).toBe('VALIDATION')
    expect(
      code(await h.call('complaints.addEvidence', { ...base, data: 'QUJD' + 'A'.repeat(3) }, desk)),
    ).toBe('VALIDATION')
    expect(
      code(await h.call('complaints.addEvidence', { ...base, mime: 'application/x-msdownload' }, desk)),
    ).toBe('VALIDATION')
    expect(code(await h.call('complaints.addEvidence', { ...base, fileName: '../../a.jpg' }, desk))).toBe(
      'VALIDATION',
    )
    expect(code(await h.call('complaints.addEvidence', { ...base, complaintId: 9999 }, desk))).toBe(
      'NOT_FOUND',
    )
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('only a manager removes evidence (audited); a closed case takes no more', async () => {
    const k = await createComplaint(h, w, {}, desk)
    const data = photo.toString('base64')
    const e = await h.must(
      'complaints.addEvidence',
      { complaintId: k.id, fileName: '录音.m4a', mime: 'audio/mp4', data },
      desk,
    )
    expect(code(await h.call('complaints.removeEvidence', { id: e.id }, desk))).toBe('FORBIDDEN')
    await h.must('complaints.removeEvidence', { id: e.id }, manager)
    expect(await h.must('complaints.evidence', { complaintId: k.id }, desk)).toEqual([])
    expect(code(await h.call('complaints.evidenceFile', { id: e.id }, desk))).toBe('NOT_FOUND')
    const audit = (await auditRows(h.app.db)).filter((a) => a.entity === 'complaint_evidence')
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete'])

    await walk(h, k.id, ['accepted', 'investigating', 'replied', 'resolved'], desk)
    const c = await h.must('complaints.get', { id: k.id }, manager)
    await h.must('complaints.close', { id: k.id, version: c.version, lessons: '录音留档' }, manager)
    const late = await h.call(
      'complaints.addEvidence',
      { complaintId: k.id, fileName: 'later.jpg', mime: 'image/jpeg', data },
      desk,
    )
    expect(code(late)).toBe('CONFLICT')
  })
})
