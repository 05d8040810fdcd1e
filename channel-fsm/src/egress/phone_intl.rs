//! International phone numbers written with a country code: `+33 6 87 13 89
//! 57`, `+81 90-3983-8012`, `+44 (0)20 7946 0958`, `0049 30 1234567`. The
//! national number must have a length the country actually uses.

use super::context;
use super::numrun::NumRun;
use super::phone_us;

/// (country calling code, shortest and longest national significant number).
const COUNTRIES: &[(u16, u8, u8)] = &[
    (7, 10, 10),
    (20, 8, 10),
    (27, 9, 9),
    (30, 10, 10),
    (31, 9, 9),
    (32, 8, 9),
    (33, 9, 9),
    (34, 9, 9),
    (36, 8, 9),
    (39, 6, 11),
    (40, 9, 9),
    (41, 9, 9),
    (43, 7, 13),
    (44, 9, 10),
    (45, 8, 8),
    (46, 7, 10),
    (47, 8, 8),
    (48, 9, 9),
    (49, 7, 12),
    (51, 8, 9),
    (52, 10, 10),
    (53, 8, 8),
    (54, 10, 11),
    (55, 10, 11),
    (56, 9, 9),
    (57, 10, 10),
    (58, 10, 10),
    (60, 8, 10),
    (61, 9, 9),
    (62, 8, 12),
    (63, 8, 10),
    (64, 8, 10),
    (65, 8, 8),
    (66, 8, 9),
    (81, 9, 10),
    (82, 8, 10),
    (84, 9, 10),
    (86, 10, 11),
    (90, 10, 10),
    (91, 10, 10),
    (92, 9, 10),
    (93, 9, 9),
    (94, 9, 9),
    (95, 7, 10),
    (98, 10, 10),
    (212, 9, 9),
    (213, 9, 9),
    (216, 8, 8),
    (233, 9, 9),
    (234, 8, 10),
    (254, 9, 9),
    (255, 9, 9),
    (256, 9, 9),
    (351, 9, 9),
    (352, 6, 11),
    (353, 7, 9),
    (354, 7, 7),
    (355, 8, 9),
    (356, 8, 8),
    (357, 8, 8),
    (358, 6, 12),
    (359, 8, 9),
    (370, 8, 8),
    (371, 8, 8),
    (372, 7, 8),
    (373, 8, 8),
    (374, 8, 8),
    (375, 9, 9),
    (380, 9, 9),
    (381, 8, 9),
    (385, 8, 9),
    (386, 8, 8),
    (387, 8, 8),
    (389, 8, 8),
    (420, 9, 9),
    (421, 9, 9),
    (502, 8, 8),
    (503, 8, 8),
    (506, 8, 8),
    (507, 7, 8),
    (591, 8, 8),
    (593, 8, 9),
    (595, 9, 9),
    (598, 8, 8),
    (852, 8, 8),
    (853, 8, 8),
    (855, 8, 9),
    (880, 10, 10),
    (886, 9, 9),
    (961, 7, 8),
    (962, 8, 9),
    (964, 10, 10),
    (965, 8, 8),
    (966, 9, 9),
    (971, 8, 9),
    (972, 8, 9),
    (974, 8, 8),
    (977, 8, 10),
    (994, 9, 9),
    (995, 9, 9),
    (998, 9, 9),
];

/// First digits of a 3-digit code whose 2-digit prefix is not itself a code;
/// codes missing from the table get a generic E.164 range.
const GENERIC: (u8, u8) = (7, 10);

fn lookup(code: u16) -> Option<(u8, u8)> {
    COUNTRIES.iter().find(|c| c.0 == code).map(|c| (c.1, c.2))
}

/// Splits the country code off `digits` (which follow `+` or `00`):
/// returns (code, code length, national length range).
pub fn country(digits: &[u8]) -> Option<(u16, usize, (u8, u8))> {
    let num = |n: usize| {
        digits[..n]
            .iter()
            .fold(0u16, |a, &b| a * 10 + u16::from(b - b'0'))
    };
    if digits.is_empty() || digits[0] == b'0' {
        return None;
    }
    if digits[0] == b'1' {
        return Some((1, 1, (10, 10)));
    }
    if digits[0] == b'7' {
        return Some((7, 1, (10, 10)));
    }
    if digits.len() >= 2 {
        if let Some(r) = lookup(num(2)) {
            return Some((num(2), 2, r));
        }
    }
    if digits.len() >= 3 {
        let c = num(3);
        return Some((c, 3, lookup(c).unwrap_or(GENERIC)));
    }
    None
}

/// National numbers outside North America, written with their trunk `0`:
/// the French five pairs (`06 87 13 89 57`) are distinctive on their own;
/// other trunk-prefixed groupings (`020 7946 0958`, `030 12345678`) count
/// when the text calls them a phone number.
fn national(run: &NumRun<'_>) -> bool {
    let n = run.groups.len();
    if n < 2 || !run.sep(0).is_empty() || run.glued_right() {
        return false;
    }
    let g0 = run.digits(0);
    if g0.len() < 2 || g0[0] != b'0' || g0[1] == b'0' {
        return false;
    }
    let sep = run.sep(1);
    if !matches!(sep, b" " | b"." | b"-") || (1..n).any(|k| run.sep(k) != sep) {
        return false;
    }
    let pairs = n == 5 && (0..5).all(|k| run.groups[k].len() == 2);
    let total: usize = run.groups.iter().map(|g| g.len()).sum();
    pairs
        || (n <= 4
            && (10..=11).contains(&total)
            && run.groups.iter().all(|g| g.len() >= 2)
            && context::preceded_by(run.text, run.start, 40, phone_us::PHONE_WORDS))
}

/// Looks for an international number: the run must open with `+` (or with
/// an `00` international prefix followed by more groups), or be a national
/// number in a recognisable non-US format.
pub fn find(run: &NumRun<'_>, buf: &mut Vec<u8>) -> Option<ipc::PiiKind> {
    if run.glued_left() || run.groups.is_empty() {
        return None;
    }
    if national(run) {
        return Some(ipc::PiiKind::PhoneIntl);
    }
    let plus = run.sep(0).contains(&b'+');
    let g0 = run.digits(0);
    let skip = if plus {
        0
    } else if g0.len() >= 3 && g0.starts_with(b"00") && g0[2] != b'0' && run.groups.len() >= 2 {
        2
    } else {
        return None;
    };
    // All digits of the run, with a `(0)` trunk prefix dropped; remember
    // where each group ends so numbers end on a group boundary.
    buf.clear();
    let mut ends: Vec<usize> = Vec::with_capacity(run.groups.len());
    for k in 0..run.groups.len() {
        let trunk = k > 0
            && k + 1 < run.groups.len()
            && run.digits(k) == b"0"
            && run.sep(k).ends_with(b"(")
            && run.sep(k + 1).starts_with(b")");
        if !trunk {
            buf.extend_from_slice(run.digits(k));
        }
        ends.push(buf.len());
        if buf.len() > 20 {
            break;
        }
    }
    let digits = &buf[skip.min(buf.len())..];
    let (code, clen, (lo, hi)) = country(digits)?;
    for (k, &end) in ends.iter().enumerate() {
        let national = end.saturating_sub(skip + clen);
        if national == 0 || end <= skip + clen {
            continue;
        }
        let national = national as u8;
        if national > hi {
            break;
        }
        // The number must end here: not glued to a word, and not followed by
        // another group with the same joiner (a longer digit sequence).
        let continues = k + 1 < run.groups.len() && k > 0 && run.sep(k + 1) == run.sep(k);
        if national < lo || !run.open_right(k) || continues {
            continue;
        }
        let nsn = &digits[clen..end - skip];
        // Only Italy keeps a leading 0 in the national number.
        if nsn[0] == b'0' && code != 39 {
            continue;
        }
        if code == 1 {
            return phone_us::nanp(&nsn[0..3], &nsn[3..6], &nsn[6..10])
                .map(|_| ipc::PiiKind::PhoneUs);
        }
        return Some(ipc::PiiKind::PhoneIntl);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes() {
        assert_eq!(country(b"33687138957").map(|c| c.0), Some(33));
        assert_eq!(country(b"819039838012").map(|c| c.0), Some(81));
        assert_eq!(country(b"35312345678").map(|c| c.0), Some(353));
        assert_eq!(country(b"0123"), None);
    }
}
