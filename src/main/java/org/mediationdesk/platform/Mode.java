package org.mediationdesk.platform;

import org.mediationdesk.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether the platform runs in evaluation mode (the embedded database) or on PostgreSQL. */
@Component
class Mode {

	private final String datasourceUrl;
	private final int port;

	private final PublicAddress publicAddress;

	Mode(@Value("${spring.datasource.url:}") String datasourceUrl, @Value("${server.port:8080}") int port,
			PublicAddress publicAddress) {
		this.datasourceUrl = datasourceUrl;
		this.port = port;
		this.publicAddress = publicAddress;
	}

	boolean evaluation() {
		return datasourceUrl.startsWith("jdbc:h2:");
	}

	String databaseDescription() {
		return datasourceUrl.replaceFirst(";.*$", "");
	}

	/** Where people reach the installation: its public address, or this machine's port in evaluation. */
	String baseUrl() {
		if (publicAddress.configured()) {
			return publicAddress.of("").replaceAll("/$", "");
		}
		return "http://localhost:" + (port == 0 ? "<port>" : port);
	}
}
