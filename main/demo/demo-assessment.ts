import type { Assessment, ControlStatus, OwnerFunction } from '../../shared/domain';
import { listControls } from '../db/controls';
import { createAssessment } from '../services/assessments';
import { addCustomControl, updateControl } from '../services/controls';
import type { ServiceContext } from '../services/context';
import { addDemoAiReadiness } from './demo-ai-readiness';

/** Stable 32-bit FNV-1a hash, so the demo's statuses are the same on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const OWNERS: Record<OwnerFunction, string[]> = {
  engineering: ['Priya Raman', 'Tomás Ortega'],
  data_science: ['Dr. Lena Fischer', 'Kofi Mensah'],
  security: ['Marc Delacroix'],
  compliance: ['Aisha Bello'],
  legal: ['Hannah Cohen'],
  product: ['Julien Moreau'],
  other: ['Sam Whitaker'],
};

/** Roughly what a day-60 review finds at an AI start-up: the basics mostly in place, ML surfaces behind. */
function demoStatus(controlId: string, aiSpecific: boolean): ControlStatus {
  const roll = hash(controlId) % 100;
  if (aiSpecific) {
    if (roll < 30) return 'implemented';
    if (roll < 55) return 'partial';
    if (roll < 75) return 'not_implemented';
    return 'not_assessed';
  }
  if (roll < 55) return 'implemented';
  if (roll < 75) return 'partial';
  if (roll < 85) return 'not_implemented';
  return 'not_assessed';
}

/**
 * A realistic demo: an AI company's LLM assistant and risk-scoring API, Type II, four categories,
 * mixed statuses, named owners, one control not applicable with its justification, one custom control.
 */
export function createDemoAssessment(ctx: ServiceContext): Assessment {
  const assessment = createAssessment(ctx, {
    organisation: 'Helio Analytics SAS',
    systemName: 'Helio Copilot — LLM assistant and credit-risk scoring API',
    reportType: 'II',
    categories: ['security', 'availability', 'processing-integrity', 'confidentiality'],
    windowStart: '2026-09-01',
    windowEnd: '2027-02-28',
    assessors: ['Claire Dubois (readiness lead)', 'Omar Haddad'],
  });
  const aiIds = new Set(ctx.catalog.controls.filter((c) => c.aiSpecific).map((c) => c.id));
  ctx.db.transaction(() => {
    for (const control of listControls(ctx.db, assessment.id)) {
      const status = demoStatus(control.controlId, aiIds.has(control.controlId));
      const owners = OWNERS[control.ownerFunction ?? 'other'];
      const ownerName = hash(`owner:${control.controlId}`) % 7 === 0 ? '' : (owners[hash(control.controlId) % owners.length] ?? '');
      updateControl(ctx, assessment.id, control.controlId, { status, ownerName });
    }
    const physical = ctx.catalog.controls.find((c) => /physical|premises|locaux/i.test(c.title.en));
    if (physical) {
      updateControl(ctx, assessment.id, physical.id, {
        status: 'not_applicable',
        justification: 'Fully remote company with no offices or data centre of its own; hosting is carved out to the cloud provider.',
      });
    }
    const custom = addCustomControl(ctx, assessment.id, {
      title: 'GPU quota requests for training jobs are approved by the ML platform lead',
      description: 'Requests above the team quota on the training cluster are ticketed and approved before the reservation is made.',
      criteria: ['CC8.1', 'A1.1'],
      stage: 'training',
      frequency: 'per_event',
    });
    updateControl(ctx, assessment.id, custom.controlId, { status: 'partial', ownerName: 'Kofi Mensah', ownerFunction: 'data_science' });
    addDemoAiReadiness(ctx, assessment.id);
  })();
  return assessment;
}
