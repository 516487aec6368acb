import type { AssessmentControl } from '../domain';
import type { Locale } from '../format';
import type { Catalog, CatalogControl, Criterion } from './schema';

/** Indexes a catalog once for id look-ups. */
export class CatalogIndex {
  private readonly controls: Map<string, CatalogControl>;
  private readonly criteria: Map<string, Criterion>;

  constructor(readonly catalog: Catalog) {
    this.controls = new Map(catalog.controls.map((c) => [c.id, c]));
    this.criteria = new Map(catalog.criteria.map((c) => [c.id, c]));
  }

  control(id: string): CatalogControl | undefined {
    return this.controls.get(id);
  }

  criterion(id: string): Criterion | undefined {
    return this.criteria.get(id);
  }

  /** A checklist control's title in the given language (custom controls carry their own). */
  titleOf(control: Pick<AssessmentControl, 'controlId' | 'title'>, locale: Locale): string {
    return control.title ?? this.controls.get(control.controlId)?.title[locale] ?? control.controlId;
  }

  descriptionOf(control: Pick<AssessmentControl, 'controlId' | 'description'>, locale: Locale): string {
    return control.description ?? this.controls.get(control.controlId)?.description[locale] ?? '';
  }
}
