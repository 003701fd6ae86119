package org.mediationdesk.shared;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings every module may read: where people reach the installation, and the command this start runs.
 *
 * @param publicBaseUrl {@code mediationdesk.public-base-url}: the address at which people reach the installation
 *     ({@code https://desk.example.org}); empty in evaluation mode (see {@link PublicAddress}, which checks it)
 * @param command {@code mediationdesk.command}: the {@link DeskCommand} this start runs (its words joined by a hyphen),
 *     {@code none} when the server starts; set by the command line, not by people
 * @param commandFile {@code mediationdesk.command-file}: the command's file, if it takes one
 * @param commandOption {@code mediationdesk.command-option.*}: the command's options that take a value, by name
 */
@Validated
@ConfigurationProperties("mediationdesk")
public record SharedProperties(@DefaultValue("") String publicBaseUrl, @DefaultValue("none") @NotBlank String command,
		Path commandFile, Map<String, String> commandOption) {

	public SharedProperties {
		commandOption = commandOption == null ? Map.of() : Map.copyOf(commandOption);
	}

	/** Whether this start runs a command (and no server): periodic jobs and first-start work stay off. */
	public boolean commandRun() {
		return !"none".equals(command);
	}

	/** A command option's value, or an empty string if it was not given. */
	public String option(String name) {
		return commandOption.getOrDefault(name, "");
	}
}
