/**
 * The rendered-page cache of the public pages, for anonymous visitors.
 *
 * <ul>
 * <li><b>Public page</b>: a page that every anonymous visitor reads the same (the home page, the timeline, a
 * round's page, a communiqué's page), in a language.</li>
 * <li><b>Cached page</b>: a public page as it was rendered for an anonymous visitor, kept in memory by its
 * address and language, served with validators ({@code ETag}, {@code Last-Modified}) and
 * {@code Cache-Control: public, max-age=60} so that a reverse proxy can answer in its place, and answered
 * {@code 304} to a conditional request. It is dropped after any change the modules announce that may change
 * what an anonymous visitor reads (once committed; {@code confidentiality.PublicRecordChanges} says which: not a
 * download, an export, an account's own business, nor a change to what is not public) and after a minute.</li>
 * </ul>
 *
 * Nobody with a session or a token is served a cached page, and no answer that sets a cookie, carries a form
 * token or is not a plain 200 page is kept: a visitor who logs in reads their own page, never the public one,
 * and the public never reads a page rendered for someone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Page cache", allowedDependencies = { "shared", "identity",
		"confidentiality" })
package org.mediationdesk.pagecache;
