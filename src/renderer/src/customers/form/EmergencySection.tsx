import { Button, IconButton, TextField } from '@mui/material'
import Grid from '@mui/material/Grid'
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined'
import AddIcon from '@mui/icons-material/Add'
import { useTranslation } from 'react-i18next'
import { Section } from './Section'
import type { SectionProps } from './types'
import { customerMax } from './formState'

type Contact = SectionProps['d']['emergencyContacts'][number]

export function EmergencySection({ d, set, err }: SectionProps) {
  const { t } = useTranslation('customers')
  const update = (i: number, p: Partial<Contact>) =>
    set({ emergencyContacts: d.emergencyContacts.map((c, j) => (j === i ? { ...c, ...p } : c)) })
  return (
    <Section title={t('form.sections.emergency')}>
      {d.emergencyContacts.map((c, i) => (
        <Grid size={12} container spacing={1.5} key={i}>
          <Grid size={4}>
            <TextField
              label={t('form.contactName')}
              value={c.name}
              onChange={(e) => update(i, { name: e.target.value })}
              {...err(`emergencyContacts.${i}.name`)}
              slotProps={{ htmlInput: { maxLength: customerMax('emergencyContacts.0.name') } }}
            />
          </Grid>
          <Grid size={3}>
            <TextField
              label={t('form.contactRelation')}
              value={c.relation}
              onChange={(e) => update(i, { relation: e.target.value })}
              {...err(`emergencyContacts.${i}.relation`)}
              slotProps={{ htmlInput: { maxLength: customerMax('emergencyContacts.0.relation') } }}
            />
          </Grid>
          <Grid size={4}>
            <TextField
              label={t('form.contactPhone')}
              value={c.phone}
              onChange={(e) => update(i, { phone: e.target.value })}
              {...err(`emergencyContacts.${i}.phone`)}
              slotProps={{ htmlInput: { maxLength: customerMax('emergencyContacts.0.phone') } }}
            />
          </Grid>
          <Grid size={1}>
            <IconButton
              aria-label={t('common:actions.remove')}
              onClick={() => set({ emergencyContacts: d.emergencyContacts.filter((_, j) => j !== i) })}
            >
              <DeleteOutline />
            </IconButton>
          </Grid>
        </Grid>
      ))}
      {d.emergencyContacts.length < 5 && (
        <Grid size={12}>
          <Button
            startIcon={<AddIcon />}
            onClick={() =>
              set({ emergencyContacts: [...d.emergencyContacts, { name: '', relation: '', phone: '' }] })
            }
          >
            {t('form.addContact')}
          </Button>
        </Grid>
      )}
      <Grid size={12}>
        <TextField
          label={t('form.notes')}
          multiline
          minRows={3}
          value={d.notes}
          onChange={(e) => set({ notes: e.target.value })}
          {...err('notes')}
          slotProps={{
            htmlInput: { 'data-testid': 'customer-field-notes', maxLength: customerMax('notes') },
          }}
        />
      </Grid>
    </Section>
  )
}
