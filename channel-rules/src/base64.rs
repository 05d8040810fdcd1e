//! Base64 decoding shared by channels B (encoded payloads in prompts) and F
//! (JWT headers and high-entropy blobs in responses): both read the same two
//! alphabets, so one decoder serves both directions of this crate.

fn value(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

/// Decodes standard or URL-safe base64, padding optional. `None` when a byte is
/// outside both alphabets or the length cannot be base64.
pub fn decode(input: &[u8]) -> Option<Vec<u8>> {
    let trimmed = match input.iter().rposition(|&b| b != b'=') {
        Some(i) => &input[..=i],
        None => return Some(Vec::new()),
    };
    if trimmed.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(trimmed.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for &b in trimmed {
        acc = (acc << 6) | u32::from(value(b)?);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_alphabets_with_and_without_padding() {
        assert_eq!(decode(b"aGk=").as_deref(), Some(&b"hi"[..]));
        assert_eq!(decode(b"aGk").as_deref(), Some(&b"hi"[..]));
        assert_eq!(
            decode(b"eyJhbGciOiJIUzI1NiJ9").as_deref(),
            Some(&br#"{"alg":"HS256"}"#[..])
        );
        assert_eq!(decode(b"-_-_").as_deref(), decode(b"+/+/").as_deref());
        assert_eq!(decode(b"==").as_deref(), Some(&b""[..]));
        assert!(decode(b"a").is_none());
        assert!(decode(b"a*bc").is_none());
        assert!(decode("aGké".as_bytes()).is_none());
    }
}
