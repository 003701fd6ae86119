package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Where the checkpoints and their key are kept: both must be said; a missing key is generated unless told not to. */
class AuditPropertiesTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AuditProperties.class)
	static class Settings {
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void readsWhereTheKeyAndTheCheckpointsAreKept() {
		runner.withPropertyValues("mediationdesk.audit.checkpoint-key=/keys/audit.key",
				"mediationdesk.audit.checkpoint-file=/data/checkpoints.txt").run(context -> {
					AuditProperties properties = context.getBean(AuditProperties.class);
					assertThat(properties.checkpointKey()).isEqualTo(Path.of("/keys/audit.key"));
					assertThat(properties.checkpointFile()).isEqualTo(Path.of("/data/checkpoints.txt"));
					assertThat(properties.generateCheckpointKey()).isTrue();
				});
	}

	@Test
	void refusesToStartWithoutTheKeyOrTheFile() {
		runner.withPropertyValues("mediationdesk.audit.checkpoint-file=/data/checkpoints.txt")
			.run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("mediationdesk.audit.checkpoint-key=/keys/audit.key")
			.run(context -> assertThat(context).hasFailed());
	}
}
