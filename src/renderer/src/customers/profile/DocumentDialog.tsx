import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  MenuItem,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { docKinds, documentSchema } from '../../../../shared/customers/customer.schema'
import type { DocKind } from '../../../../shared/customers/customer.schema'
import type { DocumentView } from '../../../../shared/customers/customer.types'
import { api, unwrap } from '../../api/client'
import { limitsOf } from '../../components/limits'
import { useFormErrors } from '../../components/useFormErrors'
import { GuardedCancel, GuardedDialog, useDirty } from '../../components/GuardedDialog'

/** Add a document to a customer, or edit one (an empty number keeps the stored one). */
/** the schema's own text limits: a text longer than main accepts cannot be typed */
const docMax = limitsOf(documentSchema)

export function DocumentDialog({
  open,
  customerId,
  doc,
  onClose,
  onSaved,
}: {
  open: boolean
  customerId: number
  doc: DocumentView | null
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation('customers')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  const [kind, setKind] = useState<DocKind>(doc?.kind ?? 'id_card')
  const [number, setNumber] = useState('')
  const [issueDate, setIssueDate] = useState(doc?.issueDate ?? '')
  const [issuePlace, setIssuePlace] = useState(doc?.issuePlace ?? '')
  const [expiryDate, setExpiryDate] = useState(doc?.expiryDate ?? '')
  const dirty = useDirty({ kind, number, issueDate, issuePlace, expiryDate })
  // The add call nests the document under "document"; the update call is flat.
  const path = (f: string) => (doc ? f : `document.${f}`)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    const fields = {
      kind,
      issueDate: issueDate || null,
      issuePlace: issuePlace || null,
      expiryDate: expiryDate || null,
    }
    const ok = await errors.capture(async () => {
      if (doc) {
        await unwrap(
          api.customers.updateDocument({
            id: doc.id,
            version: doc.version,
            ...fields,
            ...(number.trim() ? { number } : {}),
          }),
        )
      } else {
        await unwrap(api.customers.addDocument({ customerId, document: { ...fields, number } }))
      }
      return true
    })
    setBusy(false)
    if (ok) onSaved()
  }

  const dateProps = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const

  return (
    <GuardedDialog open={open} dirty={dirty} busy={busy} onClose={onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t(doc ? 'docDialog.editTitle' : 'docDialog.addTitle')}</DialogTitle>
        <DialogContent>
          {errors.form && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="doc-error">
              {errors.form}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, sm: 5 }}>
              <TextField
                select
                label={t('form.docKind')}
                value={kind}
                onChange={(e) => setKind(e.target.value as DocKind)}
                {...errors.fieldProps(path('kind'))}
                slotProps={{ htmlInput: { 'data-testid': 'doc-kind' } }}
              >
                {docKinds.map((k) => (
                  <MenuItem key={k} value={k}>
                    {t(`docKind.${k}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 7 }}>
              <TextField
                label={t('form.docNumber')}
                value={number}
                required={!doc}
                autoFocus
                placeholder={doc?.numberMasked}
                onChange={(e) => setNumber(e.target.value.toUpperCase())}
                {...errors.fieldProps(path('number'), doc ? t('docDialog.numberKeep') : undefined)}
                slotProps={{
                  htmlInput: {
                    'data-testid': 'doc-number',
                    spellCheck: false,
                    autoComplete: 'off',
                    maxLength: docMax('number'),
                  },
                  inputLabel: doc ? { shrink: true } : undefined,
                }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                label={t('form.docIssueDate')}
                value={issueDate}
                onChange={(e) => setIssueDate(e.target.value)}
                {...errors.fieldProps(path('issueDate'))}
                {...dateProps}
                slotProps={{ ...dateProps.slotProps, htmlInput: { 'data-testid': 'doc-issue-date' } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                label={t('form.docExpiry')}
                value={expiryDate}
                onChange={(e) => setExpiryDate(e.target.value)}
                {...errors.fieldProps(path('expiryDate'))}
                {...dateProps}
                slotProps={{ ...dateProps.slotProps, htmlInput: { 'data-testid': 'doc-expiry' } }}
              />
            </Grid>
            <Grid size={12}>
              <TextField
                label={t('form.docIssuePlace')}
                value={issuePlace}
                onChange={(e) => setIssuePlace(e.target.value)}
                {...errors.fieldProps(path('issuePlace'))}
                slotProps={{
                  htmlInput: { 'data-testid': 'doc-issue-place', maxLength: docMax('issuePlace') },
                }}
              />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy} data-testid="doc-cancel">
            {tc('actions.cancel')}
          </GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid="doc-save">
            {tc('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </GuardedDialog>
  )
}
