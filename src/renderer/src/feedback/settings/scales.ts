import type { FeedbackLevel } from '../../../../shared/feedback/template'

/** Level names and scores offered when the agency picks a 3-, 4- or 5-level scale (domain.md's forms). */
export const scales: Record<number, FeedbackLevel[]> = {
  3: [
    { builtin: 'satisfied', label: null, score: 3, satisfied: true },
    { builtin: 'neutral', label: null, score: 2, satisfied: false },
    { builtin: 'dissatisfied', label: null, score: 0, satisfied: false },
  ],
  4: [
    { builtin: 'very_satisfied', label: null, score: 4, satisfied: true },
    { builtin: 'satisfied', label: null, score: 3, satisfied: true },
    { builtin: 'neutral', label: null, score: 2, satisfied: false },
    { builtin: 'poor', label: null, score: 0, satisfied: false },
  ],
  5: [
    { builtin: 'very_satisfied', label: null, score: 5, satisfied: true },
    { builtin: 'satisfied', label: null, score: 4, satisfied: true },
    { builtin: 'neutral', label: null, score: 3, satisfied: false },
    { builtin: 'dissatisfied', label: null, score: 2, satisfied: false },
    { builtin: 'very_dissatisfied', label: null, score: 1, satisfied: false },
  ],
}
