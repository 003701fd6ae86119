package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class HashedSecretTests {

	@Test
	void issuesASecretWithItsPrefixAndTwoHundredFiftySixRandomBits() {
		HashedSecret.Issued issued = HashedSecret.issue("mdt_");
		assertThat(issued.secret()).startsWith("mdt_").hasSize(4 + 43).matches("mdt_[A-Za-z0-9_-]{43}");
		assertThat(HashedSecret.issue("").secret()).matches("[A-Za-z0-9_-]{43}");
	}

	@Test
	void issuesADifferentSecretEachTime() {
		assertThat(HashedSecret.issue("").secret()).isNotEqualTo(HashedSecret.issue("").secret());
	}

	@Test
	void keepsTheSha256OfTheSecretAndNeverTheSecret() {
		assertThat(HashedSecret.of("abc").hash())
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		HashedSecret.Issued issued = HashedSecret.issue("mdt_");
		assertThat(issued.hashed()).isEqualTo(HashedSecret.of(issued.secret()));
		assertThat(issued.hashed().hash()).matches("[0-9a-f]{64}").doesNotContain(issued.secret().substring(4));
		assertThat(issued.toString()).doesNotContain(issued.secret());
	}

	@Test
	void matchesOnlyItsOwnSecret() {
		HashedSecret.Issued issued = HashedSecret.issue("");
		HashedSecret.Issued other = HashedSecret.issue("");
		assertThat(issued.hashed().matches(issued.secret())).isTrue();
		assertThat(issued.hashed().matches(other.secret())).isFalse();
		assertThat(issued.hashed().matches(issued.secret() + "x")).isFalse();
		assertThat(issued.hashed().matches("")).isFalse();
		assertThat(issued.hashed().matches(null)).isFalse();
	}

	@Test
	void looksUpOnlyWhatHasTheShapeOfASecretIssuedWithThatPrefix() {
		HashedSecret.Issued token = HashedSecret.issue("mdt_");
		assertThat(HashedSecret.presented("mdt_", token.secret())).contains(token.hashed());
		assertThat(HashedSecret.presented("", token.secret())).isEmpty();
		assertThat(HashedSecret.presented("mdt_", token.secret().substring(4))).isEmpty();
		assertThat(HashedSecret.presented("mdt_", "mdt_forged")).isEmpty();
		assertThat(HashedSecret.presented("mdt_", token.secret() + "A")).isEmpty();
		assertThat(HashedSecret.presented("", "a".repeat(42) + "/")).isEmpty();
		assertThat(HashedSecret.presented("", null)).isEmpty();
	}

	@Test
	void refusesAnythingButASha256InLowerCaseHex() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HashedSecret(null));
		assertThatIllegalArgumentException().isThrownBy(() -> new HashedSecret("abc"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HashedSecret("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
	}
}
