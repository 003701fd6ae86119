/**
 * Small value types shared by every module.
 *
 * <ul>
 * <li><b>Language</b>: a language in which a text or a label exists (English, Russian, Georgian).</li>
 * <li><b>Institution</b>: one of the three co-chairing institutions of the talks.</li>
 * <li><b>Auditable event</b>: a past-tense event that the audit log records.</li>
 * <li><b>Message pattern</b>: a text of the message bundles, formatted with ICU so that plurals and choices are
 * written in each language's own forms.</li>
 * <li><b>Akoma Ntoso</b>: the OASIS XML of legal and parliamentary documents, in which the negotiating texts and the
 * communiqués are exported; its FRBR identification names the work, its expression in one language and version,
 * and the file.</li>
 * <li><b>Desk command</b>: a command of the command line, declared by the module that runs it.</li>
 * </ul>
 */
package org.mediationdesk.shared;
