package org.mediationdesk.platform;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.mediationdesk.shared.StartRefused;

/**
 * The proxies whose {@code X-Forwarded-For} the application believes ({@code mediationdesk.security.trusted-proxies}:
 * addresses and CIDR ranges, IPv4 or IPv6; none by default), and the rule by which it finds the client behind them.
 * Each proxy appends the address it received the request from to {@code X-Forwarded-For}, so only the entries that
 * trusted proxies appended are true: reading from the right, past the immediate peer and every trusted proxy, the
 * first address that is not a trusted proxy is the client. Whatever stands left of it the client wrote itself. A
 * request whose immediate peer is not a trusted proxy is taken as it came: its own header is ignored.
 */
final class TrustedProxies {

	/** Only address literals: a name would be looked up in the DNS, which is never wanted here. */
	private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<Range> ranges;

	private TrustedProxies(List<Range> ranges) {
		this.ranges = List.copyOf(ranges);
	}

	/** The proxies of the setting; an entry that is not an address or a CIDR range refuses the start. */
	static TrustedProxies of(List<String> entries) {
		List<Range> ranges = new ArrayList<>();
		for (String entry : entries == null ? List.<String>of() : entries) {
			if (entry == null || entry.isBlank()) {
				continue;
			}
			ranges.add(Range.parse(entry.strip()));
		}
		return new TrustedProxies(ranges);
	}

	boolean none() {
		return ranges.isEmpty();
	}

	/** Whether this address (a literal) is one of the trusted proxies. */
	boolean trusts(String address) {
		byte[] bytes = literal(address);
		return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
	}

	/**
	 * The client's address: the peer's when it is not a trusted proxy; otherwise the right-most address of the
	 * {@code X-Forwarded-For} values (all its headers, in order) that is not a trusted proxy, or the left-most if all
	 * are. An entry that is not an address stops the walk at the last trusted hop.
	 */
	String client(String peer, List<String> forwardedFor) {
		if (!trusts(peer)) {
			return peer;
		}
		List<String> hops = new ArrayList<>();
		for (String header : forwardedFor) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		String client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (literal(hop) == null) {
				return client;
			}
			client = hop;
			if (!trusts(hop)) {
				return hop;
			}
		}
		return client;
	}

	/** The address's bytes if it is an IPv4 or IPv6 literal (IPv6 possibly in brackets), otherwise null. */
	static byte[] literal(String address) {
		if (address == null) {
			return null;
		}
		String text = address.strip();
		if (text.startsWith("[") && text.endsWith("]")) {
			text = text.substring(1, text.length() - 1);
		}
		if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
			return null;
		}
		try {
			byte[] bytes = InetAddress.getByName(text).getAddress();
			return bytes.length == 16 && isMappedIpv4(bytes) ? Arrays.copyOfRange(bytes, 12, 16) : bytes;
		}
		catch (UnknownHostException | SecurityException e) {
			return null;
		}
	}

	private static boolean isMappedIpv4(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
	}

	/** An address with the length of its prefix: {@code 10.0.0.0/8}, {@code 192.0.2.7} (/32), {@code fd00::/8}. */
	private record Range(byte[] network, int prefix) {

		static Range parse(String entry) {
			int slash = entry.indexOf('/');
			byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
			int bits = network == null ? 0 : network.length * 8;
			int prefix = bits;
			if (network != null && slash >= 0) {
				String length = entry.substring(slash + 1);
				prefix = length.matches("[0-9]{1,3}") ? Integer.parseInt(length) : -1;
			}
			if (network == null || prefix < 0 || prefix > bits) {
				throw new StartRefused("mediationdesk.security.trusted-proxies: \"" + entry
						+ "\" is not an address or a CIDR range (such as 10.0.0.5, 10.0.0.0/8 or fd00::/8)");
			}
			return new Range(network, prefix);
		}

		boolean contains(byte[] address) {
			if (address.length != network.length) {
				return false;
			}
			int bits = network.length * 8;
			BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
				.xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
			return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
		}
	}
}
