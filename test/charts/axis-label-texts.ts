/** The texts of the axis tick labels in the SVG, in document order. */
export function axisLabelTexts(svg: string): string[] {
  const groups = svg.match(/<g class="mark-text role-axis-label"[^>]*>.*?<\/g>/g) ?? [];
  return groups.flatMap((group) => Array.from(group.matchAll(/>([^<>]+)</g), (match) => match[1] ?? ''));
}
