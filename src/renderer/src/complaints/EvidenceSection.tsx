import {
  Alert,
  Button,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material'
import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined'
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined'
import DownloadOutlined from '@mui/icons-material/DownloadOutlined'
import { useRef, useState } from 'react'
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../shared/complaints/complaint.types'
import { EVIDENCE_MAX_BYTES } from '../../../shared/complaints/evidence'
import { isFinished } from '../../../shared/complaints/status'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'
import { Section } from '../customers/profile/parts'
import { useFormat } from '../format/format'

/** Bytes → base64 in slices, so a 20 MB photo does not overflow the argument list of fromCharCode. */
function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf)
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const s = atob(data)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

/** Photos, receipts and recordings attached to the case: add, open (download), remove (managers). */
export function EvidenceSection({ c, manager }: { c: ComplaintDetail; manager: boolean }) {
  const { t } = useTranslation('complaints')
  const fmt = useFormat()
  const errors = useFormErrors()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const q = useQuery(() => api.complaints.evidence({ complaintId: c.id }), [c.id, c.updatedAt], ['complaint'])
  const open = !isFinished(c.status)

  const add = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    errors.clear()
    // refused here before reading 20+ MB into memory; main checks again
    if (file.size > EVIDENCE_MAX_BYTES) return errors.setFields({ data: t('evidence.tooLarge') })
    setBusy(true)
    const data = toBase64(await file.arrayBuffer())
    const r = await errors.capture(() =>
      unwrap(api.complaints.addEvidence({ complaintId: c.id, fileName: file.name, mime: file.type, data })),
    )
    setBusy(false)
    if (r) q.reload()
  }
  const download = async (id: number) => {
    const f = await errors.capture(() => unwrap(api.complaints.evidenceFile({ id })))
    if (!f) return
    const url = URL.createObjectURL(new Blob([fromBase64(f.data)], { type: f.mime }))
    const a = document.createElement('a')
    a.href = url
    a.download = f.fileName
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }
  const remove = async (id: number) => {
    if (await errors.capture(() => unwrap(api.complaints.removeEvidence({ id })))) q.reload()
  }

  return (
    <Section
      title={t('evidence.title')}
      testId="complaint-evidence"
      action={
        open && (
          <Button
            size="small"
            startIcon={<AttachFileOutlined />}
            disabled={busy}
            onClick={() => input.current?.click()}
            data-testid="evidence-add"
          >
            {t('evidence.add')}
          </Button>
        )
      }
    >
      <input
        ref={input}
        type="file"
        hidden
        accept="image/*,audio/*,video/*,application/pdf"
        onChange={(e) => void add(e)}
        data-testid="evidence-input"
      />
      {(errors.form || errors.fields.data) && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="evidence-error">
          {errors.fields.data ?? errors.form}
        </Alert>
      )}
      {q.data?.length === 0 && <Typography color="text.secondary">{t('evidence.empty')}</Typography>}
      <List dense disablePadding>
        {(q.data ?? []).map((e) => (
          <ListItem
            key={e.id}
            disableGutters
            data-testid="evidence-row"
            secondaryAction={
              <Stack direction="row">
                <Tooltip title={t('evidence.open')}>
                  <IconButton onClick={() => void download(e.id)} aria-label={t('evidence.open')}>
                    <DownloadOutlined />
                  </IconButton>
                </Tooltip>
                {manager && (
                  <Tooltip title={t('evidence.remove')}>
                    <IconButton
                      onClick={() => void remove(e.id)}
                      aria-label={t('evidence.remove')}
                      data-testid="evidence-remove"
                    >
                      <DeleteOutline />
                    </IconButton>
                  </Tooltip>
                )}
              </Stack>
            }
          >
            <ListItemText
              primary={e.fileName}
              secondary={`${(e.size / 1024).toFixed(0)} KB · ${fmt.dateTime(e.createdAt)}${e.createdBy ? ` · ${e.createdBy.name}` : ''}`}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  )
}
