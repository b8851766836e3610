import { Alert, Button, IconButton, MenuItem, TextField } from '@mui/material'
import Grid from '@mui/material/Grid'
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined'
import AddIcon from '@mui/icons-material/Add'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { docKinds } from '../../../../shared/customers/customer.schema'
import { validateIdCard } from '../../../../shared/customers/id-card'
import { idCrossCheck } from '../../../../shared/customers/id-cross-check'
import { useFormat } from '../../format/format'
import { today } from '../../format/formatters'
import { customerMax, draftBirth, emptyDoc } from './formState'
import type { DocDraft } from './formState'
import { Section } from './Section'
import type { SectionProps } from './types'

/** Documents typed with a new file. Later changes happen on the profile, where numbers stay masked. */
export function DocumentsSection({ d, set, err }: SectionProps) {
  const { t } = useTranslation('customers')
  const f = useFormat()
  // an ID number is checked when the clerk leaves the field (a half-typed number is not an error);
  // typing again clears the message until the next blur
  const [blurred, setBlurred] = useState<Record<number, string>>({})
  const update = (i: number, p: Partial<DocDraft>) => {
    set({ documents: d.documents.map((x, j) => (j === i ? { ...x, ...p } : x)) })
    if (blurred[i]) setBlurred(({ [i]: _gone, ...rest }) => rest)
  }
  const checkOnBlur = (i: number) => {
    const doc = d.documents[i]
    const r = doc.kind === 'id_card' && doc.number.trim() ? validateIdCard(doc.number, today()) : null
    if (r && !r.ok) setBlurred((b) => ({ ...b, [i]: t(`errors:idCard.${r.reason}`) }))
  }

  return (
    <Section title={t('form.sections.documents')}>
      {d.documents.map((doc, i) => {
        const id = doc.kind === 'id_card' ? validateIdCard(doc.number, today()) : null
        const cross = id?.ok ? idCrossCheck({ birth: draftBirth(d), gender: d.gender }, id) : null
        const birthOff = !!cross && cross.birth !== 'same'
        const genderOff = !!cross && cross.gender !== 'same'
        const mismatch =
          cross?.birth === 'differs' && cross.gender === 'differs'
            ? t('form.idMismatchBoth')
            : cross?.birth === 'differs'
              ? t('form.idMismatchBirth')
              : cross?.gender === 'differs'
                ? t('form.idMismatchGender')
                : ''
        return (
          <Grid size={12} container spacing={1.5} key={i} data-testid={`doc-row-${i}`}>
            <Grid size={2.5}>
              <TextField
                select
                label={t('form.docKind')}
                value={doc.kind}
                onChange={(e) => update(i, { kind: e.target.value as DocDraft['kind'] })}
                slotProps={{ htmlInput: { 'data-testid': `doc-kind-${i}` } }}
              >
                {docKinds.map((k) => (
                  <MenuItem key={k} value={k}>
                    {t(`docKind.${k}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={3}>
              <TextField
                label={t('form.docNumber')}
                value={doc.number}
                onChange={(e) => update(i, { number: e.target.value.toUpperCase() })}
                onBlur={() => checkOnBlur(i)}
                {...blurredProps(err(`documents.${i}.number`), blurred[i])}
                slotProps={{
                  htmlInput: {
                    'data-testid': `doc-number-${i}`,
                    spellCheck: false,
                    maxLength: customerMax('documents.0.number'),
                  },
                }}
              />
            </Grid>
            <Grid size={2}>
              <TextField
                type="date"
                label={t('form.docIssueDate')}
                value={doc.issueDate}
                onChange={(e) => update(i, { issueDate: e.target.value })}
                {...err(`documents.${i}.issueDate`)}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </Grid>
            <Grid size={2}>
              <TextField
                label={t('form.docIssuePlace')}
                value={doc.issuePlace}
                onChange={(e) => update(i, { issuePlace: e.target.value })}
                {...err(`documents.${i}.issuePlace`)}
                slotProps={{ htmlInput: { maxLength: customerMax('documents.0.issuePlace') } }}
              />
            </Grid>
            <Grid size={2}>
              <TextField
                type="date"
                label={t('form.docExpiry')}
                value={doc.expiryDate}
                onChange={(e) => update(i, { expiryDate: e.target.value })}
                {...err(`documents.${i}.expiryDate`)}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `doc-expiry-${i}` } }}
              />
            </Grid>
            <Grid size={0.5}>
              <IconButton
                aria-label={t('common:actions.remove')}
                onClick={() => {
                  set({ documents: d.documents.filter((_, j) => j !== i) })
                  setBlurred({})
                }}
              >
                <DeleteOutline />
              </IconButton>
            </Grid>
            {id?.ok && (birthOff || genderOff) && (
              <Grid size={12}>
                <Alert
                  severity="info"
                  data-testid={`id-fill-${i}`}
                  action={
                    <>
                      {birthOff && (
                        // a lunar birthday is only replaced by this explicit choice, never as a side effect
                        <Button
                          color="inherit"
                          size="small"
                          onClick={() =>
                            set({ birthCalendar: 'solar', birthDate: id.birthDate, gender: id.gender })
                          }
                          data-testid={`id-fill-apply-${i}`}
                        >
                          {d.birthCalendar === 'lunar' ? t('form.idReplaceLunar') : t('form.idFillAction')}
                        </Button>
                      )}
                      {genderOff && (
                        <Button
                          color="inherit"
                          size="small"
                          onClick={() => set({ gender: id.gender })}
                          data-testid={`id-fill-gender-${i}`}
                        >
                          {t('form.idFillGender')}
                        </Button>
                      )}
                    </>
                  }
                >
                  {t('form.idCheck', {
                    mismatch,
                    fill: t('form.idFill', { birth: f.date(id.birthDate), gender: t(`gender.${id.gender}`) }),
                  })}
                </Alert>
              </Grid>
            )}
          </Grid>
        )
      })}
      <Grid size={12}>
        <Button
          startIcon={<AddIcon />}
          onClick={() => set({ documents: [...d.documents, emptyDoc()] })}
          data-testid="doc-add"
        >
          {t('form.addDocument')}
        </Button>
      </Grid>
    </Section>
  )
}

/** The message of the last save wins; otherwise the one found when the field lost focus. */
function blurredProps<P extends { error: boolean; helperText?: string }>(
  p: P,
  onBlur: string | undefined,
): P {
  return p.error || !onBlur ? p : { ...p, error: true, helperText: onBlur }
}
