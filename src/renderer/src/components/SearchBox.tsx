import { InputAdornment, TextField } from '@mui/material'
import SearchIcon from '@mui/icons-material/Search'
import type { KeyboardEvent, Ref } from 'react'

/** The big search field on top of a list; pairs with useListKeyboard. */
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
      helperText={props.help}
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
        },
        htmlInput: { 'data-testid': props.testId, 'aria-label': props.placeholder },
      }}
      sx={{ mb: 2 }}
    />
  )
}
