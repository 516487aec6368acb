import { z } from 'zod';
import type { DataFlow } from '../boundary/data-flow';
import { componentInputSchema, type BoundaryComponent } from '../boundary/types';
import type { OwnershipMatrix } from '../ownership/matrix';
import { remediationInputSchema, type RemediationItemView } from '../remediation/plan';
import type { FindingsResult, FindingView } from '../rules/types';
import type { VendorView } from '../vendors/staleness';
import { vendorInputSchema } from '../vendors/types';

/**
 * The AI-readiness channels (boundary, vendors, ownership, findings, remediation), spread into the one
 * IPC contract in contract.ts. Same conventions: one object argument, validated with zod at the door.
 */

const id = z.string().min(1).max(64);
const assessment = { assessmentId: id };

function out<T>(): T {
  return undefined as T;
}

export const aiReadinessContract = {
  'boundary:list': { input: z.strictObject(assessment), output: out<BoundaryComponent[]>() },
  'boundary:save': {
    input: z.strictObject({ ...assessment, component: componentInputSchema }),
    output: out<BoundaryComponent>(),
  },
  'boundary:delete': { input: z.strictObject({ ...assessment, id }), output: out<{ deleted: true }>() },
  /** `lang`: the language the starter components are named in (the UI passes its own; default English). */
  'boundary:addStarter': {
    input: z.strictObject({ ...assessment, lang: z.enum(['en', 'fr']).optional() }),
    output: out<{ added: number; components: BoundaryComponent[] }>(),
  },
  /** The data-flow structure and the same drawn as a standalone SVG document. */
  'boundary:dataFlow': { input: z.strictObject(assessment), output: out<{ flow: DataFlow; svg: string }>() },
  'vendor:list': { input: z.strictObject(assessment), output: out<VendorView[]>() },
  'vendor:save': { input: z.strictObject({ ...assessment, vendor: vendorInputSchema }), output: out<VendorView>() },
  'vendor:delete': { input: z.strictObject({ ...assessment, id }), output: out<{ deleted: true }>() },
  'ownership:get': { input: z.strictObject(assessment), output: out<OwnershipMatrix>() },
  /** `lang`: the language of the findings' titles and explanations (the UI passes its own; default English). */
  'findings:list': {
    input: z.strictObject({ ...assessment, lang: z.enum(['en', 'fr']).optional() }),
    output: out<FindingsResult>(),
  },
  'findings:mute': {
    input: z.strictObject({ ...assessment, key: z.string().min(1).max(8_000), justification: z.string().max(4_000) }),
    output: out<FindingView>(),
  },
  'findings:unmute': {
    input: z.strictObject({ ...assessment, key: z.string().min(1).max(8_000) }),
    output: out<{ unmuted: boolean }>(),
  },
  'remediation:list': { input: z.strictObject(assessment), output: out<RemediationItemView[]>() },
  'remediation:save': {
    input: z.strictObject({ ...assessment, item: remediationInputSchema, applyToControls: z.boolean().default(false) }),
    output: out<RemediationItemView>(),
  },
  'remediation:delete': { input: z.strictObject({ ...assessment, id }), output: out<{ deleted: true }>() },
};

export type AiReadinessChannel = keyof typeof aiReadinessContract;
