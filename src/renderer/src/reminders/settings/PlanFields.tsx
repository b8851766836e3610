import { Box, Button, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material'
import AddOutlined from '@mui/icons-material/AddOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from 'react-i18next'
import { visitUnits } from '../../../../shared/reminders/reminder-settings'
import type { VisitUnit } from '../../../../shared/reminders/reminder-settings'
import type { SettingsDraft } from './settingsDraft'

type FieldProps = (path: string, help?: string) => { error: boolean; helperText?: string }

/** main keeps at most this many steps */
const MAX_STEPS = 12

/** The return-visit plan: steps after the return (1 week, 3 months, 1 year…), added and removed freely. */
export function PlanFields({
  plan,
  onChange,
  disabled,
  fieldProps,
}: {
  plan: SettingsDraft['plan']
  onChange: (plan: SettingsDraft['plan']) => void
  disabled: boolean
  fieldProps: FieldProps
}) {
  const { t } = useTranslation('reminders')
  const setStep = (i: number, v: Partial<SettingsDraft['plan'][number]>) =>
    onChange(plan.map((s, j) => (j === i ? { ...s, ...v } : s)))

  return (
    <Box data-testid="settings-plan">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('settings.planHelp')}
      </Typography>
      <Stack spacing={1.5}>
        {plan.map((s, i) => (
          <Stack
            key={i}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'flex-start' }}
            data-testid="plan-step"
          >
            <TextField
              label={t('settings.amount')}
              value={s.amount}
              disabled={disabled}
              onChange={(e) => setStep(i, { amount: e.target.value })}
              {...fieldProps(`returnVisitPlan.${i}.amount`)}
              sx={{ width: 96 }}
              slotProps={{
                htmlInput: { inputMode: 'numeric', maxLength: 3, 'data-testid': `plan-amount-${i}` },
              }}
            />
            <TextField
              select
              label={t('settings.unit')}
              value={s.unit}
              disabled={disabled}
              onChange={(e) => setStep(i, { unit: e.target.value as VisitUnit })}
              sx={{ width: 120 }}
              slotProps={{ htmlInput: { 'data-testid': `plan-unit-${i}` } }}
            >
              {visitUnits.map((u) => (
                <MenuItem key={u} value={u}>
                  {t(`unit.${u}`)}
                </MenuItem>
              ))}
            </TextField>
            <Tooltip title={t('settings.removeStep')}>
              <span>
                <IconButton
                  disabled={disabled}
                  aria-label={t('settings.removeStep')}
                  onClick={() => onChange(plan.filter((_s, j) => j !== i))}
                  data-testid={`plan-remove-${i}`}
                >
                  <DeleteOutlined fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
          </Stack>
        ))}
      </Stack>
      {fieldProps('returnVisitPlan').error && (
        <Typography variant="caption" color="error">
          {fieldProps('returnVisitPlan').helperText}
        </Typography>
      )}
      <Button
        startIcon={<AddOutlined />}
        disabled={disabled || plan.length >= MAX_STEPS}
        onClick={() => onChange([...plan, { amount: '1', unit: 'month' }])}
        sx={{ mt: 1 }}
        data-testid="plan-add"
      >
        {t('settings.addStep')}
      </Button>
    </Box>
  )
}
