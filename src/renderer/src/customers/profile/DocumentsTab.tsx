import {
  Box,
  Button,
  Chip,
  IconButton,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material'
import AddOutlined from '@mui/icons-material/AddOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined'
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerProfile, DocumentView } from '../../../../shared/customers/customer.types'
import { api, unwrap } from '../../api/client'
import { useFormErrors } from '../../components/useFormErrors'
import { useFormat } from '../../format/format'
import { ConfirmDialog } from './ConfirmDialog'
import { DocumentDialog } from './DocumentDialog'
import { Empty, NotGiven, daysFromToday } from './parts'

/** Passports must be valid 6 months after the trip: warn well ahead. */
const WARN_DAYS = 180

function ExpiryChip({ date }: { date: string }) {
  const { t } = useTranslation('customers')
  const days = daysFromToday(date)
  if (days > WARN_DAYS) return null
  const label =
    days < 0
      ? t('profile.expired')
      : days === 0
        ? t('profileExtra.expiresToday')
        : t('profile.expiresSoon', { count: days })
  return (
    <Chip
      size="small"
      color={days < 0 ? 'error' : 'warning'}
      variant={days < 0 ? 'filled' : 'outlined'}
      label={label}
      data-testid="doc-expiry-warning"
    />
  )
}

export function DocumentsTab({
  profile: p,
  canReveal,
  notify,
}: {
  profile: CustomerProfile
  canReveal: boolean
  notify: (msg: string) => void
}) {
  const { t } = useTranslation('customers')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const revealErrors = useFormErrors()
  const [dialog, setDialog] = useState({ open: false, doc: null as DocumentView | null, n: 0 })
  const [removing, setRemoving] = useState<{ open: boolean; doc: DocumentView | null }>({
    open: false,
    doc: null,
  })
  // full numbers, per document version: an edited document goes back to masked
  const [revealed, setRevealed] = useState<Record<string, string>>({})
  const key = (d: DocumentView) => `${d.id}:${d.version}`

  const openDialog = (doc: DocumentView | null) => setDialog((s) => ({ open: true, doc, n: s.n + 1 }))
  const reveal = async (d: DocumentView) => {
    const r = await revealErrors.capture(() => unwrap(api.customers.revealDocument({ id: d.id })))
    if (r) setRevealed((s) => ({ ...s, [key(d)]: r.number }))
  }
  const hide = (d: DocumentView) =>
    setRevealed((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== key(d))))

  return (
    <Paper sx={{ p: 2 }} data-testid="profile-documents">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('profile.tabs.documents')}
        </Typography>
        <Button startIcon={<AddOutlined />} onClick={() => openDialog(null)} data-testid="doc-add">
          {t('form.addDocument')}
        </Button>
      </Stack>
      {revealErrors.form && (
        <Typography color="error" variant="body2" sx={{ mb: 1 }}>
          {revealErrors.form}
        </Typography>
      )}
      {p.documents.length === 0 ? (
        <Empty testId="doc-empty">{t('profile.noDocuments')}</Empty>
      ) : (
        <TableContainer>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('form.docKind')}</TableCell>
                <TableCell>{t('form.docNumber')}</TableCell>
                <TableCell>{t('form.docIssueDate')}</TableCell>
                <TableCell>{t('form.docIssuePlace')}</TableCell>
                <TableCell>{t('form.docExpiry')}</TableCell>
                <TableCell align="right">{t('profileExtra.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {p.documents.map((d) => {
                const full = revealed[key(d)]
                return (
                  <TableRow key={d.id} hover data-testid={`doc-row-${d.id}`}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`docKind.${d.kind}`)}</TableCell>
                    <TableCell>
                      <Box
                        sx={{ fontFamily: 'monospace', fontSize: 15, letterSpacing: 0.5 }}
                        data-testid={`doc-number-${d.id}`}
                      >
                        {full ?? d.numberMasked}
                      </Box>
                      {full && (
                        <Typography
                          variant="caption"
                          color="warning.dark"
                          data-testid={`doc-revealed-${d.id}`}
                        >
                          {t('profile.revealed')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {fmt.date(d.issueDate) || <NotGiven />}
                    </TableCell>
                    <TableCell>{d.issuePlace || <NotGiven />}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <span>{d.expiryDate ? fmt.date(d.expiryDate) : <NotGiven />}</span>
                        {d.expiryDate && <ExpiryChip date={d.expiryDate} />}
                      </Stack>
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {canReveal &&
                        (full ? (
                          <Button
                            size="small"
                            startIcon={<VisibilityOffOutlined />}
                            onClick={() => hide(d)}
                            data-testid={`hide-doc-${d.id}`}
                          >
                            {t('profileExtra.hide')}
                          </Button>
                        ) : (
                          <Button
                            size="small"
                            startIcon={<VisibilityOutlined />}
                            onClick={() => void reveal(d)}
                            data-testid={`reveal-doc-${d.id}`}
                          >
                            {tc('actions.reveal')}
                          </Button>
                        ))}
                      <Tooltip title={t('docDialog.editTitle')}>
                        <IconButton
                          size="small"
                          onClick={() => openDialog(d)}
                          data-testid={`edit-doc-${d.id}`}
                        >
                          <EditOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={t('profileExtra.removeDocTitle')}>
                        <IconButton
                          size="small"
                          onClick={() => setRemoving({ open: true, doc: d })}
                          data-testid={`remove-doc-${d.id}`}
                        >
                          <DeleteOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  </TableRow>
                )
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <DocumentDialog
        key={dialog.n}
        open={dialog.open}
        customerId={p.id}
        doc={dialog.doc}
        onClose={() => setDialog((s) => ({ ...s, open: false }))}
        onSaved={() => {
          setDialog((s) => ({ ...s, open: false }))
          notify(t('profileExtra.docSaved'))
        }}
      />
      <ConfirmDialog
        open={removing.open}
        title={t('profileExtra.removeDocTitle')}
        text={
          removing.doc
            ? t('profileExtra.removeDocText', {
                kind: t(`docKind.${removing.doc.kind}`),
                number: removing.doc.numberMasked,
              })
            : ''
        }
        confirmLabel={tc('actions.delete')}
        testId="confirm-remove-doc"
        onClose={() => setRemoving((s) => ({ ...s, open: false }))}
        onConfirm={async () => {
          await unwrap(api.customers.removeDocument({ id: removing.doc!.id }))
          notify(t('profileExtra.docRemoved'))
        }}
      />
    </Paper>
  )
}
