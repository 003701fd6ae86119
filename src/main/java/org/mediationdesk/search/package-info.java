/**
 * Search over the public record, and over what a logged-in viewer may see.
 *
 * <ul>
 * <li><b>Index</b>: what the modules publish for anyone ({@link org.mediationdesk.shared.PublicEntries}: the
 * co-chairs' communiqués, each round with its public summary and the changes to it) and the accounts of the rounds
 * that are public, read through the modules' facades as the public reads them; kept in memory and built again
 * after any change that the modules announce and that may change what the public finds
 * ({@code confidentiality.PublicRecordChanges}) (a rebuild takes milliseconds at the size of a process record).</li>
 * <li><b>Analysis</b>: each language version in a field of its own, analysed with its language's morphology
 * (English and Russian stemming; Georgian is split into words only, Lucene has no Georgian stemmer).</li>
 * <li><b>Query</b>: words, "phrases", {@code -excluded}, {@code prefix*} and {@code a | b}; whatever is typed,
 * the query parses (a stray quote or operator is taken as text), so a search never fails.</li>
 * </ul>
 *
 * Only the anonymous reading goes in, so that nothing a visitor may not see can be found, counted or quoted.
 * <p>
 * A logged-in viewer's search adds what that viewer may see and the public may not: the documents (through the
 * documents' own query, filtered by the access policy), the negotiating texts and their wordings, and the accounts
 * of rounds, each read through its module's facade as that viewer at every search and never kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "shared", "identity", "confidentiality", "process", "statements", "documents",
				"texts" })
package org.mediationdesk.search;
