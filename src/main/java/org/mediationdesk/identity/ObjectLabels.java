package org.mediationdesk.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an object of the record is called, for one viewer and in one language, told by the module that keeps it.
 * A module that names another's objects (the audit log names accounts, documents, texts, conditions, concepts)
 * asks here and reads nothing of the other module's tables. Each module whose objects others name declares one
 * package-private bean; a caller collects them all and asks each for the kinds it labels.
 *
 * <p>One call answers for many ids of one kind, so that a page of fifty entries costs a query or two per kind of
 * object, not one per entry. An object the viewer may not see, or that is not there, is absent from the answer:
 * its name does not show to whoever may not see it. (In {@code identity} rather than {@code shared} because it
 * is asked for a {@link Viewer}; every module may use {@code identity}.)
 */
public interface ObjectLabels {

	/**
	 * The kinds of object labelled, as events name them ({@code AuditableEvent.objectType()}: {@code document},
	 * {@code account}).
	 */
	Set<String> objectTypes();

	/**
	 * What each of these objects of one of {@link #objectTypes()} is called for the viewer, in the language of the
	 * locale (a name without a version in that language is given as it is kept in English), and where the viewer
	 * may open it. Ids that name nothing, or something hidden from the viewer, are left out.
	 */
	Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale);

	/**
	 * An object's label.
	 *
	 * @param name what the object is called: a document's or text's symbol, a person's or group's name, a term
	 * @param address the page where the viewer may open it, or {@code null} where they may not
	 */
	record Label(String name, String address) {
	}

	/** The ids, without {@code null}, in groups small enough for one {@code IN (…)} of a query. */
	static <T> List<List<T>> batches(Collection<T> ids) {
		List<T> present = ids.stream().filter(Objects::nonNull).distinct().toList();
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < present.size(); from += 500) {
			batches.add(present.subList(from, Math.min(present.size(), from + 500)));
		}
		return batches;
	}
}
