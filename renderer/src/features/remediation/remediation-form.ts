import type { OwnerFunction } from '../../../../shared/domain';
import {
  remediationInputSchema,
  type RemediationInput,
  type RemediationItem,
  type RemediationPriority,
  type RemediationStatus,
} from '../../../../shared/remediation/plan';
import { fieldErrors } from '../ai-shared/form-errors';

/** What a new item starts from when it is created from a finding or a gap. */
export interface RemediationDraft {
  action: string;
  priority: RemediationPriority;
  controlIds: string[];
  findingKeys: string[];
}

export interface RemediationForm {
  id: string | null;
  action: string;
  ownerName: string;
  ownerFunction: OwnerFunction | '';
  dueDate: string;
  priority: RemediationPriority;
  status: RemediationStatus;
  controlIds: string[];
  findingKeys: string[];
  notes: string;
}

export function formOf(item: RemediationItem | null, draft: RemediationDraft | null = null): RemediationForm {
  return {
    id: item?.id ?? null,
    action: item?.action ?? draft?.action ?? '',
    ownerName: item?.ownerName ?? '',
    ownerFunction: item?.ownerFunction ?? '',
    dueDate: item?.dueDate ?? '',
    priority: item?.priority ?? draft?.priority ?? 'medium',
    status: item?.status ?? 'open',
    controlIds: item?.controlIds ?? draft?.controlIds ?? [],
    findingKeys: item?.findingKeys ?? draft?.findingKeys ?? [],
    notes: item?.notes ?? '',
  };
}

export function inputOf(form: RemediationForm): RemediationInput {
  return {
    ...(form.id === null ? {} : { id: form.id }),
    action: form.action,
    ownerName: form.ownerName,
    ownerFunction: form.ownerFunction === '' ? null : form.ownerFunction,
    dueDate: form.dueDate.trim() === '' ? null : form.dueDate.trim(),
    priority: form.priority,
    status: form.status,
    controlIds: form.controlIds,
    findingKeys: form.findingKeys,
    notes: form.notes,
  };
}

export function remediationErrors(form: RemediationForm, message: (path: string) => string | undefined) {
  return fieldErrors(remediationInputSchema, inputOf(form), message);
}

/** The rule id of a finding key (`FW-AI-05|vendor:…` → `FW-AI-05`). */
export function ruleOfKey(key: string): string {
  return key.split('|')[0] ?? key;
}
