import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Paper,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ImportTarget } from '../../../shared/imports/import-fields'
import type { ImportField } from '../../../shared/imports/resource-fields'
import type {
  DryRun,
  GroupChoice,
  HeaderChoice,
  ImportReport,
  OpenedFile,
} from '../../../shared/imports/imports.types'
import { api, unwrap } from '../api/client'
import { useSession } from '../app/session'
import { useFormErrors } from '../components/useFormErrors'
import { fileChunks } from './file-data'
import { ImportHistory } from './ImportHistory'
import { MappingStep } from './MappingStep'
import { ReviewStep } from './ReviewStep'
import { ReportStep } from './ReportStep'
import { listPathOf, targetWord } from './target-words'

type Step = 'pick' | 'map' | 'review' | 'done'
const steps: Step[] = ['pick', 'map', 'review', 'done']

/**
 * The import wizard for customer files, guides or suppliers: file → sheet and columns → dry run with
 * duplicate choices → import → report. One wizard; what differs per kind is main's (ImportKind).
 */
export function ImportScreen({
  target = 'customers',
  tripId,
}: {
  target?: ImportTarget
  /** the trip a sign-up sheet's people join (target participants) */
  tripId?: number
}) {
  const { t } = useTranslation('imports')
  const navigate = useNavigate()
  const { status } = useSession()
  const errors = useFormErrors()
  const [step, setStep] = useState<Step>('pick')
  const [opened, setOpened] = useState<OpenedFile | null>(null)
  const [where, setWhere] = useState({ sheet: 0, headerRow: 0 })
  const [choice, setChoice] = useState<HeaderChoice | null>(null)
  const [mapping, setMapping] = useState<Record<string, ImportField>>({})
  const [dry, setDry] = useState<DryRun | null>(null)
  const [decisions, setDecisions] = useState<Record<string, GroupChoice>>({})
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [cancelled, setCancelled] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  // a progress event can arrive after the run's answer: only those of a run still going count
  const running = useRef(false)

  useEffect(
    () =>
      api.on('imports.progress', (p) => {
        if (p.token === opened?.token && running.current) setProgress({ done: p.done, total: p.total })
      }),
    [opened?.token],
  )

  const pick = async (file: File | undefined) => {
    if (!file) return
    const o = await errors.capture(async () =>
      unwrap(api.imports.open({ fileName: file.name, data: await fileChunks(file) })),
    )
    if (input.current) input.current.value = ''
    if (!o) return
    setOpened(o)
    setCancelled(false)
    await choose(o, 0, 0)
  }

  const choose = async (o: OpenedFile, sheet: number, headerRow: number) => {
    const c = await errors.capture(() =>
      unwrap(api.imports.headers({ token: o.token, target, tripId, sheet, headerRow })),
    )
    if (!c) return
    setWhere({ sheet, headerRow })
    setChoice(c)
    setMapping(c.mapping)
    setStep('map')
  }

  const check = async () => {
    if (!opened) return
    const d = await errors.capture(() =>
      unwrap(api.imports.dryRun({ token: opened.token, target, tripId, ...where, mapping })),
    )
    if (!d) return
    setDry(d)
    setDecisions({})
    setStep('review')
  }

  const start = async () => {
    if (!opened) return
    setProgress({ done: 0, total: dry?.valid ?? 0 })
    running.current = true
    const r = await errors.capture(() =>
      unwrap(api.imports.run({ token: opened.token, target, tripId, ...where, mapping, decisions })),
    )
    running.current = false
    setProgress(null)
    if (!r) return
    if (r.cancelled) {
      setCancelled(true)
      return
    }
    setReport(r)
    setStep('done')
  }

  const again = () => {
    setStep('pick')
    setOpened(null)
    setReport(null)
    setDry(null)
  }

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {targetWord(t, target, 'title')}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Button onClick={() => navigate(tripId ? `/trips/${tripId}?tab=participants` : listPathOf[target])}>
          {targetWord(t, target, 'back')}
        </Button>
      </Stack>
      <Stepper activeStep={steps.indexOf(step)}>
        {steps.map((s) => (
          <Step key={s}>
            <StepLabel>{t(`steps.${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {errors.form && (
        <Alert severity="error" data-testid="import-error">
          {errors.fields.data ?? errors.form}
        </Alert>
      )}
      {cancelled && <Alert severity="info">{t('cancelled')}</Alert>}
      <Paper sx={{ p: 2 }}>
        {opened && step !== 'pick' && (
          <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="import-encoding">
            {t('encoding.label', { name: t(`encoding.${opened.encoding}`) })}
          </Typography>
        )}
        {step === 'pick' && (
          <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Typography>{t('pick.hint')}</Typography>
            <Button variant="contained" component="label">
              {t('pick.choose')}
              <input
                ref={input}
                hidden
                type="file"
                accept=".xlsx,.csv,.txt"
                data-testid="import-file"
                onChange={(e) => void pick(e.target.files?.[0])}
              />
            </Button>
          </Stack>
        )}
        {step === 'map' && opened && choice && (
          <MappingStep
            target={target}
            opened={opened}
            {...where}
            choice={choice}
            mapping={mapping}
            onWhere={(s, h) => void choose(opened, s, h)}
            onMapping={setMapping}
            onCheck={() => void check()}
            fieldErrors={errors.fields}
          />
        )}
        {step === 'review' && dry && !progress && (
          <ReviewStep
            target={target}
            dry={dry}
            decisions={decisions}
            onDecide={(k, c) => setDecisions((d) => ({ ...d, [k]: c }))}
            onStart={() => void start()}
            onBack={() => setStep('map')}
          />
        )}
        {progress && opened && (
          <Stack spacing={1} data-testid="import-progress">
            <Typography>{t('running', progress)}</Typography>
            <LinearProgress
              variant="determinate"
              value={progress.total ? (100 * progress.done) / progress.total : 0}
            />
            <Box>
              <Button color="warning" onClick={() => void api.imports.cancel({ token: opened.token })}>
                {t('cancel')}
              </Button>
            </Box>
          </Stack>
        )}
        {step === 'done' && report && <ReportStep report={report} target={target} onAgain={again} />}
      </Paper>
      <ImportHistory
        target={target}
        tripId={tripId}
        canUndo={status.staff?.role === 'admin' || status.staff?.role === 'manager'}
      />
    </Stack>
  )
}
