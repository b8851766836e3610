import { Button, Chip, Stack, Typography } from '@mui/material'
import type { Dispatch, SetStateAction } from 'react'
import { useTranslation } from 'react-i18next'
import { genders } from '../../../shared/customers/customer.schema'
import type { Gender } from '../../../shared/customers/customer.schema'
import type { TripDetail } from '../../../shared/trips/trip.types'
import { SubjectPicker } from '../reminders/SubjectPicker'
import { PersonFields } from './PersonFields'
import type { Person } from './PersonFields'

export type FileRef = { id: number; name: string }

const blankPerson = (): Person => ({
  name: '',
  gender: 'unknown',
  nationality: '',
  address: '',
  postcode: '',
  phone: '',
})

/**
 * The complainants of a new case: customer files (the group's travellers as chips, or found by the
 * usual search) and people without a file. Files come first in the call, so a person's field errors
 * are numbered after them.
 */
export function ComplainantsSection({
  trip,
  files,
  setFiles,
  people,
  setPeople,
  errors,
}: {
  trip: TripDetail | null
  files: FileRef[]
  setFiles: Dispatch<SetStateAction<FileRef[]>>
  people: Person[]
  setPeople: Dispatch<SetStateAction<Person[]>>
  errors: Record<string, string>
}) {
  const { t } = useTranslation('complaints')
  const toggleFile = (c: FileRef) =>
    setFiles((fs) => (fs.some((f) => f.id === c.id) ? fs.filter((f) => f.id !== c.id) : [...fs, c]))
  const travellers = (trip?.participants ?? []).filter((p) => p.customer.id !== null)

  return (
    <>
      <Typography variant="subtitle2">{t('form.complainants')}</Typography>
      {errors.complainants && (
        <Typography color="error" variant="caption">
          {errors.complainants}
        </Typography>
      )}
      {travellers.length > 0 && (
        <Stack
          direction="row"
          useFlexGap
          spacing={1}
          sx={{ flexWrap: 'wrap' }}
          aria-label={t('form.fromTrip')}
        >
          {travellers.map((p) => (
            <Chip
              key={p.id}
              label={p.customer.name}
              color={files.some((f) => f.id === p.customer.id) ? 'primary' : 'default'}
              onClick={() => toggleFile({ id: p.customer.id!, name: p.customer.name })}
              data-testid={`complaint-form-traveller-${p.customer.name}`}
            />
          ))}
        </Stack>
      )}
      <SubjectPicker
        kind="customer"
        value={null}
        onChange={(v) =>
          v && !files.some((f) => f.id === v.id) && setFiles((fs) => [...fs, { id: v.id, name: v.label }])
        }
        testId="complaint-form-customer"
      />
      <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
        {files.map((f) => (
          <Chip
            key={f.id}
            color="primary"
            label={f.name}
            onDelete={() => toggleFile(f)}
            data-testid="complaint-form-file"
          />
        ))}
      </Stack>
      {people.map((p, i) => (
        <PersonFields
          key={i}
          index={i}
          value={p}
          errors={errors}
          offset={files.length}
          genders={genders as readonly Gender[]}
          onChange={(v) => setPeople((ps) => ps.map((x, j) => (j === i ? v : x)))}
          onRemove={() => setPeople((ps) => ps.filter((_x, j) => j !== i))}
        />
      ))}
      <Button
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => setPeople((ps) => [...ps, blankPerson()])}
        data-testid="complaint-form-add-person"
      >
        {t('form.addPerson')}
      </Button>
    </>
  )
}
