import {
  Box,
  Dialog,
  DialogContent,
  DialogTitle,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material'
import CloseOutlined from '@mui/icons-material/CloseOutlined'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'

/** Every shortcut TourDesk has, grouped by where it works; the keys are the ones the code listens to. */
const sections: { key: string; rows: { combos: string[][]; what: string }[] }[] = [
  {
    key: 'everywhere',
    rows: [
      { combos: [['Ctrl', 'K']], what: 'find' },
      { combos: [['Ctrl', 'N']], what: 'new' },
      { combos: [['Ctrl', 'S']], what: 'save' },
      { combos: [['Alt', '←']], what: 'back' },
      { combos: [['Alt', '→']], what: 'forward' },
      { combos: [['?']], what: 'help' },
      { combos: [['Esc']], what: 'close' },
    ],
  },
  {
    key: 'lists',
    rows: [
      { combos: [['A–Z']], what: 'typeToSearch' },
      { combos: [['↑'], ['↓']], what: 'move' },
      { combos: [['Enter']], what: 'open' },
    ],
  },
  {
    key: 'home',
    rows: [
      { combos: [['D']], what: 'done' },
      { combos: [['S']], what: 'snooze' },
      { combos: [['G']], what: 'greeting' },
    ],
  },
  {
    key: 'customer',
    rows: [{ combos: [['Ctrl', 'L']], what: 'logCall' }],
  },
  {
    key: 'itinerary',
    rows: [
      {
        combos: [
          ['Alt', '↑'],
          ['Alt', '↓'],
        ],
        what: 'moveItem',
      },
    ],
  },
  {
    key: 'dialogs',
    rows: [{ combos: [['Ctrl', 'Enter']], what: 'submit' }],
  },
]

/** One key combination (Ctrl + K); alternatives are separated by a slash. */
function Keys({ combos }: { combos: string[][] }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.75, whiteSpace: 'nowrap' }}>
      {combos.map((keys, i) => (
        <Fragment key={keys.join('+')}>
          {i > 0 && <span aria-hidden>/</span>}
          <Combo keys={keys} />
        </Fragment>
      ))}
    </Box>
  )
}

function Combo({ keys }: { keys: string[] }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, whiteSpace: 'nowrap' }}>
      {keys.map((k, i) => (
        <Fragment key={k}>
          {i > 0 && <span aria-hidden>+</span>}
          <Box
            component="kbd"
            sx={{
              px: 0.75,
              border: 1,
              borderColor: 'divider',
              borderRadius: 0.5,
              fontFamily: 'inherit',
              fontSize: 13,
              bgcolor: 'action.hover',
            }}
          >
            {k}
          </Box>
        </Fragment>
      ))}
    </Box>
  )
}

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('shell')
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth data-testid="shortcut-sheet">
      <DialogTitle sx={{ pr: 6 }}>
        {t('keys.title')}
        <IconButton
          aria-label={t('keys.close')}
          onClick={onClose}
          sx={{ position: 'absolute', right: 8, top: 8 }}
        >
          <CloseOutlined />
        </IconButton>
      </DialogTitle>
      <DialogContent sx={{ columnCount: { xs: 1, md: 2 }, columnGap: 4 }}>
        {sections.map((s) => (
          <Box key={s.key} sx={{ breakInside: 'avoid', mb: 2 }}>
            <Typography variant="subtitle2" color="text.secondary">
              {t(`keys.section.${s.key}`)}
            </Typography>
            <Table size="small">
              <TableBody>
                {s.rows.map((r) => (
                  <TableRow key={r.what}>
                    <TableCell sx={{ width: 150, pl: 0 }}>
                      <Keys combos={r.combos} />
                    </TableCell>
                    <TableCell>{t(`keys.what.${r.what}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        ))}
      </DialogContent>
    </Dialog>
  )
}
