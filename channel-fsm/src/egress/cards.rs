//! Payment card numbers: 13–19 digits, a known issuer prefix with a length
//! that issuer uses, and a valid Luhn check digit.

use super::numrun::NumRun;

/// Luhn (mod 10) check over ASCII digits.
pub fn luhn_valid(digits: &[u8]) -> bool {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// Leading `n` digits as a number (n <= 6, caller guarantees enough digits).
fn prefix(digits: &[u8], n: usize) -> u32 {
    digits[..n]
        .iter()
        .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'))
}

/// Whether `digits` starts with a known issuer prefix and has a length that
/// issuer issues.
pub fn issuer_ok(digits: &[u8]) -> bool {
    let len = digits.len();
    if !(13..=19).contains(&len) {
        return false;
    }
    let p1 = prefix(digits, 1);
    let p2 = prefix(digits, 2);
    let p3 = prefix(digits, 3);
    let p4 = prefix(digits, 4);
    let p6 = prefix(digits, 6);
    // Visa
    (p1 == 4 && matches!(len, 13 | 16 | 19))
        // Mastercard (classic and 2-series)
        || ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && len == 16
        // American Express
        || (p2 == 34 || p2 == 37) && len == 15
        // Discover
        || (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 || (622126..=622925).contains(&p6))
            && (16..=19).contains(&len)
        // JCB
        || (3528..=3589).contains(&p4) && (16..=19).contains(&len)
        // Diners Club
        || ((300..=305).contains(&p3) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39)
            && (14..=19).contains(&len)
        // UnionPay
        || p2 == 62 && (16..=19).contains(&len)
        // Maestro
        || matches!(p4, 5018 | 5020 | 5038 | 5893 | 6304 | 6759 | 6761 | 6762 | 6763)
            && (13..=19).contains(&len)
        // Mir
        || (2200..=2204).contains(&p4) && (16..=19).contains(&len)
}

/// A full card check over one digit string.
pub fn is_card(digits: &[u8]) -> bool {
    issuer_ok(digits) && luhn_valid(digits)
}

/// Separators allowed inside a card number: one kind throughout.
fn card_sep(sep: &[u8]) -> bool {
    matches!(sep, b" " | b"-")
}

/// True when a separator makes the neighbouring digits a decimal fraction.
fn decimal(sep: &[u8]) -> bool {
    sep.contains(&b'.')
}

/// Looks for a card among windows of consecutive groups of `run`.
pub fn find(run: &NumRun<'_>, buf: &mut Vec<u8>) -> bool {
    let n = run.groups.len();
    for a in 0..n {
        // A card never starts with `+`/`(`, inside a word, or after a decimal point.
        let bounded = if a == 0 {
            !run.glued_left() && run.sep(0).is_empty()
        } else {
            !decimal(run.sep(a))
        };
        if !bounded {
            continue;
        }
        let first = run.groups[a].len();
        // Inside a longer grouped number (`… 1234 5678 …` continuing on the
        // left with the same joiner) no card starts here.
        if a > 0
            && a + 1 < n
            && run.sep(a) == run.sep(a + 1)
            && card_sep(run.sep(a))
            && run.groups[a - 1].len() >= 3
        {
            continue;
        }
        let mut total = 0;
        for b in a..n {
            let g = run.groups[b].len();
            if b > a {
                // Grouped numbers: first group of 4+, later groups of 3+,
                // one separator kind throughout.
                if first < 4 || g < 3 || !card_sep(run.sep(b)) || run.sep(b) != run.sep(a + 1) {
                    break;
                }
            }
            total += g;
            if total > 19 {
                break;
            }
            let decimal_after = b + 1 < n && decimal(run.sep(b + 1));
            // The same grouping continuing on the right: a longer number.
            let continues =
                b > a && b + 1 < n && run.sep(b + 1) == run.sep(b) && run.groups[b + 1].len() >= 3;
            if total >= 13 && run.open_right(b) && !decimal_after && !continues {
                run.collect(a, b, buf);
                if is_card(buf) {
                    return true;
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
    fn luhn() {
        assert!(luhn_valid(b"4111111111111111"));
        assert!(!luhn_valid(b"4111111111111112"));
        assert!(luhn_valid(b"378282246310005"));
        assert!(!luhn_valid(b""));
    }

    #[test]
    fn issuers() {
        for ok in [
            "4111111111111111",
            "5555555555554444",
            "2223003122003222",
            "378282246310005",
            "6011111111111117",
            "3530111333300000",
            "30569309025904",
            "6200000000000005",
            "6759649826438453",
        ] {
            assert!(is_card(ok.as_bytes()), "{ok}");
        }
        // Luhn-valid but no issuer uses the prefix / length.
        assert!(!is_card(b"1234567812345670"));
        assert!(!is_card(b"9111111111111111"));
    }
}
