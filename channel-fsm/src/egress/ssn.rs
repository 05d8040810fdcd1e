//! US Social Security numbers: `AAA-GG-SSSS` (dashes or spaces) anywhere, or
//! nine bare digits when the text names them as an SSN. Numbers the SSA never
//! issues, and the well-known advertising numbers, are not leaks.

use super::context;
use super::numrun::NumRun;

/// Words that make a bare nine-digit number an SSN.
const SSN_WORDS: &[&str] = &[
    "ssn",
    "ssns",
    "social security",
    "social-security",
    "ss#",
    "ss no",
    "ss number",
    "taxpayer id",
];

/// Whether the three parts form an issuable SSN.
pub fn valid_parts(area: &[u8], group: &[u8], serial: &[u8]) -> bool {
    let num = |d: &[u8]| d.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
    if area.len() != 3 || group.len() != 2 || serial.len() != 4 {
        return false;
    }
    let (a, g, s) = (num(area), num(group), num(serial));
    if a == 0 || a == 666 || a >= 900 || g == 0 || s == 0 {
        return false;
    }
    // Numbers printed in advertising / documentation, voided by the SSA.
    !matches!((a, g, s), (78, 5, 1120) | (219, 9, 9999) | (123, 45, 6789))
}

/// Whether nine digits form an issuable SSN.
pub fn valid_digits(d: &[u8]) -> bool {
    d.len() == 9 && valid_parts(&d[0..3], &d[3..5], &d[5..9])
}

fn ssn_sep(sep: &[u8]) -> bool {
    matches!(sep, b"-" | b" ")
}

/// Looks for an SSN among the groups of `run`.
pub fn find(run: &NumRun<'_>) -> bool {
    let n = run.groups.len();
    for a in 0..n {
        if a + 2 < n {
            let (s1, s2) = (run.sep(a + 1), run.sep(a + 2));
            let shape = run.groups[a].len() == 3
                && run.groups[a + 1].len() == 2
                && run.groups[a + 2].len() == 4
                && ssn_sep(s1)
                && s1 == s2;
            // The same separator continuing on either side means a longer
            // number (a phone, an account number), not an SSN.
            let left = if a == 0 {
                !run.glued_left() && run.sep(0).is_empty()
            } else {
                run.sep(a) != s1
            };
            let right = if a + 3 < n {
                run.sep(a + 3) != s1
            } else {
                !run.glued_right()
            };
            if shape
                && left
                && right
                && valid_parts(run.digits(a), run.digits(a + 1), run.digits(a + 2))
            {
                return true;
            }
        }
    }
    // Nine bare digits, alone in their run, introduced as an SSN.
    n == 1
        && run.groups[0].len() == 9
        && run.sep(0).is_empty()
        && !run.glued_left()
        && !run.glued_right()
        && valid_digits(run.digits(0))
        && context::preceded_by(run.text, run.start, 40, SSN_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuable() {
        assert!(valid_digits(b"589949977"));
        for bad in [
            "000123456",
            "666123456",
            "900123456",
            "999123456",
            "123004567",
            "123450000",
            "078051120",
            "219099999",
        ] {
            assert!(!valid_digits(bad.as_bytes()), "{bad}");
        }
    }
}
