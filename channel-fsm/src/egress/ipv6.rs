//! IPv6 addresses, full (`2001:0db8:…:7334`) and compressed (`2400:cb00::55a`),
//! optionally ending in a dotted IPv4. Not `std::`-style paths, not times
//! (`12:30:45`), not MAC addresses, not loopback/unspecified.

use super::context;

fn hex_or_colon(b: u8) -> bool {
    b.is_ascii_hexdigit() || b == b':' || b == b'.'
}

fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Where a candidate may start: a hex digit or `:` not touching a word.
pub fn starts_at(text: &[u8], i: usize) -> bool {
    let b = text[i];
    (b.is_ascii_hexdigit() || b == b':')
        && (i == 0 || !(word(text[i - 1]) || matches!(text[i - 1], b':' | b'.')))
}

/// Extent of the candidate starting at `i`, and how many colons it holds.
pub fn extent(text: &[u8], i: usize) -> (usize, usize) {
    let mut e = i;
    let mut colons = 0;
    while e < text.len() && hex_or_colon(text[e]) {
        colons += usize::from(text[e] == b':');
        e += 1;
    }
    (e, colons)
}

/// Parses `s` as an IPv6 address; returns its 16-bit groups (the dotted
/// tail counted as two) or `None`.
pub fn parse(s: &[u8]) -> Option<[u16; 8]> {
    let text = std::str::from_utf8(s).ok()?;
    let (head, tail, compressed) = match text.find("::") {
        Some(p) => (&text[..p], &text[p + 2..], true),
        None => (text, "", false),
    };
    if tail.contains("::") {
        return None;
    }
    let mut groups: Vec<u16> = Vec::with_capacity(8);
    let mut tail_groups: Vec<u16> = Vec::with_capacity(8);
    let parse_part = |part: &str, out: &mut Vec<u16>, last: bool| -> Option<()> {
        if part.is_empty() {
            return Some(());
        }
        let pieces: Vec<&str> = part.split(':').collect();
        for (i, p) in pieces.iter().enumerate() {
            if i + 1 == pieces.len() && last && p.contains('.') {
                let octets: Vec<&str> = p.split('.').collect();
                if octets.len() != 4 {
                    return None;
                }
                let mut v = [0u8; 4];
                for (slot, o) in v.iter_mut().zip(&octets) {
                    if o.is_empty() || o.len() > 3 || !o.bytes().all(|b| b.is_ascii_digit()) {
                        return None;
                    }
                    *slot = o.parse().ok()?;
                }
                out.push(u16::from_be_bytes([v[0], v[1]]));
                out.push(u16::from_be_bytes([v[2], v[3]]));
            } else {
                if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                out.push(u16::from_str_radix(p, 16).ok()?);
            }
        }
        Some(())
    };
    parse_part(head, &mut groups, !compressed)?;
    parse_part(tail, &mut tail_groups, true)?;
    let total = groups.len() + tail_groups.len();
    if compressed {
        // `::` stands for at least one zero group.
        if total > 7 {
            return None;
        }
    } else if total != 8 {
        return None;
    }
    let mut out = [0u16; 8];
    out[..groups.len()].copy_from_slice(&groups);
    out[8 - tail_groups.len()..].copy_from_slice(&tail_groups);
    Some(out)
}

/// Checks the candidate `[i, end)`; true when it is an identifying address.
pub fn check(text: &[u8], i: usize, end: usize) -> bool {
    let mut e = end;
    // Sentence punctuation after an address (`…:55a.`, `…::1:`).
    while e > i && text[e - 1] == b'.' {
        e -= 1;
    }
    if e > i + 1 && text[e - 1] == b':' && text[e - 2] != b':' {
        e -= 1;
    }
    let s = &text[i..e];
    if s.iter().filter(|&&b| b == b':').count() < 2 {
        return false;
    }
    // Touching a word on the right (`ab:cd:efg`, `::new`) is code, not an address.
    if text.get(end).is_some_and(|&b| word(b)) {
        return false;
    }
    let Some(g) = parse(s) else {
        return false;
    };
    let nonzero = g.iter().filter(|&&v| v != 0).count();
    // Loopback / unspecified / IPv4-mapped loopback, and `a::b` fragments of
    // code with too little content to be an address.
    if nonzero < 2 && g[..7].iter().all(|&v| v == 0) {
        return false;
    }
    let compressed = s.windows(2).any(|w| w == b"::");
    let written =
        s.split(|&b| b == b':').filter(|p| !p.is_empty()).count() + usize::from(s.contains(&b'.'));
    if compressed && written < 3 {
        return false;
    }
    if g[0] & 0xff00 == 0xff00 {
        // Multicast groups name no host.
        return false;
    }
    if g[0] == 0x2001 && g[1] == 0x0db8 {
        // Documentation prefix: a leak unless presented as an example.
        return !context::is_example(text, i);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(s: &str) -> bool {
        let t = s.as_bytes();
        let mut i = 0;
        while i < t.len() {
            if starts_at(t, i) {
                let (e, _) = extent(t, i);
                if check(t, i, e) {
                    return true;
                }
                i = e.max(i + 1);
            } else {
                i += 1;
            }
        }
        false
    }

    #[test]
    fn addresses() {
        assert!(find("from 2400:cb00:2048:1::6814:55a on"));
        assert!(find("to 2001:db8:1f70:999:de8:7648:3a49:6e8, TTL"));
        assert!(find("fe80::1ff:fe23:4567:890a%eth0"));
        assert!(find("::ffff:10.0.0.1 mapped"));
        assert!(!find("use std::vector<int> v;"));
        assert!(!find("at 12:30:45 today"));
        assert!(!find("localhost is ::1 in IPv6"));
        assert!(!find("mac 00:1a:2b:3c:4d:5e"));
        assert!(!find("for example 2001:db8::1"));
        assert!(!find("Foo::Bar::baz"));
    }
}
