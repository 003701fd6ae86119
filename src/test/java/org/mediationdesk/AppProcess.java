package org.mediationdesk;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application (or one of its commands) as a process of its own, started with {@code java -cp} on this test
 * run's class path, as an operator would start it: for what only a separate process can show (a kill -9, a
 * second process on the same data). Its output goes to a file beside its data.
 */
public final class AppProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final Process process;
	private final Path output;
	private final int port;

	private AppProcess(Process process, Path output, int port) {
		this.process = process;
		this.output = output;
		this.port = port;
	}

	/** A fresh data directory under {@code target/}. */
	public static Path dataDirectory(String name) throws IOException {
		Path root = Path.of("target", "processes");
		Files.createDirectories(root);
		return Files.createTempDirectory(root, name + "-").toAbsolutePath();
	}

	/** Starts the web application on a free port and waits until it answers its health check. */
	public static AppProcess server(Path dataDir, String name, List<String> arguments) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> args = new ArrayList<>(arguments);
		args.add("--server.port=" + port);
		AppProcess app = start(dataDir, name, args, port);
		app.awaitHealthy();
		return app;
	}

	/** Starts the application with these arguments (a command, or a server expected to be refused). */
	public static AppProcess start(Path dataDir, String name, List<String> arguments) throws IOException {
		return start(dataDir, name, arguments, -1);
	}

	private static AppProcess start(Path dataDir, String name, List<String> arguments, int port) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
		command.add(MediationDeskApplication.class.getName());
		command.addAll(arguments);
		command.add("--mediationdesk.data-dir=" + dataDir);
		Path output = dataDir.resolve(name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		return new AppProcess(process, output, port);
	}

	private void awaitHealthy() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped during start:\n" + output());
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the application did not answer within " + START_TIMEOUT + ":\n" + output());
	}

	public String base() {
		return "http://127.0.0.1:" + port;
	}

	public Process process() {
		return process;
	}

	/** Waits for the process to end (a command, or a refused start) and returns its exit code. */
	public int awaitExit() throws InterruptedException {
		if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("the process did not end:\n" + output());
		}
		return process.exitValue();
	}

	/** Everything the process printed so far. */
	public String output() {
		try {
			return Files.readString(output, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return "(no output: " + e.getMessage() + ")";
		}
	}

	/**
	 * The password that the first start printed for an evaluation account, from the lines
	 * {@code ROLE username password}.
	 */
	public String demoPassword(String username) {
		for (String line : output().split("\\R")) {
			String[] words = line.trim().split("\\s+");
			if (words.length == 3 && words[1].equals(username)) {
				return words[2];
			}
		}
		throw new IllegalStateException("no password printed for " + username + ":\n" + output());
	}

	/** SIGKILL: the JVM gets no chance to flush or close anything. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM: a graceful stop. */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
