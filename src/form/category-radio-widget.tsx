/**
 * The radios for the category of disagreement, on the theme's own radios: categories can
 * belong to one raiser's list, so only those that apply to the role chosen for the person
 * raising the concern are offered. Options titled "<list>: <category>" (several lists)
 * lose the list's name when only one list is left on screen; it is said once, under the
 * question, instead. Any other radio question passes through unchanged.
 */
import type { WidgetProps } from "@rjsf/utils";
import { RadioWidget } from "../form-theme/radio-widget.tsx";
import { categoryApplies, type CategoryRaisers } from "./category-applies.ts";

export function CategoryRadioWidget(props: WidgetProps) {
  const { options, schema, registry } = props;
  const raisers = options.categoryRaisers as CategoryRaisers | undefined;
  const groups = options.categoryGroups as Record<string, string> | undefined;
  if (!raisers && !groups) return <RadioWidget {...props} />;
  const raiserRole = (registry.formContext as { raiserRole?: string } | undefined)?.raiserRole;
  const offered = (options.enumOptions ?? []).filter((o) => !raisers || categoryApplies(raisers, String(o.value), raiserRole));
  const shownGroups = new Set(offered.flatMap((o) => (groups && Object.hasOwn(groups, String(o.value)) ? [groups[String(o.value)]!] : [])));
  const oneGroup = shownGroups.size === 1 ? [...shownGroups][0]! : undefined;
  const enumOptions = offered.map((o) =>
    oneGroup && groups?.[String(o.value)] === oneGroup && o.label.startsWith(`${oneGroup}: `)
      ? { ...o, label: o.label.slice(oneGroup.length + 2) }
      : o,
  );
  const description = [schema.description, oneGroup && `From the policy's list "${oneGroup}".`].filter(Boolean).join(" ") || undefined;
  return <RadioWidget {...props} options={{ ...options, enumOptions }} schema={{ ...schema, ...(description ? { description } : {}) }} />;
}
