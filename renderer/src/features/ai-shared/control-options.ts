import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessment } from '../../app/assessment-context';
import { useTitledControls, type ControlOption, type ControlPickerProps } from '../../components/ControlPicker';

/** The checklist's controls with their titles in the UI language, in id order. */
export function useControlOptions(): ControlOption[] {
  const { controls } = useAssessment();
  const sorted = useMemo(
    () => [...(controls ?? [])].sort((a, b) => a.controlId.localeCompare(b.controlId, 'en', { numeric: true })),
    [controls],
  );
  return useTitledControls(sorted);
}

/** What the AI-readiness editors give the control picker: the checklist in id order, their texts and look. */
export function useAiControlPicker(legend: string, hint: string): Omit<ControlPickerProps, 'value' | 'onChange'> {
  const { t } = useTranslation();
  return {
    options: useControlOptions(),
    labels: {
      legend,
      hint,
      chosen: (count) => t('ai.common.picker.chosen', { count }),
      chosenList: t('ai.common.picker.chosenLabel'),
      remove: (id) => t('ai.common.picker.remove', { id }),
      search: t('ai.common.picker.search'),
      noMatch: (query) => t('ai.common.picker.noMatch', { query }),
    },
    classes: { root: 'ai-picker', chips: 'ai-chips ai-chip-list', chip: 'ai-chip', remove: 'ai-chip-remove' },
  };
}
