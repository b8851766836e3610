import {
  Alert,
  Autocomplete,
  Box,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { relationKinds } from '../../../../shared/customers/customer.schema'
import type { RelationKind } from '../../../../shared/customers/customer.schema'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useFormErrors } from '../../components/useFormErrors'
import { GuardedCancel, GuardedDialog, useDirty } from '../../components/GuardedDialog'

interface Person {
  id: number
  name: string
  mobile: string | null
  age: number | null
}

/** Link another customer (found as you type) as this customer's spouse, child, friend… */
export function RelationDialog({
  open,
  customerId,
  excludeIds,
  onClose,
  onSaved,
}: {
  open: boolean
  customerId: number
  /** this customer and the people already linked */
  excludeIds: number[]
  onClose: () => void
  onSaved: () => void
}) {
  const { t, i18n } = useTranslation('customers')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  const [text, setText] = useState('')
  const [other, setOther] = useState<Person | null>(null)
  const [kind, setKind] = useState<RelationKind>('spouse')
  const dirty = useDirty({ text, other: other?.id ?? null, kind })
  const q = text.trim()
  const found = useQuery(
    () =>
      q
        ? api.customers.lookup({ q, limit: 10 })
        : Promise.resolve({ ok: true as const, value: [] as Person[] }),
    [q],
  )
  const options = (found.data ?? []).filter((o) => !excludeIds.includes(o.id))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!other) {
      errors.setFields({ otherId: tc('errors:required') })
      return
    }
    setBusy(true)
    const ok = await errors.capture(async () => {
      await unwrap(api.customers.addRelation({ customerId, otherId: other.id, kind }))
      return true
    })
    setBusy(false)
    if (ok) onSaved()
  }

  const relationWord = i18n.language === 'en' ? t(`relation.${kind}`).toLowerCase() : t(`relation.${kind}`)
  const detail = (o: Person) =>
    [o.age != null ? t('age', { age: o.age }) : null, o.mobile].filter(Boolean).join(' · ')

  return (
    <GuardedDialog open={open} dirty={dirty} busy={busy} onClose={onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('relationDialog.title')}</DialogTitle>
        <DialogContent>
          {errors.form && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errors.form}
            </Alert>
          )}
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Autocomplete<Person>
              options={options}
              value={other}
              onChange={(_e, v) => setOther(v)}
              inputValue={text}
              onInputChange={(_e, v) => setText(v)}
              filterOptions={(x) => x}
              getOptionLabel={(o) => o.name}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              loading={found.loading && !!q}
              noOptionsText={q ? t('noMatch') : t('profileExtra.typeToSearch')}
              loadingText={tc('loading')}
              renderOption={({ key, ...props }, o) => (
                <Box component="li" key={key} {...props} data-testid={`relation-option-${o.id}`}>
                  <Box>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {o.name}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {detail(o)}
                    </Typography>
                  </Box>
                </Box>
              )}
              renderInput={(params) => (
                <TextField
                  {...params}
                  autoFocus
                  label={t('relationDialog.other')}
                  placeholder={t('profileExtra.customerSearch')}
                  {...errors.fieldProps('otherId')}
                  slotProps={{
                    ...params.slotProps,
                    htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'relation-search' },
                  }}
                />
              )}
            />
            <TextField
              select
              label={t('relationDialog.kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as RelationKind)}
              {...errors.fieldProps('kind')}
              slotProps={{ htmlInput: { 'data-testid': 'relation-kind' } }}
            >
              {relationKinds.map((k) => (
                <MenuItem key={k} value={k}>
                  {t(`relation.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            {other && (
              <Typography variant="body2" color="text.secondary" data-testid="relation-preview">
                {t('profileExtra.relationSentence', { name: other.name, relation: relationWord })}
              </Typography>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy}>{tc('actions.cancel')}</GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid="relation-save">
            {tc('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </GuardedDialog>
  )
}
