//! US (NANP) phone numbers: `(415) 555-0130`, `415-555-0130`, `415.555.0130`,
//! `415 555 0130`, with an optional `1`/`+1` country code; ten bare digits
//! only when the text calls them a number.

use super::context;
use super::numrun::NumRun;

/// Words that make ten bare digits a phone number.
pub const PHONE_WORDS: &[&str] = &[
    "phone",
    "call",
    "tel",
    "tel.",
    "telephone",
    "mobile",
    "cell",
    "text",
    "texts",
    "number",
    "contact",
    "reach",
    "fax",
    "whatsapp",
    "sms",
    "dial",
    "ring",
    "landline",
];

fn d(b: u8) -> u8 {
    b - b'0'
}

/// NANP validity of area code, exchange and line number, and whether the
/// number is a personal one (toll-free and service numbers are not).
/// Returns `None` when invalid, `Some(reserved)` when valid, with `reserved`
/// true for the 555-01xx range set aside for fiction.
pub fn nanp(area: &[u8], exch: &[u8], line: &[u8]) -> Option<bool> {
    if area.len() != 3 || exch.len() != 3 || line.len() != 4 {
        return None;
    }
    let (a0, a1, a2) = (d(area[0]), d(area[1]), d(area[2]));
    let (e0, e1, e2) = (d(exch[0]), d(exch[1]), d(exch[2]));
    // Area and exchange begin 2-9; N11 codes are service codes.
    if a0 < 2 || e0 < 2 || (a1 == 1 && a2 == 1) || (e1 == 1 && e2 == 1) {
        return None;
    }
    // Toll-free numbers belong to businesses and hotlines, not people.
    if a0 == 8 && a1 == a2 && a1 != 1 && a1 != 0 || (a0, a1, a2) == (8, 0, 0) {
        return None;
    }
    let fiction = exch == b"555" && line[0] == b'0' && line[1] == b'1';
    Some(fiction)
}

fn first_sep(sep: &[u8], paren: bool) -> bool {
    if paren {
        matches!(sep, b")" | b") " | b")-" | b") -")
    } else {
        matches!(sep, b"-" | b"." | b" ")
    }
}

fn second_sep(sep: &[u8]) -> bool {
    matches!(sep, b"-" | b"." | b" ")
}

/// Verdict for a valid number at `pos`: reserved numbers pass when the text
/// presents them as examples.
fn accept(run: &NumRun<'_>, pos: usize, reserved: bool) -> bool {
    !reserved || !context::is_example(run.text, pos)
}

/// Looks for a US phone number among the groups of `run`.
pub fn find(run: &NumRun<'_>) -> bool {
    let n = run.groups.len();
    let plus = run.sep(0).contains(&b'+');
    for k in 0..n {
        if k + 2 >= n {
            break;
        }
        if run.groups[k].len() != 3 || run.groups[k + 1].len() != 3 || run.groups[k + 2].len() != 4
        {
            continue;
        }
        let before = run.sep(k);
        let paren = before.last() == Some(&b'(');
        let (s1, s2) = (run.sep(k + 1), run.sep(k + 2));
        if !first_sep(s1, paren) || !second_sep(s2) {
            continue;
        }
        // What precedes the area code: the run start (`(` allowed, `+` is an
        // international number), a `1`/`+1` country code, or a separator that
        // is not a phone joiner (`/`), which ends another value.
        let country =
            k == 1 && run.digits(0) == b"1" && (plus || run.sep(0).is_empty()) && !run.glued_left();
        let left = if k == 0 {
            !plus && !run.glued_left()
        } else {
            country || (!plus && !second_sep(before) && !paren)
        };
        // The same separator continuing means a longer number.
        let right = if k + 3 < n {
            run.sep(k + 3) != s2
        } else {
            !run.glued_right()
        };
        if !left || !right {
            continue;
        }
        if let Some(reserved) = nanp(run.digits(k), run.digits(k + 1), run.digits(k + 2)) {
            if accept(run, run.groups[k].start, reserved) {
                return true;
            }
        }
    }
    // Ten (or 1 + ten) digits in one group.
    if n == 1 && !run.glued_left() && !run.glued_right() {
        let g = run.digits(0);
        let ten = match g.len() {
            10 => Some(g),
            11 if g[0] == b'1' => Some(&g[1..]),
            _ => None,
        };
        if let Some(t) = ten {
            let lead_ok = run.sep(0).is_empty() || (plus && g.len() == 11);
            let named = plus || context::preceded_by(run.text, run.start, 40, PHONE_WORDS);
            if lead_ok && named {
                if let Some(reserved) = nanp(&t[0..3], &t[3..6], &t[6..10]) {
                    return accept(run, run.start, reserved);
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nanp_rules() {
        assert_eq!(nanp(b"415", b"555", b"0130"), Some(true));
        assert_eq!(nanp(b"415", b"867", b"5309"), Some(false));
        assert_eq!(nanp(b"115", b"555", b"0130"), None);
        assert_eq!(nanp(b"415", b"055", b"0130"), None);
        assert_eq!(nanp(b"911", b"555", b"0130"), None);
        assert_eq!(nanp(b"800", b"273", b"8255"), None);
        assert_eq!(nanp(b"888", b"273", b"8255"), None);
    }
}
