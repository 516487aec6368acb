import type { Command } from 'commander';
import { registerBoundaryCommands } from './boundary-commands';
import { registerFindingsCommands } from './findings-commands';
import { registerRemediationCommands } from './remediation-commands';
import { registerVendorCommands } from './vendor-commands';

/** The AI-readiness commands: boundary, vendor, findings, ownership, remediation. */
export function registerAiReadinessCommands(program: Command): void {
  registerBoundaryCommands(program);
  registerVendorCommands(program);
  registerFindingsCommands(program);
  registerRemediationCommands(program);
}
