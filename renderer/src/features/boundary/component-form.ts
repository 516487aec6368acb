import type { DataClasses } from '../../../../shared/boundary/types';
import {
  componentInputSchema,
  DEFAULT_PATHS,
  type BoundaryComponent,
  type ComponentInput,
  type ComponentKind,
} from '../../../../shared/boundary/types';
import { fieldErrors } from '../ai-shared/form-errors';

/** The component editor's state: the input main takes, every field present. */
export interface ComponentForm {
  id: string | null;
  kind: ComponentKind;
  name: string;
  inScope: boolean;
  scopeReason: string;
  ownerName: string;
  data: DataClasses;
  controlIds: string[];
  onTrainingPath: boolean;
  onInferencePath: boolean;
  flowOrder: number | null;
  notes: string;
}

export function formOf(component: BoundaryComponent | null, kind: ComponentKind = 'data_source'): ComponentForm {
  if (!component) {
    return {
      id: null,
      kind,
      name: '',
      inScope: true,
      scopeReason: '',
      ownerName: '',
      data: { personal: false, confidential: false, customer: false },
      controlIds: [],
      onTrainingPath: DEFAULT_PATHS[kind].training,
      onInferencePath: DEFAULT_PATHS[kind].inference,
      flowOrder: null,
      notes: '',
    };
  }
  return {
    id: component.id,
    kind: component.kind,
    name: component.name,
    inScope: component.inScope,
    scopeReason: component.scopeReason,
    ownerName: component.ownerName,
    data: component.data,
    controlIds: component.controlIds,
    onTrainingPath: component.onTrainingPath,
    onInferencePath: component.onInferencePath,
    flowOrder: component.flowOrder,
    notes: component.notes,
  };
}

export function inputOf(form: ComponentForm): ComponentInput {
  const { id, flowOrder, ...rest } = form;
  return {
    ...rest,
    ...(id === null ? {} : { id }),
    ...(flowOrder === null ? {} : { flowOrder }),
    scopeReason: form.inScope ? '' : form.scopeReason,
  };
}

/** Field errors by path ('name', 'scopeReason'), in the UI's words where it has them. */
export function componentErrors(form: ComponentForm, message: (path: string) => string | undefined) {
  return fieldErrors(componentInputSchema, inputOf(form), message);
}
