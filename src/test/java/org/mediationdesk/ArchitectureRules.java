package org.mediationdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

/**
 * The architecture's rules, each a function from the sources to what breaks it, with a message that says what to
 * do instead. {@link ArchitectureTests} applies them to the project; {@code ArchitectureRulesTests} shows that each
 * one catches a planted violation. docs/architecture.md explains each rule.
 */
final class ArchitectureRules {

	static final int MAX_FILE_LINES = 500;

	static final int MAX_METHOD_LINES = 60;

	/** What answers whether a viewer holds a role: only identity asks it to refuse access. */
	static final Set<String> ROLE_PREDICATES = Set.of("isMediator", "isParticipant", "isAdmin", "isAnonymous",
			"isCoChair", "isSecretariat", "isLoggedIn");

	static final Set<String> SPRING_ROLE_CHECKS = Set.of("hasRole", "hasAnyRole", "hasAuthority", "hasAnyAuthority");

	private static final Pattern TABLE_NAMED = Pattern
		.compile("\\b(?:FROM|JOIN|UPDATE|INTO|TABLE|EXISTS)\\s+\"?([a-z][a-z0-9_]*)\"?");

	private static final Pattern TABLE_CHANGE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
			+ "\"?([a-z][a-z0-9_]*)\"?|ALTER\\s+TABLE\\s+([a-z][a-z0-9_]*)\\s+RENAME\\s+TO\\s+([a-z][a-z0-9_]*)"
			+ "|DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?([a-z][a-z0-9_]*)");

	private static final Pattern MIGRATION = Pattern.compile("V(.+?)__.+\\.sql");

	private ArchitectureRules() {
	}

	/** A source file: the module it belongs to (its top-level package under org.mediationdesk), its path, its tree. */
	record Source(String module, String path, CompilationUnit unit, int lines) {

		static Source parse(String module, String path, String code) {
			JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
			var result = parser.parse(code);
			CompilationUnit unit = result.getResult()
				.filter(parsed -> result.isSuccessful())
				.orElseThrow(() -> new IllegalStateException(path + " does not parse: " + result.getProblems()));
			return new Source(module, path, unit, (int) code.lines().count());
		}

		String simpleName() {
			return Path.of(path).getFileName().toString().replaceFirst("\\.java$", "");
		}

		String packageName() {
			return unit.getPackageDeclaration().map(declaration -> declaration.getNameAsString()).orElse("");
		}
	}

	/** Every Java file under a source root; the module is the package under {@code org/mediationdesk}. */
	static List<Source> read(Path root) {
		Path base = root.resolve("org/mediationdesk");
		try (Stream<Path> files = Files.walk(base)) {
			return files.filter(file -> file.toString().endsWith(".java")).sorted().map(file -> {
				Path relative = base.relativize(file);
				String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
				return Source.parse(module, relative.toString(), content(file));
			}).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String content(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// Sizes

	static List<String> longFiles(List<Source> sources) {
		return sources.stream()
			.filter(source -> source.lines() > MAX_FILE_LINES)
			.map(source -> source.path() + " has " + source.lines() + " lines (at most " + MAX_FILE_LINES
					+ "): split it by use (reads, writes, a file format, a page) into classes of their own, "
					+ "each named for what it does")
			.toList();
	}

	static List<String> longMethods(List<Source> sources) {
		List<String> found = new ArrayList<>();
		for (Source source : sources) {
			for (CallableDeclaration<?> callable : source.unit().findAll(CallableDeclaration.class)) {
				int lines = callable.getRange().map(range -> range.end.line - range.begin.line + 1).orElse(0);
				if (lines > MAX_METHOD_LINES) {
					found.add(source.path() + ": " + callable.getNameAsString() + " has " + lines + " lines (at most "
							+ MAX_METHOD_LINES + "): give each step a method of its own, named for the step");
				}
			}
		}
		return found;
	}

	// Tables

	/** The tables the migrations leave: created, renamed and dropped in the order of the migrations given. */
	static Set<String> createdTables(List<String> migrations) {
		Set<String> tables = new TreeSet<>();
		for (String migration : migrations) {
			Matcher matcher = TABLE_CHANGE.matcher(migration);
			while (matcher.find()) {
				if (matcher.group(1) != null) {
					tables.add(matcher.group(1).toLowerCase());
				}
				else if (matcher.group(2) != null) {
					tables.remove(matcher.group(2).toLowerCase());
					tables.add(matcher.group(3).toLowerCase());
				}
				else {
					tables.remove(matcher.group(4).toLowerCase());
				}
			}
		}
		return tables;
	}

	static List<String> tablesWithoutOwner(Set<String> created, Map<String, String> owners) {
		return created.stream()
			.filter(table -> !owners.containsKey(table))
			.map(table -> "The migrations create the table " + table + ", which has no owner: add it to "
					+ "ArchitectureTests.TABLE_OWNERS with the module that writes it")
			.toList();
	}

	/** Every SQL string of a module names only the tables that module owns. */
	static List<String> foreignTables(List<Source> sources, Map<String, String> owners) {
		List<String> found = new ArrayList<>();
		for (Source source : sources) {
			Set<String> named = namedTables(source.unit(), owners.keySet());
			for (String table : named) {
				String owner = owners.get(table);
				if (!owner.equals(source.module())) {
					found.add(source.path() + " names the table " + table + ", which belongs to " + owner + ": ask "
							+ owner + " through its facade or an SPI it implements (docs/architecture.md, \"SPIs\")");
				}
			}
		}
		return found;
	}

	/** The known tables that the string constants of a file name after FROM, JOIN, UPDATE, INTO or TABLE. */
	static Set<String> namedTables(CompilationUnit unit, Set<String> known) {
		String strings = unit.findAll(LiteralStringValueExpr.class)
			.stream()
			.filter(literal -> literal instanceof StringLiteralExpr || literal instanceof TextBlockLiteralExpr)
			.sorted(Comparator.comparing(literal -> literal.getBegin().orElseThrow()))
			.map(LiteralStringValueExpr::getValue)
			.collect(Collectors.joining(" "));
		Set<String> named = new TreeSet<>();
		Matcher matcher = TABLE_NAMED.matcher(strings);
		while (matcher.find()) {
			if (known.contains(matcher.group(1))) {
				named.add(matcher.group(1));
			}
		}
		return named;
	}

	// Authorisation

	/**
	 * Outside identity, nobody refuses access by asking a viewer's role ({@code if (!viewer.isMediator()) throw …}),
	 * compares roles, or asks Spring Security for one: the refusal is {@code Viewer.require…()} or the access policy.
	 */
	static List<String> rawRoleChecks(List<Source> sources) {
		List<String> found = new ArrayList<>();
		for (Source source : sources) {
			if (source.module().equals("identity")) {
				continue;
			}
			for (IfStmt check : source.unit().findAll(IfStmt.class)) {
				if (asksOnlyRoles(check.getCondition()) && throwsFirst(check.getThenStmt())) {
					found.add(source.path() + ":" + line(check) + " refuses by asking a role ("
							+ check.getCondition() + "): call viewer.requireMediator(), requireParticipant(), "
							+ "requireAdmin() or requireLoggedIn() instead, or ask AccessPolicy");
				}
			}
			for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
				if (SPRING_ROLE_CHECKS.contains(call.getNameAsString())) {
					found.add(source.path() + ":" + line(call) + " asks Spring Security for a role (" + call.getName()
							+ "): declare the URLs in the module's UrlRules component instead");
				}
			}
			for (BinaryExpr comparison : source.unit().findAll(BinaryExpr.class)) {
				boolean equality = comparison.getOperator() == BinaryExpr.Operator.EQUALS
						|| comparison.getOperator() == BinaryExpr.Operator.NOT_EQUALS;
				if (equality && (namesRole(comparison.getLeft()) || namesRole(comparison.getRight()))) {
					found.add(source.path() + ":" + line(comparison) + " compares roles (" + comparison
							+ "): ask the viewer (isMediator() …) or the access policy instead");
				}
			}
		}
		return found;
	}

	private static boolean asksOnlyRoles(Expression condition) {
		List<MethodCallExpr> calls = condition.findAll(MethodCallExpr.class);
		return !calls.isEmpty() && calls.stream().allMatch(call -> ROLE_PREDICATES.contains(call.getNameAsString()));
	}

	private static boolean throwsFirst(Statement then) {
		if (then instanceof ThrowStmt) {
			return true;
		}
		return then instanceof BlockStmt block && !block.getStatements().isEmpty()
				&& block.getStatement(0) instanceof ThrowStmt;
	}

	private static boolean namesRole(Expression side) {
		return side instanceof FieldAccessExpr field && field.getScope().toString().endsWith("Role");
	}

	// Settings

	static List<String> valuesOutsideProperties(List<Source> sources) {
		List<String> found = new ArrayList<>();
		for (Source source : sources) {
			for (AnnotationExpr annotation : source.unit().findAll(AnnotationExpr.class)) {
				String name = annotation.getNameAsString();
				if (name.equals("Value") || name.equals("org.springframework.beans.factory.annotation.Value")) {
					found.add(source.path() + ":" + line(annotation) + " reads a setting with @Value: add it to the "
							+ "module's @ConfigurationProperties record (its default there) and inject the record");
				}
			}
		}
		return found;
	}

	/** Settings are one validated record per module. */
	static List<String> propertiesShape(List<Source> sources) {
		List<String> found = new ArrayList<>();
		Map<String, List<String>> perModule = new TreeMap<>();
		for (Source source : sources) {
			for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
				if (type.getAnnotationByName("ConfigurationProperties").isEmpty()) {
					continue;
				}
				perModule.computeIfAbsent(source.module(), module -> new ArrayList<>()).add(type.getNameAsString());
				if (!type.isRecordDeclaration()) {
					found.add(source.path() + ": " + type.getNameAsString() + " holds settings in a class: make it a "
							+ "record, so that its values are fixed after start");
				}
				if (type.getAnnotationByName("Validated").isEmpty()) {
					found.add(source.path() + ": " + type.getNameAsString() + " is not @Validated: annotate it, and "
							+ "bound its values, so that a wrong setting stops the start and names itself");
				}
			}
		}
		perModule.forEach((module, records) -> {
			if (records.size() > 1) {
				found.add(module + " has " + records.size() + " settings records " + records
						+ ": keep one per module, so that its defaults stand in one place");
			}
		});
		return found;
	}

	// Tests that must exist

	/**
	 * An aggregate is what a repository stores; one that guards a state change (it throws somewhere) has a unit
	 * test class of its own, {@code <Aggregate>Tests}, in its package.
	 */
	static List<String> aggregatesWithoutUnitTests(List<Source> sources, Set<String> testClasses) {
		Map<String, Source> typesByName = new HashMap<>();
		sources.forEach(source -> typesByName.put(source.packageName() + "." + source.simpleName(), source));
		Set<String> aggregates = new LinkedHashSet<>();
		for (Source source : sources) {
			for (ClassOrInterfaceDeclaration repository : source.unit().findAll(ClassOrInterfaceDeclaration.class)) {
				if (!repository.isInterface()) {
					continue;
				}
				for (ClassOrInterfaceType parent : repository.getExtendedTypes()) {
					if (parent.getNameAsString().endsWith("Repository") && parent.getTypeArguments().isPresent()) {
						String stored = parent.getTypeArguments().get().get(0).asString();
						aggregates.add(source.packageName() + "." + stored);
					}
				}
			}
		}
		List<String> found = new ArrayList<>();
		for (String aggregate : aggregates) {
			Source source = typesByName.get(aggregate);
			boolean guards = source != null && !source.unit().findAll(ThrowStmt.class).isEmpty();
			if (guards && !testClasses.contains(aggregate + "Tests")) {
				found.add(source.path() + " guards state changes but has no unit test class: write "
						+ aggregate + "Tests, one test per rule it guards");
			}
		}
		return found;
	}

	/** The module test classes: those annotated {@code @ApplicationModuleTest}, by module. */
	static Set<String> modulesWithModuleTests(List<Source> tests) {
		return tests.stream()
			.filter(test -> !test.unit().findAll(AnnotationExpr.class, annotation -> annotation.getNameAsString()
				.endsWith("ApplicationModuleTest")).isEmpty())
			.map(Source::module)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static List<String> modulesWithoutModuleTests(Set<String> modules, Set<String> tested, Map<String, String> exempt) {
		return modules.stream()
			.filter(module -> !tested.contains(module) && !exempt.containsKey(module))
			.map(module -> "The module " + module + " has no module test: write an @ApplicationModuleTest in "
					+ "src/test/java/org/mediationdesk/" + module + " that shows what its facade does and which "
					+ "events it publishes (see process.RoundEventsIntegrationTests)")
			.toList();
	}

	// Names

	private static final Pattern QUALIFIED = Pattern
		.compile("(?:java|javax|jakarta|org|com|io|tools|net)\\.(?:[a-z0-9_]+\\.)*([A-Z][A-Za-z0-9_]*)");

	/**
	 * Types are named by their simple name and imported; a fully qualified name in the code is allowed only where
	 * the simple name is already taken in that file (two annotations called {@code RequestBody}).
	 */
	static List<String> inlineQualifiedNames(List<Source> sources) {
		List<String> found = new ArrayList<>();
		for (Source source : sources) {
			if (source.path().endsWith("package-info.java")) {
				continue;
			}
			Set<String> taken = new TreeSet<>();
			source.unit().getImports().forEach(declaration -> taken.add(declaration.getName().getIdentifier()));
			source.unit().findAll(TypeDeclaration.class).forEach(type -> taken.add(type.getNameAsString()));
			Set<String> reported = new TreeSet<>();
			for (Node node : qualifiedNodes(source.unit())) {
				Matcher matcher = QUALIFIED.matcher(node.toString());
				if (matcher.lookingAt() && !taken.contains(matcher.group(1)) && reported.add(matcher.group())) {
					found.add(source.path() + ":" + line(node) + " names " + matcher.group() + " in full: import it "
							+ "and write " + matcher.group(1));
				}
			}
		}
		return found;
	}

	private static List<Node> qualifiedNodes(CompilationUnit unit) {
		List<Node> nodes = new ArrayList<>();
		unit.findAll(ClassOrInterfaceType.class)
			.stream()
			.filter(type -> type.getScope().isPresent() && !(type.getParentNode().orElse(null) instanceof ClassOrInterfaceType))
			.forEach(nodes::add);
		unit.findAll(FieldAccessExpr.class)
			.stream()
			.filter(access -> !(access.getParentNode().orElse(null) instanceof FieldAccessExpr))
			.forEach(nodes::add);
		unit.findAll(AnnotationExpr.class).stream().filter(annotation -> annotation.getName().getQualifier().isPresent())
			.forEach(annotation -> nodes.add(annotation.getName()));
		return nodes;
	}

	// Migrations

	/** The migrations' versions are 1, 2, 3 … N: whole numbers, each once, none left out. */
	static List<String> migrationVersions(List<String> fileNames) {
		List<String> found = new ArrayList<>();
		Map<Integer, String> byVersion = new TreeMap<>();
		for (String name : fileNames) {
			Matcher matcher = MIGRATION.matcher(name);
			if (!matcher.matches() || !matcher.group(1).matches("[1-9][0-9]*")) {
				found.add(name + " is not named V<whole number>__<what it does>.sql: give it the next free version");
				continue;
			}
			String earlier = byVersion.put(Integer.valueOf(matcher.group(1)), name);
			if (earlier != null) {
				found.add(name + " and " + earlier + " have the same version: give the newer one the next free "
						+ "version");
			}
		}
		int highest = byVersion.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		IntStream.rangeClosed(1, highest)
			.filter(version -> !byVersion.containsKey(version))
			.forEach(version -> found.add("There is no migration V" + version + "__: number the migrations "
					+ "consecutively; a new one takes V" + (highest + 1)));
		return found;
	}

	private static int line(Node node) {
		return node.getBegin().map(position -> position.line).orElse(0);
	}
}
