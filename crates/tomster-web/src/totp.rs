//! The optional second factor: time-based one-time passwords (RFC 6238, the codes of every
//! authenticator app: HMAC-SHA1, 30-second steps, 6 digits) and single-use recovery codes.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds per step.
const STEP_SECONDS: i64 = 30;
/// Steps accepted either side of now, for clocks a little apart.
const DRIFT_STEPS: i64 = 1;
/// How many recovery codes a user gets.
pub const RECOVERY_CODES: usize = 10;

/// A new random secret (160 bits, the size RFC 4226 recommends), in base32.
pub fn new_secret() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes)?;
    Ok(base32(&bytes))
}

/// RFC 4648 base32 without padding: what authenticator apps take.
pub fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut text = String::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for byte in bytes {
        buffer = (buffer << 8) | u32::from(*byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            text.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        text.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    text
}

fn from_base32(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for character in text.chars().filter(|character| !character.is_whitespace()) {
        let value = match character.to_ascii_uppercase() {
            letter @ 'A'..='Z' => letter as u32 - 'A' as u32,
            digit @ '2'..='7' => digit as u32 - '2' as u32 + 26,
            _ => return None,
        };
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    Some(bytes)
}

/// The code of a secret (raw bytes) at a step, with `digits` digits (RFC 4226's truncation).
fn code_at(key: &[u8], step: i64, digits: u32) -> Option<String> {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).ok()?;
    mac.update(&step.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[hash.len() - 1] & 0x0f);
    let binary = (u32::from(hash[offset] & 0x7f) << 24)
        | (u32::from(hash[offset + 1]) << 16)
        | (u32::from(hash[offset + 2]) << 8)
        | u32::from(hash[offset + 3]);
    let code = binary % 10u32.pow(digits);
    Some(format!("{code:0width$}", width = digits as usize))
}

/// The code of a base32 secret at a time (what the user's app shows then).
pub fn code(secret: &str, at: i64) -> Option<String> {
    code_at(&from_base32(secret)?, at.div_euclid(STEP_SECONDS), 6)
}

/// The step a code belongs to, when it is the secret's code now (or one step either side) and
/// newer than `last_used`: a code is accepted once.
pub fn verify(secret: &str, code: &str, now: i64, last_used: Option<i64>) -> Option<i64> {
    let key = from_base32(secret)?;
    let code: String = code.chars().filter(char::is_ascii_digit).collect();
    if code.len() != 6 {
        return None;
    }
    let current = now.div_euclid(STEP_SECONDS);
    (current - DRIFT_STEPS..=current + DRIFT_STEPS)
        .filter(|step| last_used.is_none_or(|last| *step > last))
        .find(|step| {
            code_at(&key, *step, 6)
                .is_some_and(|expected| crate::secrets::same_secret(&expected, &code))
        })
}

/// The address authenticator apps read (also what a QR code would hold).
pub fn provisioning_uri(secret: &str, account: &str) -> String {
    let escape = |text: &str| {
        text.bytes()
            .map(|byte| match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => {
                    char::from(byte).to_string()
                }
                other => format!("%{other:02X}"),
            })
            .collect::<String>()
    };
    format!(
        "otpauth://totp/Tomster:{}?secret={secret}&issuer=Tomster&algorithm=SHA1&digits=6&period=30",
        escape(account)
    )
}

/// New recovery codes: ten groups of five base32 characters, easy to type.
pub fn recovery_codes() -> Result<Vec<String>, getrandom::Error> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 7];
            getrandom::fill(&mut bytes)?;
            let text = base32(&bytes);
            Ok(format!("{}-{}", &text[..5], &text[5..10]))
        })
        .collect()
}

/// A recovery code as stored and compared: without dashes and spaces, upper case.
pub fn normalise_recovery_code(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|character| character.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_the_rfc_6238_test_vectors() {
        // RFC 6238, appendix B, SHA-1: secret "12345678901234567890".
        let key = b"12345678901234567890";
        assert_eq!(code_at(key, 59 / 30, 8).as_deref(), Some("94287082"));
        assert_eq!(
            code_at(key, 1_111_111_109 / 30, 8).as_deref(),
            Some("07081804")
        );
        assert_eq!(
            code_at(key, 2_000_000_000 / 30, 8).as_deref(),
            Some("69279037")
        );
    }

    #[test]
    fn a_code_is_accepted_once_and_only_near_its_time() {
        let secret = base32(b"12345678901234567890");
        assert_eq!(secret, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        let now = 1_111_111_109;
        let code = code_at(b"12345678901234567890", now / 30, 6).unwrap();
        let step = verify(&secret, &code, now, None).expect("accepted now");
        assert_eq!(verify(&secret, &code, now, Some(step)), None, "never twice");
        assert!(
            verify(&secret, &code, now + 30, None).is_some(),
            "one step late"
        );
        assert_eq!(verify(&secret, &code, now + 90, None), None, "too late");
        assert_eq!(
            verify(&secret, "000000", now, None).filter(|_| code != "000000"),
            None
        );
        assert_eq!(verify(&secret, "12345", now, None), None);
    }

    #[test]
    fn secrets_and_recovery_codes_are_random_and_readable() {
        let secret = new_secret().unwrap();
        assert_eq!(secret.len(), 32);
        assert_ne!(secret, new_secret().unwrap());
        let codes = recovery_codes().unwrap();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert!(
            codes
                .iter()
                .all(|code| code.len() == 11 && code.as_bytes()[5] == b'-')
        );
        assert_eq!(normalise_recovery_code(" abcde-fghij "), "ABCDEFGHIJ");
        assert!(provisioning_uri(&secret, "a b@c.fr").contains("Tomster:a%20b%40c.fr?secret="));
    }
}
