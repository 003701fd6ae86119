package org.mediationdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.mediationdesk.confidentiality.PublicRecordChanges;
import org.mediationdesk.shared.AuditableEvent;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The index of the public record, in memory. It is marked stale after every change that may change what an anonymous
 * reader finds ({@link PublicRecordChanges}: not a download or an export, not an account's own business, not a change
 * to what is not public), once the change is committed, so that the rebuild reads it; the next search builds it
 * again. The listener runs after the writer's commit through the event publication registry: a change whose
 * notice was lost (a node stopped in between) is delivered again by the resubmission job, and marking the index
 * stale twice does no harm.
 */
@Component
class SearchIndex {

	/** The longest query searched; the rest is cut off. */
	static final int MAX_QUERY = 200;

	/** One thing to index: its kind, page, and title and text per language (a missing language is absent). */
	record Entry(String kind, String path, Map<LanguageCode, String> titles, Map<LanguageCode, String> texts) {
	}

	/** A hit as the index holds it, before it is put in the reader's language. */
	record Found(String kind, String path, Map<LanguageCode, String> titles, Map<LanguageCode, String> texts) {
	}

	record Page(List<Found> items, long total) {
	}

	private final PublicRecord record;
	private final Analyzer analyzer;
	private final AtomicBoolean stale = new AtomicBoolean(true);
	private volatile IndexSearcher searcher;

	SearchIndex(PublicRecord record) {
		this.record = record;
		Map<String, Analyzer> perField = new HashMap<>();
		for (String field : List.of("title", "text")) {
			perField.put(field + "_en", new EnglishAnalyzer());
			perField.put(field + "_ru", new RussianAnalyzer());
		}
		this.analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
	}

	/** A committed change to the public record: the index is built again before the next search. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true,
			condition = PublicRecordChanges.CONDITION)
	void changed(AuditableEvent event) {
		stale.set(true);
	}

	private static String field(String name, LanguageCode language) {
		return name + "_" + language.name().toLowerCase(Locale.ROOT);
	}

	private synchronized IndexSearcher current() {
		if (stale.getAndSet(false) || searcher == null) {
			try {
				searcher = build(record.entries());
			}
			catch (RuntimeException e) {
				stale.set(true);
				throw e;
			}
		}
		return searcher;
	}

	private IndexSearcher build(List<Entry> entries) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (Entry entry : entries) {
				Document document = new Document();
				document.add(new StringField("kind", entry.kind(), Field.Store.YES));
				document.add(new StoredField("path", entry.path()));
				for (LanguageCode language : LanguageCode.values()) {
					String title = entry.titles().get(language);
					String text = entry.texts().get(language);
					if (title != null) {
						document.add(new TextField(field("title", language), title, Field.Store.YES));
					}
					if (text != null) {
						document.add(new TextField(field("text", language), text, Field.Store.YES));
					}
				}
				writer.addDocument(document);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		try {
			return new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One page of hits for a query, best first; an empty or meaningless query finds nothing. */
	Page search(String text, int page, int size) {
		IndexSearcher index = current();
		Map<String, Float> weights = new HashMap<>();
		for (LanguageCode language : LanguageCode.values()) {
			weights.put(field("title", language), 2f);
			weights.put(field("text", language), 1f);
		}
		SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		Query query;
		try {
			query = parser.parse(text);
		}
		catch (RuntimeException e) {
			// what cannot be parsed finds nothing; the reader is told there are no hits, never that something failed
			query = new MatchNoDocsQuery();
		}
		try {
			int wanted = (page + 1) * size;
			TopDocs top = index.search(query, Math.max(1, wanted));
			List<Found> items = new ArrayList<>();
			ScoreDoc[] docs = top.scoreDocs;
			for (int i = page * size; i < docs.length && i < wanted; i++) {
				Document document = index.storedFields().document(docs[i].doc);
				Map<LanguageCode, String> titles = new HashMap<>();
				Map<LanguageCode, String> texts = new HashMap<>();
				for (LanguageCode language : LanguageCode.values()) {
					if (document.get(field("title", language)) != null) {
						titles.put(language, document.get(field("title", language)));
					}
					if (document.get(field("text", language)) != null) {
						texts.put(language, document.get(field("text", language)));
					}
				}
				items.add(new Found(document.get("kind"), document.get("path"), titles, texts));
			}
			return new Page(items, top.totalHits.value);
		}
		catch (IndexSearcher.TooManyClauses e) {
			return new Page(List.of(), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
