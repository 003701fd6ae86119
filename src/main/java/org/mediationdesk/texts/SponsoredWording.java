package org.mediationdesk.texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One rival wording of a provision, in English and perhaps Russian, with its sponsors: the group (or the
 * co-chairs) that proposed it, and the groups that joined it since. The English is never edited; a new
 * wording is proposed instead. Shared in confidence, it is seen by its sponsor and the co-chairs until the
 * co-chairs table it. Withdrawn by its sponsor, it stays on record but is no longer negotiated.
 */
class SponsoredWording {

	/** The sponsor of the co-chairs' own wordings. */
	static final String CO_CHAIRS = "CO_CHAIRS";

	private final UUID id;
	private final String provision;
	private final String sponsor;
	private final List<String> cosponsors;
	private final Wording english;
	private Wording russian;
	private final int introducedIn;
	private boolean confidential;
	private boolean withdrawn;
	private final String proposedBy;
	private final Instant proposedAt;
	private boolean fresh;
	private boolean changed;
	private final List<String> newCosponsors = new ArrayList<>();

	SponsoredWording(UUID id, String provision, String sponsor, List<String> cosponsors, Wording english, Wording russian,
			int introducedIn, boolean confidential, boolean withdrawn, String proposedBy, Instant proposedAt) {
		this.id = id;
		this.provision = provision;
		this.sponsor = sponsor;
		this.cosponsors = new ArrayList<>(cosponsors);
		this.english = english;
		this.russian = russian;
		this.introducedIn = introducedIn;
		this.confidential = confidential;
		this.withdrawn = withdrawn;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
	}

	static SponsoredWording proposed(String provision, String sponsor, Wording english, Wording russian, int introducedIn,
			boolean confidential, String by, Instant at) {
		SponsoredWording wording = new SponsoredWording(UUID.randomUUID(), provision, sponsor, List.of(), english, russian,
				introducedIn, confidential, false, by, at);
		wording.fresh = true;
		return wording;
	}

	void translate(Wording russian) {
		this.russian = russian;
		changed = true;
	}

	void table() {
		confidential = false;
		changed = true;
	}

	void withdraw() {
		withdrawn = true;
		changed = true;
	}

	void join(String group) {
		cosponsors.add(group);
		newCosponsors.add(group);
	}

	/** Whether the group (or the co-chairs) proposed it or joined it. */
	boolean sponsoredBy(String side) {
		return sponsor.equals(side) || cosponsors.contains(side);
	}

	/** Every sponsor, the one who proposed it first. */
	List<String> sponsors() {
		List<String> all = new ArrayList<>();
		all.add(sponsor);
		all.addAll(cosponsors);
		return all;
	}

	UUID id() {
		return id;
	}

	String provision() {
		return provision;
	}

	String sponsor() {
		return sponsor;
	}

	List<String> cosponsors() {
		return List.copyOf(cosponsors);
	}

	Wording english() {
		return english;
	}

	Wording russian() {
		return russian;
	}

	int introducedIn() {
		return introducedIn;
	}

	boolean confidential() {
		return confidential;
	}

	boolean withdrawn() {
		return withdrawn;
	}

	String proposedBy() {
		return proposedBy;
	}

	Instant proposedAt() {
		return proposedAt;
	}

	boolean fresh() {
		return fresh;
	}

	boolean changed() {
		return changed;
	}

	List<String> newCosponsors() {
		return List.copyOf(newCosponsors);
	}

	void stored() {
		fresh = false;
		changed = false;
		newCosponsors.clear();
	}
}
