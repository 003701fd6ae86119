package org.mediationdesk.platform;

import org.mediationdesk.shared.PublicAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * Whether the platform runs in evaluation mode (the embedded database) or on PostgreSQL. It reads Spring Boot's own
 * settings ({@code spring.datasource.url}, {@code server.port}) through Spring Boot's records of them; a command
 * run has no web server, and so no port.
 */
@Component
class Mode {

	private final String datasourceUrl;
	private final int port;

	private final PublicAddress publicAddress;

	Mode(ObjectProvider<DataSourceProperties> dataSource, ObjectProvider<ServerProperties> server,
			PublicAddress publicAddress) {
		DataSourceProperties database = dataSource.getIfAvailable();
		this.datasourceUrl = database == null || database.getUrl() == null ? "" : database.getUrl();
		ServerProperties web = server.getIfAvailable();
		this.port = web == null || web.getPort() == null ? 8080 : web.getPort();
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
