package org.mediationdesk.identity;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

	/**
	 * Argon2id with Spring Security's current recommended parameters. A password is hashed as UTF-8: a lone
	 * surrogate, which has no UTF-8 form and which the hash function refuses with an exception, is read as a
	 * replacement character, so that such a password is simply wrong (or weak), never a server error. No stored
	 * hash can be of such a password, so nothing changes for existing accounts.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		return new PasswordEncoder() {
			@Override
			public String encode(CharSequence rawPassword) {
				return argon2.encode(wellFormed(rawPassword));
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				return argon2.matches(wellFormed(rawPassword), encodedPassword);
			}

			@Override
			public boolean upgradeEncoding(String encodedPassword) {
				return argon2.upgradeEncoding(encodedPassword);
			}
		};
	}

	private static String wellFormed(CharSequence raw) {
		return raw == null ? null : new String(raw.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}
}
