package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mediationdesk.shared.DeskException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The glossary kept in the database, which the co-chairs and secretariat edit (the caller decides who may),
 * and the compiled form of it that the checks use, rebuilt after every change. Every change is checked as a
 * whole glossary file would be: ids unique, forms unique per language, a neutral form in each language used.
 */
@Service
public class Glossary {

	/** Concepts per page of the glossary list. */
	public static final int PAGE_SIZE = 25;

	private final GlossaryConceptRepository concepts;
	private final ApplicationEventPublisher events;
	private volatile Terminology current;
	/** Bumped by every committed change; a glossary compiled before the latest change is not kept. */
	private final AtomicLong generation = new AtomicLong();

	Glossary(GlossaryConceptRepository concepts, ApplicationEventPublisher events) {
		this.concepts = concepts;
		this.events = events;
	}

	/** The glossary compiled for checking texts. */
	public Terminology current() {
		Terminology compiled = current;
		if (compiled != null) {
			return compiled;
		}
		synchronized (this) {
			if (current != null) {
				return current;
			}
			long before = generation.get();
			compiled = Terminology.of(new GlossaryFile(GlossaryFile.FORMAT_VERSION,
					concepts.findAllByOrderByCode().stream().map(GlossaryConcept::entry).toList()));
			if (generation.get() == before) {
				current = compiled;
			}
			return compiled;
		}
	}

	/** Loads the reference glossary into an empty glossary; false if there is one already. */
	@Transactional
	public boolean loadReference() {
		if (concepts.count() > 0) {
			return false;
		}
		Terminology.referenceGlossary().concepts().forEach(entry -> concepts.save(GlossaryConcept.of(entry)));
		recompileAfterCommit();
		return true;
	}

	/** A page of the glossary list. */
	public record ConceptPage(List<GlossaryFile.ConceptEntry> items, int page, int totalPages, int total) {
	}

	/**
	 * The concepts whose id, name or any form contains the query (compared as the linter compares text), in
	 * the order of their ids, a page at a time.
	 */
	public ConceptPage search(String query, int page) {
		String wanted = query == null ? "" : Normalizer.normalize(query.strip());
		List<GlossaryFile.ConceptEntry> found = current().glossary()
			.concepts()
			.stream()
			.filter(concept -> wanted.isEmpty() || Normalizer.normalize(concept.id()).contains(wanted)
					|| concept.name().values().stream().anyMatch(name -> Normalizer.normalize(name).contains(wanted))
					|| concept.forms().stream().anyMatch(form -> Normalizer.normalize(form.text()).contains(wanted)))
			.toList();
		int totalPages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(0, page), totalPages - 1);
		return new ConceptPage(found.subList(shown * PAGE_SIZE, Math.min(found.size(), (shown + 1) * PAGE_SIZE)),
				shown, totalPages, found.size());
	}

	public Optional<GlossaryFile.ConceptEntry> concept(String id) {
		return current().glossary().concepts().stream().filter(concept -> concept.id().equals(id)).findFirst();
	}

	/**
	 * Saves a concept, new ({@code previousId} {@code null}) or changed (its id may change). Refused with every
	 * problem named if the glossary would not be valid with it.
	 */
	@Transactional
	public GlossaryFile.ConceptEntry save(String actor, String previousId, GlossaryFile.ConceptEntry entry) {
		List<GlossaryFile.ConceptEntry> all = new ArrayList<>(current().glossary().concepts());
		if (previousId != null && !all.removeIf(concept -> concept.id().equals(previousId))) {
			throw new DeskException.NotFound();
		}
		all.add(entry);
		List<String> problems = new GlossaryFile(GlossaryFile.FORMAT_VERSION, all).problems();
		if (!problems.isEmpty()) {
			throw new GlossaryRejected(problems);
		}
		GlossaryConcept concept = previousId == null ? GlossaryConcept.of(entry)
				: concepts.findByCode(previousId).orElseThrow(DeskException.NotFound::new);
		concept.change(entry);
		concepts.save(concept);
		events.publishEvent(new GlossaryChanged(actor, previousId == null ? "created" : "changed", entry.id()));
		recompileAfterCommit();
		return entry;
	}

	@Transactional
	public void delete(String actor, String id) {
		GlossaryConcept concept = concepts.findByCode(id).orElseThrow(DeskException.NotFound::new);
		concepts.delete(concept);
		events.publishEvent(new GlossaryChanged(actor, "deleted", id));
		recompileAfterCommit();
	}

	/** Replaces the whole glossary with a file's, if the file is valid; returns how many concepts it has. */
	@Transactional
	public int importFile(String actor, byte[] content) {
		GlossaryFile file = GlossaryFile.read(content);
		concepts.deleteAll();
		file.concepts().forEach(entry -> concepts.save(GlossaryConcept.of(entry)));
		events.publishEvent(new GlossaryChanged(actor, "imported", file.concepts().size() + " concepts"));
		recompileAfterCommit();
		return file.concepts().size();
	}

	public byte[] export() {
		return current().glossary().write();
	}

	/** Rebuilds the compiled glossary once the change is committed (and drops it at once, so no stale read lasts). */
	private void recompileAfterCommit() {
		generation.incrementAndGet();
		current = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
					current = null;
				}
			});
		}
	}
}
