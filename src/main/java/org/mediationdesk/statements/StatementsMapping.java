package org.mediationdesk.statements;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * Keeps a {@link Statement} in the table {@code event_account}, where the accounts of events have been kept
 * from the start. Every other aggregate keeps the table its class name gives it.
 * <p>
 * A name given with {@code @Table} would be quoted as written, and so match the lower-case table of
 * PostgreSQL but not the upper-case one of H2; a name given by the naming strategy is cased for each database,
 * as the derived names of all other tables are.
 */
@Configuration(proxyBeanMethods = false)
class StatementsMapping {

	@Bean
	NamingStrategy namingStrategy() {
		return new DefaultNamingStrategy() {

			@Override
			public String getTableName(Class<?> type) {
				return type == Statement.class ? "event_account" : super.getTableName(type);
			}
		};
	}
}
