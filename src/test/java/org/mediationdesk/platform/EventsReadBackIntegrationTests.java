package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.AccountChanged;
import org.mediationdesk.shared.AuditableEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Every event the modules publish can wait in the event publication registry: it is written there as JSON in the
 * writer's transaction (a type that cannot be written would fail the change itself), and read back as it was when it
 * is delivered again. Each event record is made with a value for every component and taken through the
 * registry's own serializer.
 */
@IntegrationTest
class EventsReadBackIntegrationTests {

	/**
	 * Events that never wait in the registry: no listener after the commit takes them (the page cache and the search
	 * index leave an account's business alone, and no notification tells of it). {@code AccountChanged} could not:
	 * its {@code detail()} answers more than its component holds, so it would read back with the username twice.
	 */
	static final Set<Class<?>> NEVER_HELD = Set.of(AccountChanged.class);

	@Autowired
	EventSerializer serializer;

	@Test
	void everyEventRecordReadsBackAsItWasWritten() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
		List<Class<?>> events = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.mediationdesk")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			if (type.isRecord() && !type.getName().contains("Test") && !NEVER_HELD.contains(type)) {
				events.add(type);
			}
		}
		assertThat(events).as("the event records found").hasSizeGreaterThan(40);
		// the notifications' listeners receive each event inside an announcement, which names the event's class
		Class<?> announcement = Class.forName("org.mediationdesk.notifications.Announcement");
		Constructor<?> announce = announcement.getDeclaredConstructor(UUID.class, AuditableEvent.class);
		announce.setAccessible(true);
		List<String> changed = new ArrayList<>();
		for (Class<?> type : events) {
			Object event = sample(type);
			Object serialized = serializer.serialize(event);
			if (!event.equals(serializer.deserialize(serialized, type))) {
				changed.add(type.getName() + " from " + serialized);
			}
			Object announced = announce.newInstance(UUID.randomUUID(), event);
			Object written = serializer.serialize(announced);
			if (!announced.equals(serializer.deserialize(written, announcement))) {
				changed.add("announced " + written);
			}
		}
		assertThat(changed).as("events that read back otherwise than written").isEmpty();
	}

	private static Object sample(Class<?> type) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = new Class<?>[components.length];
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = value(types[i], components[i].getGenericType());
		}
		Constructor<?> constructor = type.getDeclaredConstructor(types);
		constructor.setAccessible(true);
		return constructor.newInstance(values);
	}

	/** The class of a collection's elements (the last type argument: a map's values). */
	private static Class<?> element(Type generic) {
		if (generic instanceof ParameterizedType parameterized) {
			Type[] arguments = parameterized.getActualTypeArguments();
			if (arguments[arguments.length - 1] instanceof Class<?> element) {
				return element;
			}
		}
		return String.class;
	}

	private static Object value(Class<?> type, Type generic) throws Exception {
		if (type == String.class) {
			return "a value";
		}
		if (type == int.class || type == Integer.class) {
			return 3;
		}
		if (type == long.class || type == Long.class) {
			return 4L;
		}
		if (type == boolean.class || type == Boolean.class) {
			return true;
		}
		if (type == UUID.class) {
			return UUID.fromString("5f0c2d3e-1a2b-4c5d-8e9f-0a1b2c3d4e5f");
		}
		if (type == Instant.class) {
			return Instant.parse("2026-12-07T10:15:30.123456Z");
		}
		if (type == LocalDate.class) {
			return LocalDate.of(2026, 12, 7);
		}
		if (type == LocalTime.class) {
			return LocalTime.of(10, 15);
		}
		if (type == LocalDateTime.class) {
			return LocalDateTime.of(2026, 12, 7, 10, 15);
		}
		if (type == Audience.class) {
			return Audience.groupAndCoChairs(UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type == List.class) {
			return List.of(value(element(generic), element(generic)));
		}
		if (type == Set.class) {
			return Set.of(value(element(generic), element(generic)));
		}
		if (type == Map.class) {
			return Map.of("key", value(element(generic), element(generic)));
		}
		if (type.isRecord()) {
			return sample(type);
		}
		throw new IllegalStateException("no sample value for " + type.getName() + ": add one to this test");
	}
}
