//! IBANs (ISO 13616): a country code, two check digits and a BBAN of the
//! length that country registers, compact or in groups of four, passing the
//! ISO 7064 mod-97-10 check.

/// Registered IBAN lengths per country.
const LENGTHS: &[(&[u8; 2], u8)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BI", 27),
    (b"BR", 29),
    (b"BY", 28),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DJ", 27),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FK", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HN", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"LY", 25),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MN", 20),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NI", 28),
    (b"NL", 18),
    (b"NO", 15),
    (b"OM", 23),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"RU", 33),
    (b"SA", 24),
    (b"SC", 31),
    (b"SD", 18),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"SO", 23),
    (b"ST", 25),
    (b"SV", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
    (b"YE", 30),
];

fn length_of(cc: [u8; 2]) -> Option<usize> {
    LENGTHS
        .iter()
        .find(|(c, _)| **c == cc)
        .map(|&(_, l)| usize::from(l))
}

/// ISO 7064 mod-97-10 over an uppercase alphanumeric IBAN.
pub fn mod97_valid(iban: &[u8]) -> bool {
    if iban.len() < 5 {
        return false;
    }
    let mut rem: u32 = 0;
    let rotated = iban[4..].iter().chain(&iban[..4]);
    for &c in rotated {
        match c {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => rem = (rem * 100 + u32::from(c - b'A' + 10)) % 97,
            _ => return false,
        }
    }
    rem == 1
}

/// Whether an IBAN can start at `i` (two letters after a non-word byte).
pub fn starts_at(text: &[u8], i: usize) -> bool {
    text[i].is_ascii_alphabetic()
        && (i == 0 || !(text[i - 1].is_ascii_alphanumeric() || text[i - 1] == b'_'))
        && text.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
        && text.get(i + 2).is_some_and(u8::is_ascii_digit)
        && text.get(i + 3).is_some_and(u8::is_ascii_digit)
}

/// Checks for an IBAN starting at `i`; `buf` is scratch space.
pub fn check(text: &[u8], i: usize, buf: &mut Vec<u8>) -> bool {
    let cc = [
        text[i].to_ascii_uppercase(),
        text[i + 1].to_ascii_uppercase(),
    ];
    let Some(len) = length_of(cc) else {
        return false;
    };
    buf.clear();
    let mut j = i;
    let mut group = 0;
    while j < text.len() && buf.len() < len {
        let b = text[j];
        if b.is_ascii_alphanumeric() {
            buf.push(b.to_ascii_uppercase());
            group += 1;
            j += 1;
        } else if (b == b' ' || b == b'-')
            && group == 4
            && text.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            // Print format: groups of four joined by one space (or dash).
            group = 0;
            j += 1;
        } else {
            break;
        }
    }
    if buf.len() != len {
        return false;
    }
    // The IBAN must end here, not run on into a longer token.
    if text.get(j).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    mod97_valid(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(s: &str) -> bool {
        let t = s.as_bytes();
        let mut buf = Vec::new();
        (0..t.len()).any(|i| starts_at(t, i) && check(t, i, &mut buf))
    }

    #[test]
    fn ibans() {
        assert!(find("Layla Hassan,GB73NWBK75390864171429\n"));
        assert!(find("Gareth,GB89 BARC 5044 4592 7847 66 and"));
        assert!(find("IBAN: DE89 3704 0044 0532 0130 00."));
        assert!(find("ES2662068770096297441324"));
        assert!(!find("GB74 BARC 5044 4592 7847 66"));
        assert!(!find("GB73NWBK753908641714291"));
        assert!(!find("XX73NWBK75390864171429"));
    }
}
