import { Button, MenuItem, Stack, TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../shared/complaints/complaint.types'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'

/*
 * Who handles the case: any active colleague, offered to every role. The list comes from
 * `reminders.colleagues` (open to all staff) because `staff.list` is for administrators only and a
 * front desk must be able to hand a case to the colleague who knows the trip.
 */
export function AssigneePicker({ c, onAssign }: { c: ComplaintDetail; onAssign: (staffId: number) => void }) {
  const { t } = useTranslation(['caseWork', 'complaints', 'common'])
  const me = useSession().status.staff
  const people = useQuery(() => api.reminders.colleagues({}), [], ['staff'])
  const current = c.assignee?.id ?? ''
  const options = people.data ?? []
  // a former colleague still named on an old case stays readable in the box
  const gone = c.assignee && !options.some((p) => p.id === c.assignee?.id) ? [c.assignee] : []
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField
        select
        size="small"
        value={people.data ? current : ''}
        onChange={(e) => {
          const id = Number(e.target.value)
          if (id && id !== current) onAssign(id)
        }}
        sx={{ minWidth: 180 }}
        slotProps={{
          select: { displayEmpty: true },
          htmlInput: { 'aria-label': t('complaints:page.assignee'), 'data-testid': 'complaint-assignee' },
        }}
      >
        <MenuItem value="" disabled>
          {t('complaints:page.unassigned')}
        </MenuItem>
        {gone.map((p) => (
          <MenuItem key={p.id} value={p.id} disabled>
            {p.name}
          </MenuItem>
        ))}
        {options.map((p) => (
          <MenuItem key={p.id} value={p.id} data-testid="complaint-assignee-option">
            {t('assign.option', { name: p.name, role: t(`common:roles.${p.role}`) })}
          </MenuItem>
        ))}
      </TextField>
      {me && c.assignee?.id !== me.id && (
        <Button
          size="small"
          onClick={() => onAssign(me.id)}
          sx={{ whiteSpace: 'nowrap' }}
          data-testid="complaint-take"
        >
          {t('complaints:page.takeIt')}
        </Button>
      )}
    </Stack>
  )
}
