//! Secrets: random session ids and tokens from the operating system, stored only as hashes;
//! passwords hashed with Argon2id and checked against the commonest passwords.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use sha2::{Digest, Sha256};

/// The shortest password accepted (OWASP ASVS 5.0 asks for at least 8 characters).
pub const MIN_PASSWORD_CHARS: usize = 8;
/// The longest password accepted: enough for any passphrase, short enough to hash quickly.
pub const MAX_PASSWORD_CHARS: usize = 128;

/// The prefix of personal access tokens, so that secret scanners and people recognise them.
pub const TOKEN_PREFIX: &str = "tomster_";

/// Passwords that attackers try first, lower-cased (each line one password).
const COMMON_PASSWORDS: &str = include_str!("../assets/common-passwords.txt");

/// 32 random bytes written in hexadecimal (256 bits: not guessable).
pub fn random_secret() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    Ok(hex(&bytes))
}

/// The hash under which a secret is stored and looked up.
pub fn secret_hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// Bytes written in lowercase hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    text
}

/// Why a new password is refused: each is a message key of the web catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeakPassword {
    TooShort,
    TooLong,
    Common,
}

impl WeakPassword {
    pub fn key(self) -> &'static str {
        match self {
            WeakPassword::TooShort => "web-password-too-short",
            WeakPassword::TooLong => "web-password-too-long",
            WeakPassword::Common => "web-password-common",
        }
    }
}

/// Checks a new password against the policy.
pub fn check_new_password(password: &str) -> Result<(), WeakPassword> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_CHARS {
        return Err(WeakPassword::TooShort);
    }
    if length > MAX_PASSWORD_CHARS {
        return Err(WeakPassword::TooLong);
    }
    let lowered = password.to_lowercase();
    if COMMON_PASSWORDS
        .lines()
        .any(|common| common.trim() == lowered)
    {
        return Err(WeakPassword::Common);
    }
    Ok(())
}

/// Hashes a password with Argon2id (the crate's defaults: 19 MiB, 2 passes, OWASP's minimum)
/// and a random salt, in the PHC string format that carries its own parameters.
pub fn hash_password(password: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|error| error.to_string())?;
    let salt = SaltString::encode_b64(&salt).map_err(|error| error.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|error| error.to_string())
}

/// Whether a password matches a stored hash (a malformed hash matches nothing).
pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
    })
}

/// A hash to verify against when the account does not exist, so that a login for an unknown
/// email costs the same time as one for a known email (no account enumeration by timing).
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password never used").unwrap_or_default())
}

/// Compares two secrets in time independent of where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |difference, (x, y)| difference | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_hash_only() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse batterY", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn weak_passwords_are_refused_with_their_reason() {
        assert_eq!(check_new_password("short"), Err(WeakPassword::TooShort));
        assert_eq!(check_new_password("Password1"), Err(WeakPassword::Common));
        assert_eq!(check_new_password("azertyuiop"), Err(WeakPassword::Common));
        assert_eq!(
            check_new_password(&"x".repeat(129)),
            Err(WeakPassword::TooLong)
        );
        assert_eq!(check_new_password("vin de Loire 2027"), Ok(()));
    }

    #[test]
    fn secrets_are_random_and_hashed() {
        let one = random_secret().unwrap();
        let two = random_secret().unwrap();
        assert_eq!(one.len(), 64);
        assert_ne!(one, two);
        assert_eq!(secret_hash(&one).len(), 64);
        assert_ne!(secret_hash(&one), one);
        assert!(same_secret(&one, &one.clone()));
        assert!(!same_secret(&one, &two));
    }
}
