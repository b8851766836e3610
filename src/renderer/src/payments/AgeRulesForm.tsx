import { Alert, Button, Stack, TextField, Typography } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MoneyPolicy } from '../../../shared/payments/payment.types'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'

const keys = ['infantUnder', 'noBedUnder', 'childUnder'] as const

/** The agency's age rules for price types (Settings); managers and admins change them. */
export function AgeRulesForm({ canEdit, onDone }: { canEdit: boolean; onDone: (text: string) => void }) {
  const q = useQuery<MoneyPolicy>(() => api.payments.policy({}), [], ['trip'])
  // keyed on the version: a save (here or elsewhere) starts the form again from what is stored
  return q.data ? <RulesForm key={q.data.version} policy={q.data} canEdit={canEdit} onDone={onDone} /> : null
}

function RulesForm({
  policy,
  canEdit,
  onDone,
}: {
  policy: MoneyPolicy
  canEdit: boolean
  onDone: (text: string) => void
}) {
  const { t } = useTranslation('payments')
  const errors = useFormErrors()
  const [form, setForm] = useState({
    infantUnder: String(policy.infantUnder),
    noBedUnder: String(policy.noBedUnder),
    childUnder: String(policy.childUnder),
  })
  const [busy, setBusy] = useState(false)

  const save = async () => {
    setBusy(true)
    const ok = await errors.capture(() =>
      unwrap(
        api.payments.setPolicy({
          infantUnder: Number(form.infantUnder),
          noBedUnder: Number(form.noBedUnder),
          childUnder: Number(form.childUnder),
          version: policy.version,
        }),
      ),
    )
    setBusy(false)
    if (ok) onDone(t('policy.saved'))
  }

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t('policy.hint')}
      </Typography>
      {errors.form && <Alert severity="error">{errors.form}</Alert>}
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        {keys.map((k) => (
          <TextField
            key={k}
            type="number"
            label={t(`policy.${k}`)}
            value={form[k]}
            disabled={!canEdit}
            onChange={(e) => setForm({ ...form, [k]: e.target.value })}
            slotProps={{ htmlInput: { min: 0, max: 18, 'data-testid': `age-rule-${k}` } }}
            sx={{ width: 200 }}
            {...errors.fieldProps(k)}
          />
        ))}
      </Stack>
      {canEdit && (
        <div>
          <Button variant="contained" onClick={save} disabled={busy} data-testid="age-rules-save">
            {t('policy.save')}
          </Button>
        </div>
      )}
    </Stack>
  )
}
