package org.mediationdesk.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether the platform runs in evaluation mode (the embedded database) or on PostgreSQL. */
@Component
class Mode {

	private final String datasourceUrl;
	private final int port;

	Mode(@Value("${spring.datasource.url:}") String datasourceUrl, @Value("${server.port:8080}") int port) {
		this.datasourceUrl = datasourceUrl;
		this.port = port;
	}

	boolean evaluation() {
		return datasourceUrl.startsWith("jdbc:h2:");
	}

	String databaseDescription() {
		return datasourceUrl.replaceFirst(";.*$", "");
	}

	String baseUrl() {
		return "http://localhost:" + (port == 0 ? "<port>" : port);
	}
}
