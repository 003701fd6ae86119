/**
 * Status-neutral terminology: the glossary of contested names and loaded terms, the linter that reads a text
 * and says which words take a side, whose side, and what the neutral form is, and the rendering of names
 * for an audience.
 *
 * <ul>
 * <li><b>Concept</b>: one thing that the sides name differently, such as the main town of Abkhazia or the
 * dividing line.</li>
 * <li><b>Form</b>: one way of naming a concept in one language, tagged with the perspectives that use it and
 * its severity in a mediator's text: {@code BLOCKER} (takes a side on status), {@code WARNING} (one side's
 * preferred form where a neutral one exists) or {@code OK}.</li>
 * <li><b>Kind of text</b>: a mediator's text (its blockers fail the check), a participant's own statement or a
 * press report (findings are informational; the text is never altered).</li>
 * </ul>
 *
 * {@link org.mediationdesk.terminology.TerminologyCheck} is the publication gate that later modules call before
 * anything is circulated or published. The linter runs without Spring for {@code terminology lint}. The
 * co-chairs' and secretariat's pages (the check, the glossary) and the JSON API live here too; they use
 * {@code identity} to know who is asking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Terminology",
		allowedDependencies = { "shared", "identity" })
package org.mediationdesk.terminology;
