package org.mediationdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the SQL statements each thread sends through the application's data source (datasource-proxy), so that a
 * test can read what one request cost: {@link #reset()} before it, {@link #count()} and {@link #repeated()} after. The
 * record is per thread; a request handled by MockMvc runs on the test's own thread.
 */
public class StatementCounting implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> SENT = ThreadLocal.withInitial(ArrayList::new);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).listener(new Recorder()).build();
		}
		return bean;
	}

	/** Starts recording afresh on this thread. */
	public static void reset() {
		SENT.get().clear();
	}

	/** The statements this thread sent since {@link #reset()}. */
	public static int count() {
		return SENT.get().size();
	}

	/**
	 * The different statements this thread sent since {@link #reset()}: one sent for each of a list's items counts
	 * once, and so does an {@code IN} list, however many values it holds.
	 */
	public static int distinct() {
		return (int) SENT.get().stream().map(sql -> sql.replaceAll("IN \\(\\?(, \\?)*\\)", "IN (…)")).distinct().count();
	}

	/** How often the statement this thread sent most often since {@link #reset()} was sent. */
	public static int mostRepeated() {
		Map<String, Integer> times = new TreeMap<>();
		SENT.get().forEach(sql -> times.merge(sql, 1, Integer::sum));
		return times.values().stream().max(Integer::compare).orElse(0);
	}

	/** Each statement this thread sent since {@link #reset()}, with how often it was sent, most repeated first. */
	public static String repeated() {
		Map<String, Integer> times = new TreeMap<>();
		SENT.get().forEach(sql -> times.merge(sql, 1, Integer::sum));
		StringBuilder listing = new StringBuilder();
		times.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach(entry -> listing.append(String.format("    %3d× %s%n", entry.getValue(),
					entry.getKey().length() > 160 ? entry.getKey().substring(0, 160) + "…" : entry.getKey())));
		return listing.toString();
	}

	private static final class Recorder implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			queries.forEach(query -> SENT.get().add(query.getQuery().replaceAll("\\s+", " ")));
		}
	}
}
