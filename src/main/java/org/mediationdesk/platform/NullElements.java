package org.mediationdesk.platform;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import org.mediationdesk.shared.DeskException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A list in a JSON body with an empty element ({@code "invitedGroups": ["GE", null]}) is the caller's to fix: it is
 * refused with 400 and a problem detail that names the list, before any module reads it, instead of failing
 * wherever the module first touches the element. Lists and the keys of maps are checked, in the body's records and
 * their records, to a depth that no body of the API reaches.
 */
@ControllerAdvice
class NullElements extends RequestBodyAdviceAdapter {

	private static final int DEPTH = 12;

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		String where = find(body, "", 0);
		if (where != null) {
			throw new DeskException.Invalid("error.nullElement", where.isEmpty() ? "(body)" : where);
		}
		return body;
	}

	/** Where the first empty element is ({@code invitedGroups}, {@code rows[2].groups}), or null if there is none. */
	static String find(Object value, String path, int depth) {
		if (value == null || depth > DEPTH) {
			return null;
		}
		if (value instanceof Collection<?> list) {
			int index = 0;
			for (Object element : list) {
				String inner = element == null ? path : find(element, path + "[" + index + "]", depth + 1);
				if (inner != null) {
					return inner;
				}
				index++;
			}
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String inner = entry.getKey() == null ? path : find(entry.getValue(), path + "." + entry.getKey(), depth + 1);
				if (inner != null) {
					return inner;
				}
			}
		}
		else if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				String inner = find(read(component, value), path.isEmpty() ? component.getName()
						: path + "." + component.getName(), depth + 1);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException | RuntimeException unreadable) {
			return null;
		}
	}
}
