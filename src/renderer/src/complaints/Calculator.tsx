import { Box, Checkbox, FormControlLabel, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { articleEn, clauseById, proposeCompensation } from '../../../shared/complaints/compensation'
import type { CompensationProposal, TripScope } from '../../../shared/complaints/compensation'
import { useFormat } from '../format/format'

/** The calculator's facts as the form holds them: numbers as typed, money in yuan. */
export interface FactsForm {
  scope: TripScope
  tourPrice: string
  cancelNoticeDays: string
  transferredWithoutConsent: boolean
  missedTransportLoss: string
  belowGradeDifference: string
  guideBelowStandardPct: string
  missedServices: string
  missedFreeSights: string
  extraShoppingStops: string
  forcedShoppingStops: string
  serviceSuspended: boolean
}

const num = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s))
const fen = (s: string): number | null => {
  const v = num(s)
  return v === null ? null : Math.round(v * 100)
}

/** The facts in the shape of the call (yuan); main recomputes the proposal from them. */
export function factsInput(f: FactsForm) {
  return {
    scope: f.scope,
    tourPrice: num(f.tourPrice) ?? 0,
    cancelNoticeDays: num(f.cancelNoticeDays),
    transferredWithoutConsent: f.transferredWithoutConsent,
    missedTransportLoss: num(f.missedTransportLoss),
    belowGradeDifference: num(f.belowGradeDifference),
    guideBelowStandardPct: num(f.guideBelowStandardPct),
    missedServices: num(f.missedServices),
    missedFreeSights: num(f.missedFreeSights) ?? 0,
    extraShoppingStops: num(f.extraShoppingStops) ?? 0,
    forcedShoppingStops: num(f.forcedShoppingStops) ?? 0,
    serviceSuspended: f.serviceSuspended,
  }
}

/** The same pure calculator main uses, run as the clerk types so the clause and figure show at once. */
export function preview(f: FactsForm): CompensationProposal {
  return proposeCompensation({
    scope: f.scope,
    tourPriceFen: fen(f.tourPrice) ?? 0,
    cancelNoticeDays: num(f.cancelNoticeDays),
    transferredWithoutConsent: f.transferredWithoutConsent,
    missedTransportLossFen: fen(f.missedTransportLoss),
    belowGradeDifferenceFen: fen(f.belowGradeDifference),
    guideBelowStandardPct: num(f.guideBelowStandardPct),
    missedServicesFen: fen(f.missedServices),
    missedFreeSights: num(f.missedFreeSights) ?? 0,
    extraShoppingStops: num(f.extraShoppingStops) ?? 0,
    forcedShoppingStops: num(f.forcedShoppingStops) ?? 0,
    serviceSuspended: f.serviceSuspended,
  })
}

export function Calculator({
  value,
  onChange,
  errors,
}: {
  value: FactsForm
  onChange: (v: FactsForm) => void
  errors: Record<string, string>
}) {
  const { t, i18n } = useTranslation('complaints')
  const fmt = useFormat()
  const p = preview(value)
  const field = (
    k: Exclude<keyof FactsForm, 'scope' | 'transferredWithoutConsent' | 'serviceSuspended'>,
    help?: string,
  ) => (
    <Grid size={{ xs: 12, sm: 6 }}>
      <TextField
        size="small"
        fullWidth
        type="number"
        label={t(`calc.${k}`)}
        value={value[k]}
        onChange={(e) => onChange({ ...value, [k]: e.target.value })}
        error={!!errors[`facts.${k}`]}
        helperText={errors[`facts.${k}`] ?? help}
        slotProps={{ htmlInput: { 'data-testid': `calc-${k}`, min: 0 } }}
      />
    </Grid>
  )
  const check = (k: 'transferredWithoutConsent' | 'serviceSuspended', label: string) => (
    <Grid size={{ xs: 12, sm: 6 }}>
      <FormControlLabel
        label={label}
        control={
          <Checkbox checked={value[k]} onChange={(e) => onChange({ ...value, [k]: e.target.checked })} />
        }
      />
    </Grid>
  )
  return (
    <Box data-testid="calc">
      <Typography variant="subtitle2" sx={{ mb: 1.5 }}>
        {t('calc.title')}
      </Typography>
      <Grid container spacing={1.5}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            select
            size="small"
            fullWidth
            label={t('calc.scope')}
            value={value.scope}
            onChange={(e) => onChange({ ...value, scope: e.target.value as TripScope })}
          >
            <MenuItem value="domestic">{t('calc.domestic')}</MenuItem>
            <MenuItem value="outbound">{t('calc.outbound')}</MenuItem>
          </TextField>
        </Grid>
        {field('tourPrice')}
        {field('cancelNoticeDays', t('calc.cancelHint'))}
        {field('forcedShoppingStops')}
        {field('extraShoppingStops')}
        {field('missedFreeSights')}
        {field('missedServices')}
        {field('belowGradeDifference')}
        {field('missedTransportLoss')}
        {field('guideBelowStandardPct')}
        {check('transferredWithoutConsent', t('calc.transferred'))}
        {check('serviceSuspended', t('calc.serviceSuspended'))}
      </Grid>
      <Stack
        spacing={0.5}
        sx={{ mt: 2, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}
        data-testid="calc-result"
      >
        {p.lines.length === 0 && <Typography color="text.secondary">{t('calc.none')}</Typography>}
        {p.lines.map((l, i) => {
          const c = clauseById(l.clauseId)
          return (
            <Typography key={i} variant="body2" data-testid={`calc-line-${l.clauseId}`}>
              {t('calc.line', {
                article: i18n.language === 'en' ? articleEn(c.article) : c.article,
                title: i18n.language === 'en' ? c.titleEn : c.titleZh,
              })}
              {' — '}
              {t('calc.lineAmount', {
                basis: fmt.money(l.basisFen / 100),
                pct: l.pct,
                times: l.count > 1 ? ` × ${l.count}` : '',
                amount: fmt.money(l.amountFen / 100),
              })}
            </Typography>
          )
        })}
        {p.lines.length > 0 && (
          <Typography sx={{ fontWeight: 700 }} data-testid="calc-total">
            {t('calc.total', { amount: fmt.money(p.totalFen / 100) })}
            {p.refundPrepaidInFull && ` · ${t('calc.refundAll')}`}
          </Typography>
        )}
      </Stack>
    </Box>
  )
}
