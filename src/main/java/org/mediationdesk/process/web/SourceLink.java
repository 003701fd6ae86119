package org.mediationdesk.process.web;


import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * A public source of the record as a page shows it: its publisher and a title rather than a bare address. The
 * record keeps the address only; the publisher is named from the address's site (the sites the reference record
 * cites are known by name), and the title is read from the address's last readable part, where it has one.
 * {@code title} is {@code null} when the address carries none (an article number).
 */
record SourceLink(String url, String publisher, String title) {

	/** The publishers of the sites the record cites, by the site's address without "www.". */
	private static final Map<String, String> PUBLISHERS = Map.ofEntries(Map.entry("civil.ge", "Civil Georgia"),
			Map.entry("old.civil.ge", "Civil Georgia"), Map.entry("ungeneva.org", "United Nations Geneva"),
			Map.entry("unog.ch", "United Nations Office at Geneva"),
			Map.entry("dppa.un.org", "UN Department of Political and Peacebuilding Affairs"),
			Map.entry("osce.org", "OSCE"), Map.entry("eumm.eu", "EU Monitoring Mission in Georgia"),
			Map.entry("mfa-rso.su", "Ministry of Foreign Affairs in Tskhinvali/Tskhinval"),
			Map.entry("mfa.rsogov.org", "Ministry of Foreign Affairs in Tskhinvali/Tskhinval"),
			Map.entry("mfaapsny.org", "Ministry of Foreign Affairs in Sokhumi/Sukhum"),
			Map.entry("old.mfaapsny.org", "Ministry of Foreign Affairs in Sokhumi/Sukhum"),
			Map.entry("imtavroba.ge", "Government of Georgia"), Map.entry("1tv.ge", "First Channel (Georgian Public Broadcaster)"),
			Map.entry("cominf.org", "Cominf"), Map.entry("tass.com", "TASS"), Map.entry("agenda.ge", "Agenda.ge"),
			Map.entry("einpresswire.com", "EIN Presswire"), Map.entry("geneva.usmission.gov", "U.S. Mission Geneva"),
			Map.entry("caucasuswatch.de", "Caucasus Watch"), Map.entry("columbiatribune.com", "Columbia Daily Tribune"),
			Map.entry("swissinfo.ch", "SWI swissinfo.ch"), Map.entry("covid-19.chinadaily.com.cn", "China Daily"),
			Map.entry("georgiatimes.info", "Georgia Times"), Map.entry("german.cri.cn", "China Radio International"),
			Map.entry("armeniandiaspora.com", "Armenian Diaspora"), Map.entry("france24.com", "France 24"),
			Map.entry("globalsecurity.org", "GlobalSecurity.org"), Map.entry("gruzianews.ru", "Gruzia News"),
			Map.entry("odvt.org", "ODVT"), Map.entry("messenger.com.ge", "The Messenger"),
			Map.entry("georgien-nachrichten.com", "Georgien Nachrichten"), Map.entry("elaph.com", "Elaph"),
			Map.entry("apsny.ru", "Apsny.ru"), Map.entry("rustavi2.ge", "Rustavi 2"),
			Map.entry("web1.rustavi2.ge", "Rustavi 2"), Map.entry("frontnews.ge", "Front News Georgia"),
			Map.entry("tiflispost.com", "Tiflis Post"), Map.entry("miragenews.com", "Mirage News"));

	static SourceLink of(String url) {
		String host;
		String path;
		try {
			URI address = URI.create(url);
			host = address.getHost() == null ? url : address.getHost();
			path = address.getPath() == null ? "" : address.getPath();
		}
		catch (IllegalArgumentException notAnAddress) {
			return new SourceLink(url, url, null);
		}
		String site = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceFirst("\\.$", "");
		return new SourceLink(url, PUBLISHERS.getOrDefault(site, site), titleOf(path));
	}

	/** The title an address's last part spells with hyphens ("the-ministry-issues-statement"), if it does. */
	static String titleOf(String path) {
		String[] parts = path.split("/");
		for (int i = parts.length - 1; i >= 0; i--) {
			String part = parts[i].replaceFirst("\\.(s?html?|php|aspx?)$", "");
			String[] words = part.split("[-_]+");
			if (words.length >= 3 && part.chars().anyMatch(Character::isLetter)) {
				String title = String.join(" ", words).strip();
				return Character.toUpperCase(title.charAt(0)) + title.substring(1);
			}
		}
		return null;
	}
}
