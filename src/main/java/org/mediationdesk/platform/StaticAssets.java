package org.mediationdesk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.webjars.WebJarVersionLocator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The style sheets and scripts every page links to, served from memory right after the front door (which wrote the
 * security headers), without the session, security and dispatcher machinery a page needs: they are the same for
 * everyone. Each is read once at start. Pages link to them by a name that carries a hash of the content
 * ({@code /assets/css/app-1f2e3d4c5b6a.css}, through {@link #paths}), which browsers may keep for a year without asking
 * again; the plain name still answers, for an hour and with a validator. An address not known here goes on to the
 * dispatcher as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class StaticAssets extends OncePerRequestFilter {

	/** The application's own files, under {@code /assets}. */
	private static final String OWN = "classpath:/static/**/*.*";

	/** The libraries' files the layout links to, under {@code /webjars}. */
	static final List<String> LIBRARIES = List.of("/webjars/bootstrap/css/bootstrap.min.css",
			"/webjars/bootstrap/js/bootstrap.bundle.min.js", "/webjars/htmx.org/dist/htmx.min.js");

	static final String HASHED = "public, max-age=31536000, immutable";
	static final String PLAIN = "public, max-age=3600";

	record Asset(byte[] body, String contentType, String etag, String hashedPath, boolean hashed) {
	}

	private final Map<String, Asset> byPath = new ConcurrentHashMap<>();
	private final Map<String, String> hashedPaths = new ConcurrentHashMap<>();
	private final Map<String, String> paths = Collections.unmodifiableMap(hashedPaths);

	StaticAssets() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (Resource resource : resolver.getResources(OWN)) {
			String url = resource.getURL().toString();
			keep("/assets" + url.substring(url.lastIndexOf("/static/") + "/static".length()), resource);
		}
		WebJarVersionLocator webJars = new WebJarVersionLocator();
		for (String path : LIBRARIES) {
			String rest = path.substring("/webjars/".length());
			String library = rest.substring(0, rest.indexOf('/'));
			String located = webJars.fullPath(library, rest.substring(library.length() + 1));
			if (located != null) {
				keep(path, resolver.getResource("classpath:" + located));
			}
		}
	}

	private void keep(String path, Resource resource) {
		byte[] body;
		try (InputStream in = resource.getInputStream()) {
			body = in.readAllBytes();
		}
		catch (IOException failure) {
			throw new UncheckedIOException("cannot read " + resource, failure);
		}
		String hash = hash(body);
		int dot = path.lastIndexOf('.');
		String hashedPath = path.substring(0, dot) + "-" + hash + path.substring(dot);
		String type = MediaTypeFactory.getMediaType(path).map(Object::toString).orElse("application/octet-stream");
		if (type.startsWith("text/") || type.endsWith("javascript")) {
			type += ";charset=UTF-8";
		}
		byPath.put(path, new Asset(body, type, "\"" + hash + "\"", hashedPath, false));
		byPath.put(hashedPath, new Asset(body, type, "\"" + hash + "\"", hashedPath, true));
		hashedPaths.put(path, hashedPath);
	}

	private static String hash(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 12);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * The addresses pages link to, by the files' plain names: {@code /assets/css/app.css} gives the name with the
	 * content's hash. Templates read them as {@code ${assets['/assets/css/app.css']}}.
	 */
	Map<String, String> paths() {
		return paths;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !byPath.containsKey(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Asset asset = byPath.get(request.getRequestURI());
		response.setHeader(HttpHeaders.ETAG, asset.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, asset.hashed() ? HASHED : PLAIN);
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (match != null && (match.contains(asset.etag()) || match.strip().equals("*"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(asset.contentType());
		response.setContentLength(asset.body().length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(asset.body());
		}
	}
}
