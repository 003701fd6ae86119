package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.AppProcess;

/**
 * A second process on the embedded database of a running server (another server, or {@code audit verify}) is
 * refused in one line that says what to do, with a non-zero exit code, and leaves the running server alone.
 */
class SecondProcessTests {

	@Test
	void refusesASecondProcessOnTheSameDataInOneLine() throws Exception {
		Path data = AppProcess.dataDirectory("second");
		List<String> arguments = List.of("--mediationdesk.reference-record=false");
		String refusal = "Mediation Desk will not start: the database under " + data
				+ " is in use by another Mediation Desk process; stop it first";
		try (AppProcess server = AppProcess.server(data, "server", arguments)) {
			try (AppProcess second = AppProcess.start(data, "second-server", List.of("--server.port=0",
					"--mediationdesk.reference-record=false"))) {
				assertThat(second.awaitExit()).as(second.output()).isEqualTo(1);
				assertThat(second.output().strip()).isEqualTo(refusal);
			}
			try (AppProcess verify = AppProcess.start(data, "verify", List.of("audit", "verify"))) {
				assertThat(verify.awaitExit()).as(verify.output()).isEqualTo(1);
				assertThat(verify.output().strip()).isEqualTo(refusal);
			}
			assertThat(server.process().isAlive()).as("the running server is left alone").isTrue();
			server.stop();
		}
		try (AppProcess verify = AppProcess.start(data, "verify-after", List.of("audit", "verify"))) {
			assertThat(verify.awaitExit()).as(verify.output()).isZero();
			assertThat(verify.output()).contains("audit chain intact");
		}
	}
}
