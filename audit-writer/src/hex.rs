//! Lower-case hex, the only encoding used in records.

const DIGITS: &[u8; 16] = b"0123456789abcdef";

pub fn encode(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Decodes exactly `N` bytes of lower-case hex; anything else is `None`
/// (upper case is refused so every value has one spelling).
pub fn decode<const N: usize>(s: &str) -> Option<[u8; N]> {
    let b = s.as_bytes();
    if b.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (i, pair) in b.chunks_exact(2).enumerate() {
        out[i] = (nibble(pair[0])? << 4) | nibble(pair[1])?;
    }
    Some(out)
}

fn nibble(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trip_and_strictness() {
        let v = [0u8, 1, 0xab, 0xff];
        let s = super::encode(&v);
        assert_eq!(s, "0001abff");
        assert_eq!(super::decode::<4>(&s), Some(v));
        assert_eq!(super::decode::<4>("0001ABFF"), None);
        assert_eq!(super::decode::<4>("0001abf"), None);
        assert_eq!(super::decode::<2>("0001abff"), None);
    }
}
