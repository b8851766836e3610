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
import { customerCreateSchema, relationKinds } from '../../../../shared/customers/customer.schema'
import type { RelationKind } from '../../../../shared/customers/customer.schema'
import type { DuplicateMatch } from '../../../../shared/customers/customer.types'
import { zodFields } from '../../../../shared/api/zod-fields'
import { api, ApiFailure, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useFormErrors } from '../../components/useFormErrors'
import { GuardedCancel, GuardedDialog, useDirty } from '../../components/GuardedDialog'
import { DuplicateDialog } from '../form/DuplicateDialog'
import { NewRelativeFields, newRelative, relativeInput } from './NewRelativeFields'
import type { NewRelative } from './NewRelativeFields'

interface Person {
  id: number
  name: string
  mobile: string | null
  age: number | null
}

/**
 * Link another customer (found as you type) as this customer's spouse, child, friend… — or, when
 * the person has no file yet, start one here and link it in the same step (customers.createAndLink).
 */
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
  /** `created`: the name of a file made here, for the notice */
  onSaved: (created?: string) => void
}) {
  const { t, i18n } = useTranslation('customers')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  const [text, setText] = useState('')
  const [other, setOther] = useState<Person | null>(null)
  const [kind, setKind] = useState<RelationKind>('spouse')
  const [fresh, setFresh] = useState<NewRelative | null>(null)
  const [dupes, setDupes] = useState<DuplicateMatch[]>([])
  const dirty = useDirty({ text, other: other?.id ?? null, kind, fresh })
  const q = text.trim()
  const found = useQuery(
    () =>
      q
        ? api.customers.lookup({ q, limit: 10 })
        : Promise.resolve({ ok: true as const, value: [] as Person[] }),
    [q],
  )
  const options = (found.data ?? []).filter((o) => !excludeIds.includes(o.id))

  const create = async (p: NewRelative, skipDuplicates: boolean) => {
    const customer = relativeInput(p)
    // the customer form's order: its own field messages first, then the duplicate warning
    const check = customerCreateSchema.safeParse(customer)
    if (!check.success) {
      const fields = Object.entries(zodFields(check.error)).map(([k, m]) => [`customer.${k}`, m])
      errors.show(
        new ApiFailure({
          code: 'VALIDATION',
          msg: { key: 'errors.validation' },
          fields: Object.fromEntries(fields),
        }),
      )
      return
    }
    setBusy(true)
    try {
      if (!skipDuplicates && (customer.mobile || check.data.birth)) {
        const found = await errors.capture(() =>
          unwrap(
            api.customers.duplicates({
              mobile: customer.mobile,
              documents: [],
              name: check.data.name,
              birth: check.data.birth,
            }),
          ),
        )
        if (found?.length) {
          setDupes(found)
          return
        }
      }
      const done = await errors.capture(() =>
        unwrap(api.customers.createAndLink({ customerId, kind, customer })),
      )
      if (done) onSaved(check.data.name)
    } finally {
      setBusy(false)
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (fresh) return create(fresh, false)
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

  const newButton = (testId: string) => (
    <Button size="small" onClick={() => (errors.clear(), setFresh(newRelative(q)))} data-testid={testId}>
      {t('relationDialog.newFile', { name: q })}
    </Button>
  )

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
            {fresh ? (
              <NewRelativeFields
                value={fresh}
                onChange={setFresh}
                onBack={() => (errors.clear(), setFresh(null))}
                err={errors.fieldProps}
              />
            ) : (
              <>
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
                  // nobody found: the way to start their file is right where the clerk is looking
                  noOptionsText={
                    q ? (
                      <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                        <span>{t('noMatch')}</span>
                        {newButton('relation-new')}
                      </Stack>
                    ) : (
                      t('profileExtra.typeToSearch')
                    )
                  }
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
                {/* some found, none of them the person: reachable once the list is closed */}
                {q && !other && options.length > 0 && <Box>{newButton('relation-new-below')}</Box>}
              </>
            )}
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
            {(fresh || other) && (
              <Typography variant="body2" color="text.secondary" data-testid="relation-preview">
                {t('profileExtra.relationSentence', {
                  name: fresh ? fresh.name || '…' : other?.name,
                  relation: relationWord,
                })}
              </Typography>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy}>{tc('actions.cancel')}</GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid="relation-save">
            {fresh ? t('relationDialog.createAndLink') : tc('actions.save')}
          </Button>
        </DialogActions>
      </form>
      {dupes.length > 0 && (
        <DuplicateDialog
          matches={dupes}
          // the relative has a file after all: link that one instead of making a second
          onOpen={(id) => {
            const m = dupes.find((d) => d.id === id)
            setDupes([])
            setFresh(null)
            if (m) setOther({ id: m.id, name: m.name, mobile: m.mobile, age: null })
          }}
          onContinue={() => {
            setDupes([])
            if (fresh) void create(fresh, true)
          }}
          onCancel={() => setDupes([])}
        />
      )}
    </GuardedDialog>
  )
}
