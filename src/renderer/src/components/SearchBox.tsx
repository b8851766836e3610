import { InputAdornment, TextField, Typography } from '@mui/material'
import SearchIcon from '@mui/icons-material/Search'
import type { KeyboardEvent, Ref } from 'react'

/**
 * The big search field on top of a list; pairs with useListKeyboard. The how-to hint sits inside the
 * field's end on wide windows (a line of its own cost a row of the list at 1366×768) and stays the
 * field's description for screen readers at every width.
 */
export function SearchBox(props: {
  inputRef: Ref<HTMLInputElement>
  value: string
  placeholder: string
  help: string
  testId: string
  onChange: (q: string) => void
  onKeyDown: (e: KeyboardEvent) => void
}) {
  return (
    <TextField
      inputRef={props.inputRef}
      autoFocus
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      onKeyDown={props.onKeyDown}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
          endAdornment: (
            <InputAdornment position="end" sx={{ display: { xs: 'none', lg: 'flex' } }}>
              <Typography variant="caption" color="text.secondary" noWrap>
                {props.help}
              </Typography>
            </InputAdornment>
          ),
        },
        htmlInput: {
          'data-testid': props.testId,
          'aria-label': props.placeholder,
          'aria-description': props.help,
        },
      }}
      size="small"
      sx={{ mb: 1.5 }}
    />
  )
}
