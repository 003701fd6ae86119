/**
 * The document registry of the talks.
 *
 * <ul>
 * <li><b>Document</b>: a registered text with a unique symbol (such as {@code GID/WG1/2026/3}), a title, a
 * kind, an author, an audience and a circulation date.</li>
 * <li><b>Kind</b>: non-paper, draft, statement, report or information note.</li>
 * <li><b>Author</b>: a participant group, the co-chairs, or the secretariat. A participant group's document
 * keeps its own wording and is labelled as that group's.</li>
 * <li><b>Language version</b>: the text in English, Russian or Georgian, as Markdown and/or an attached PDF
 * or DOCX file.</li>
 * </ul>
 *
 * Every read goes through the access policy: a document the viewer may not see does not exist for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = { "shared", "identity", "participants", "confidentiality" })
package org.mediationdesk.documents;
