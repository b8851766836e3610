import {
  Alert,
  Button,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DatabaseStatus, ServerProbe, StoreKind } from '../../../shared/database/database.api'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'
import { Section } from '../settings/Section'
import { DataMove } from './DataMove'

type Fields = { host: string; port: string; database: string; user: string; password: string; ssl: boolean }

const fieldsOf = (s: DatabaseStatus): Fields => ({
  host: s.server?.host ?? '',
  port: String(s.server?.port ?? 5432),
  database: s.server?.database ?? 'tourdesk',
  user: s.server?.user ?? 'tourdesk',
  password: '',
  ssl: s.server?.ssl ?? false,
})

/**
 * Settings → 数据库 (administrators): this PC's file or the office server, test connection, the
 * one-time moves of data, and the restart that makes a new choice take effect.
 */
export function DatabasePanel({ onDone }: { onDone: (notice: string) => void }) {
  const status = useQuery(() => api.database.status({}), [])
  const s = status.data
  if (!s) return null
  return <DatabaseForm key={JSON.stringify(s)} s={s} onDone={onDone} reload={status.reload} />
}

function DatabaseForm({
  s,
  onDone,
  reload,
}: {
  s: DatabaseStatus
  onDone: (n: string) => void
  reload: () => void
}) {
  const { t } = useTranslation('database')
  const errors = useFormErrors()
  const [kind, setKind] = useState<StoreKind>(s.chosen)
  const [v, setFields] = useState<Fields>(() => fieldsOf(s))
  const [probe, setProbe] = useState<ServerProbe | null>(null)
  // an answer about other settings than those on screen is not shown
  const setV = (next: Fields) => {
    setFields(next)
    setProbe(null)
  }
  const [busy, setBusy] = useState(false)
  const [restarting, setRestarting] = useState(false)

  const server = () => ({
    host: v.host,
    port: v.port.trim() === '' ? Number.NaN : Number(v.port),
    database: v.database,
    user: v.user,
    ssl: v.ssl,
    ...(v.password ? { password: v.password } : {}),
  })
  // the save call nests the fields under "server", the test call does not: one message per field either way
  const field = (k: keyof Fields, help?: string) => {
    const msg = errors.fields[k] ?? errors.fields[`server.${k}`]
    return { error: !!msg, helperText: msg ?? help }
  }
  const text = (k: Exclude<keyof Fields, 'ssl'>, width: number | string, extra: object = {}) => (
    <TextField
      label={t(`field.${k}`)}
      value={v[k]}
      onChange={(e) => setV({ ...v, [k]: e.target.value })}
      sx={{ width }}
      {...field(k)}
      {...extra}
      slotProps={{ htmlInput: { 'data-testid': `db-${k}` } }}
    />
  )

  const test = async () => {
    setBusy(true)
    const r = await errors.capture(() => unwrap(api.database.test(server() as never)))
    setBusy(false)
    if (r) setProbe(r)
  }
  const save = async () => {
    const input = kind === 'sqlite' ? { kind } : { kind, server: server() }
    const r = await errors.capture(() => unwrap(api.database.save(input as never)))
    if (r) {
      onDone(t('saved'))
      reload()
    }
  }
  const restart = async () => {
    const r = await errors.capture(() => unwrap(api.database.restart({})))
    if (r?.restarting) setRestarting(true)
  }

  return (
    <Stack spacing={2.5}>
      <Section title={t('title')} text={t('text')} testId="settings-database">
        {s.configProblem && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="db-config-problem">
            {t('configProblem')}
          </Alert>
        )}
        <Typography variant="body2" sx={{ mb: 1 }} data-testid="db-running">
          {t(`running.${s.running}`)}
        </Typography>
        <RadioGroup value={kind} onChange={(e) => setKind(e.target.value as StoreKind)}>
          <FormControlLabel
            value="sqlite"
            control={<Radio slotProps={{ input: { 'data-testid': 'db-kind-sqlite' } as object }} />}
            label={t('kind.sqlite')}
          />
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ ml: 4, mb: 1, wordBreak: 'break-all' }}
            data-testid="db-file"
          >
            {t('file', { file: s.sqliteFile })}
          </Typography>
          <FormControlLabel
            value="postgres"
            control={<Radio slotProps={{ input: { 'data-testid': 'db-kind-postgres' } as object }} />}
            label={t('kind.postgres')}
          />
        </RadioGroup>
        {kind === 'postgres' && (
          <Stack spacing={2} sx={{ mt: 2, ml: 4 }}>
            <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
              {text('host', 280)}
              {text('port', 150)}
              {text('database', 200)}
            </Stack>
            <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
              {text('user', 200)}
              {text('password', 280, {
                type: 'password',
                placeholder: s.server?.hasPassword ? t('passwordKept') : '',
                ...field('password', s.server?.hasPassword ? t('passwordKeptHelp') : t('passwordHelp')),
              })}
              <FormControlLabel
                sx={{ mt: 1 }}
                control={
                  <Switch
                    checked={v.ssl}
                    onChange={(e) => setV({ ...v, ssl: e.target.checked })}
                    slotProps={{ input: { 'data-testid': 'db-ssl' } as object }}
                  />
                }
                label={t('field.ssl')}
              />
            </Stack>
            {!s.canStorePassword && (
              <Alert severity="warning" data-testid="db-no-safe-storage">
                {t('noSafeStorage')}
              </Alert>
            )}
            {probe && (
              <Alert severity={probe.newer ? 'error' : 'success'} data-testid="db-probe">
                {t('probe.ok', { version: probe.version })}{' '}
                {probe.newer
                  ? t('probe.newer')
                  : probe.holdsData
                    ? t('probe.holdsData', { schema: probe.schemaVersion ?? '' })
                    : probe.hasSchema
                      ? t('probe.emptySchema', { schema: probe.schemaVersion ?? '' })
                      : t('probe.empty')}
              </Alert>
            )}
          </Stack>
        )}
        {errors.form && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="db-error">
            {errors.form}
          </Alert>
        )}
        <Stack direction="row" sx={{ gap: 1.5, mt: 2.5, flexWrap: 'wrap' }}>
          {kind === 'postgres' && (
            <Button variant="outlined" onClick={test} disabled={busy} data-testid="db-test">
              {busy ? t('testing') : t('test')}
            </Button>
          )}
          <Button variant="contained" onClick={save} data-testid="db-save">
            {t('save')}
          </Button>
        </Stack>
        {s.chosen !== s.running && (
          <Alert
            severity="info"
            sx={{ mt: 2 }}
            data-testid="db-restart-needed"
            action={
              <Button
                color="inherit"
                size="small"
                onClick={restart}
                disabled={restarting}
                data-testid="db-restart"
              >
                {t('restartNow')}
              </Button>
            }
          >
            {restarting ? t('restarting') : t('restartNeeded', { kind: t(`kind.${s.chosen}`) })}
          </Alert>
        )}
      </Section>
      <DataMove status={s} onDone={onDone} />
    </Stack>
  )
}
