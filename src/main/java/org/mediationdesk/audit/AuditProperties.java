package org.mediationdesk.audit;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The audit log's settings: where its signed checkpoints and their key are kept, outside the database. (How often
 * the head is signed is the job's setting, {@code mediationdesk.jobs.audit-checkpoint.interval}.)
 *
 * @param checkpointKey {@code mediationdesk.audit.checkpoint-key}: the Ed25519 private key (PKCS#8 PEM)
 * @param checkpointFile {@code mediationdesk.audit.checkpoint-file}: the file checkpoints are appended to
 * @param generateCheckpointKey {@code mediationdesk.audit.generate-checkpoint-key}: whether a missing key is generated
 *     (evaluation) or stops the start (production)
 */
@ConfigurationProperties("mediationdesk.audit")
@Validated
record AuditProperties(@NotNull Path checkpointKey, @NotNull Path checkpointFile,
		@DefaultValue("true") boolean generateCheckpointKey) {
}
