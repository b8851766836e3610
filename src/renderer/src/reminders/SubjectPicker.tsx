import { Autocomplete, Box, TextField, Typography } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormat } from '../format/format'

/** A customer or trip a task is about: id and the label the clerk recognises it by. */
export interface PickedSubject {
  id: number
  label: string
  detail: string
}

const none = { ok: true as const, value: [] as PickedSubject[] }

/**
 * The app's instant search (customers by name, pinyin, phone; trips by 团号, route, destination)
 * as one field, so a task can be tied to whom or what it is about without leaving the dialog.
 */
export function SubjectPicker({
  kind,
  value,
  onChange,
  error,
  testId,
}: {
  kind: 'customer' | 'trip'
  value: PickedSubject | null
  onChange: (v: PickedSubject | null) => void
  error?: { error: boolean; helperText?: string }
  testId: string
}) {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const [text, setText] = useState('')
  const q = text.trim()
  const found = useQuery<PickedSubject[]>(async () => {
    if (!q || q === value?.label) return none
    if (kind === 'customer') {
      const r = await api.customers.lookup({ q, limit: 8 })
      if (!r.ok) return r
      return {
        ok: true as const,
        value: r.value.map((c) => ({ id: c.id, label: c.name, detail: c.mobile ?? '' })),
      }
    }
    const r = await api.trips.search({ q, page: 0, pageSize: 8 })
    if (!r.ok) return r
    return {
      ok: true as const,
      value: r.value.rows.map((x) => ({
        id: x.id,
        label: x.code,
        detail: `${x.routeName} · ${fmt.date(x.departDate)}`,
      })),
    }
  }, [kind, q, fmt.lang])

  return (
    <Autocomplete<PickedSubject>
      options={found.data ?? []}
      value={value}
      onChange={(_e, v) => onChange(v)}
      inputValue={text}
      onInputChange={(_e, v) => setText(v)}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={found.loading && !!q}
      noOptionsText={q ? t('picker.noMatch') : t(`picker.typeTo.${kind}`)}
      loadingText={tc('loading')}
      renderOption={({ key, ...props }, o) => (
        <Box component="li" key={key} {...props} data-testid={`${testId}-option-${o.id}`}>
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {o.label}
            </Typography>
            {o.detail && (
              <Typography variant="caption" color="text.secondary">
                {o.detail}
              </Typography>
            )}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t(`picker.label.${kind}`)}
          placeholder={t(`picker.placeholder.${kind}`)}
          {...error}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId },
          }}
        />
      )}
    />
  )
}
