//! IPv4 addresses: a dotted quad standing alone (not part of a longer dotted
//! string or a version like `v1.2.3.4`), every octet <= 255. Loopback,
//! unspecified, multicast, netmasks and well-known public resolvers identify
//! nobody; documentation ranges pass when presented as examples. Private
//! RFC 1918 addresses do count: they map a tenant's internal network.

use super::context;
use super::numrun::NumRun;

fn octet(d: &[u8]) -> Option<u8> {
    if d.is_empty() || d.len() > 3 {
        return None;
    }
    let v = d.iter().fold(0u16, |a, &b| a * 10 + u16::from(b - b'0'));
    u8::try_from(v).ok()
}

/// Classification of a syntactically valid address.
#[derive(Debug, PartialEq, Eq)]
pub enum Class {
    /// Identifies nothing (loopback, 0/8, multicast, masks, public DNS).
    Harmless,
    /// Documentation ranges (TEST-NET-1/2/3).
    Documentation,
    /// Anything else, private ranges included.
    Address,
}

pub fn classify(o: [u8; 4]) -> Class {
    match o {
        [127, ..] | [0, ..] | [169, 254, ..] => Class::Harmless,
        [a, ..] if a >= 224 => Class::Harmless,
        // Public resolvers quoted in ordinary how-tos.
        [8, 8, 8, 8] | [8, 8, 4, 4] | [1, 1, 1, 1] | [1, 0, 0, 1] | [9, 9, 9, 9] => Class::Harmless,
        [208, 67, 222, 222] | [208, 67, 220, 220] => Class::Harmless,
        [192, 0, 2, _] | [198, 51, 100, _] | [203, 0, 113, _] => Class::Documentation,
        _ => Class::Address,
    }
}

/// Words that make a dotted quad a version or build number.
const VERSION_WORDS: &[&[u8]] = &[b"v", b"version", b"ver", b"release", b"build", b"rev"];

/// Looks for an address among windows of four dot-joined groups of `run`.
pub fn find(run: &NumRun<'_>) -> bool {
    let n = run.groups.len();
    for a in 0..n.saturating_sub(3) {
        let dotted = (a + 1..a + 4).all(|k| run.sep(k) == b".");
        // Not the middle of a longer dotted string on either side.
        let left = if a == 0 {
            !run.glued_left() && !run.sep(0).contains(&b'+')
        } else {
            run.sep(a) != b"."
        };
        let right = if a + 4 < n {
            run.sep(a + 4) != b"."
        } else {
            !run.glued_right()
        };
        if !(dotted && left && right) {
            continue;
        }
        let mut o = [0u8; 4];
        let mut ok = true;
        for (i, slot) in o.iter_mut().enumerate() {
            match octet(run.digits(a + i)) {
                Some(v) => *slot = v,
                None => ok = false,
            }
        }
        if !ok {
            continue;
        }
        let pos = run.groups[a].start;
        let prev = context::previous_word(run.text, pos).to_ascii_lowercase();
        if VERSION_WORDS.contains(&prev.as_slice()) {
            continue;
        }
        match classify(o) {
            Class::Harmless => {}
            Class::Documentation => {
                if !context::is_example(run.text, pos) {
                    return true;
                }
            }
            Class::Address => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(classify([10, 42, 7, 19]), Class::Address);
        assert_eq!(classify([192, 168, 1, 1]), Class::Address);
        assert_eq!(classify([127, 0, 0, 1]), Class::Harmless);
        assert_eq!(classify([255, 255, 255, 0]), Class::Harmless);
        assert_eq!(classify([192, 0, 2, 10]), Class::Documentation);
    }
}
